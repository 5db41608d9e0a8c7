package ru.digitalbridge.methodology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * Criteria sets and criteria in plain SQL. Runs in the caller's transaction (the pool hands every statement of a
 * transaction the same connection). Writes bump the row version and {@code updated_at}; the service locks the
 * row first ({@link #lock}) so that a version check and the write that follows cannot interleave with another.
 */
@ApplicationScoped
class CriteriaSetStore {
    private static final TypeReference<List<Level>> LEVELS = new TypeReference<>() {};
    private static final TypeReference<List<Threshold>> THRESHOLDS = new TypeReference<>() {};

    private static final String SUMMARY = """
            select s.id, s.version, s.family_id, s.edition, s.name, s.description, s.status, s.approved_at,
                   s.approved_by, s.retired_at, s.based_on_id, s.created_at, s.updated_at,
                   (select count(*) from criterion c where c.criteria_set_id = s.id) as criteria_count,
                   (select coalesce(sum(c.weight), 0) from criterion c where c.criteria_set_id = s.id) as total_weight
              from criteria_set s
            """;

    private static final String CRITERION_COLUMNS = """
            id, position, code, group_code, title, guidance, recommendation, normative, weight, type, levels::text,
            thresholds::text, direction, unit, metric, max_points, platforms, sectors, organization_kinds
            """;

    /** The state of a set that the rules look at, read under a row lock. */
    record Head(UUID id, long version, UUID familyId, int edition, String name, CriteriaSetStatus status) {}

    record Page(List<CriteriaSetSummary> items, long total) {}

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    CriteriaSetStore(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A page of the sets in one of {@code statuses} whose name contains {@code q} (all when blank). */
    Page summaries(Collection<CriteriaSetStatus> statuses, String q, long offset, int limit) {
        boolean search = q != null && !q.isBlank();
        String where = " where s.status = any (?)" + (search ? " and s.name ilike ?" : "");
        String like = search ? Sql.contains(q) : null;
        String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
        return run(connection -> {
            List<CriteriaSetSummary> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    SUMMARY + where + " order by s.name, s.edition desc, s.id limit ? offset ?")) {
                int at = 1;
                statement.setArray(at++, connection.createArrayOf("text", names));
                if (search) {
                    statement.setString(at++, like);
                }
                statement.setInt(at++, limit);
                statement.setLong(at, offset);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        items.add(summary(rows));
                    }
                }
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("select count(*) from criteria_set s" + where)) {
                statement.setArray(1, connection.createArrayOf("text", names));
                if (search) {
                    statement.setString(2, like);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Page(items, rows.getLong(1));
                }
            }
        });
    }

    Optional<CriteriaSetResponse> read(UUID id) {
        return run(connection -> {
            CriteriaSetSummary summary;
            try (PreparedStatement statement = connection.prepareStatement(SUMMARY + " where s.id = ?")) {
                statement.setObject(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    summary = summary(rows);
                }
            }
            List<CriterionResponse> criteria = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + CRITERION_COLUMNS + " from criterion where criteria_set_id = ? order by position")) {
                statement.setObject(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        criteria.add(criterion(rows));
                    }
                }
            }
            return Optional.of(CriteriaSetResponse.of(summary, criteria));
        });
    }

    /** The set's head under a row lock (held to the end of the transaction), or empty. */
    Optional<Head> lock(UUID id) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id, version, family_id, edition, name, status from criteria_set where id = ? for update")) {
                statement.setObject(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Head(
                                    rows.getObject("id", UUID.class),
                                    rows.getLong("version"),
                                    rows.getObject("family_id", UUID.class),
                                    rows.getInt("edition"),
                                    rows.getString("name"),
                                    CriteriaSetStatus.valueOf(rows.getString("status"))))
                            : Optional.empty();
                }
            }
        });
    }

    /** Locks every edition of a family and answers the draft among them (if any) and the highest edition. */
    FamilyState lockFamily(UUID familyId) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id, edition, status from criteria_set where family_id = ? order by edition for update")) {
                statement.setObject(1, familyId);
                UUID draft = null;
                int highest = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        highest = Math.max(highest, rows.getInt("edition"));
                        if (CriteriaSetStatus.DRAFT.name().equals(rows.getString("status"))) {
                            draft = rows.getObject("id", UUID.class);
                        }
                    }
                }
                return new FamilyState(draft, highest);
            }
        });
    }

    record FamilyState(UUID draftId, int highestEdition) {}

    void insertSet(UUID id, UUID familyId, int edition, String name, String description, UUID basedOnId) {
        update(
                "insert into criteria_set (id, family_id, edition, name, description, status, based_on_id) "
                        + "values (?, ?, ?, ?, ?, 'DRAFT', ?)",
                id,
                familyId,
                edition,
                name,
                description,
                basedOnId);
    }

    void updateTexts(UUID id, String name, String description) {
        update(
                "update criteria_set set name = ?, description = ?, version = version + 1, updated_at = now() "
                        + "where id = ?",
                name,
                description,
                id);
    }

    void approve(UUID id, String approvedBy) {
        update(
                "update criteria_set set status = 'APPROVED', approved_at = now(), approved_by = ?, "
                        + "version = version + 1, updated_at = now() where id = ?",
                approvedBy,
                id);
    }

    void retire(UUID id) {
        update(
                "update criteria_set set status = 'RETIRED', retired_at = now(), version = version + 1, "
                        + "updated_at = now() where id = ?",
                id);
    }

    void delete(UUID id) {
        update("delete from criteria_set where id = ?", id);
    }

    /** The set's criteria, normalised as {@link CriterionRules} would produce them, with their ids, in order. */
    List<Stored> criteria(UUID setId) {
        return run(connection -> {
            List<Stored> criteria = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + CRITERION_COLUMNS + " from criterion where criteria_set_id = ? order by position")) {
                statement.setObject(1, setId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        CriterionResponse c = criterion(rows);
                        criteria.add(new Stored(c.id(), data(c)));
                    }
                }
            }
            return criteria;
        });
    }

    record Stored(UUID id, CriterionData data) {}

    /**
     * Makes the set's criteria exactly {@code criteria}, in this order (positions 1, 2, …). A stored criterion whose
     * code is still present keeps its id; the rest are deleted; new codes get new ids.
     */
    void replaceCriteria(UUID setId, List<CriterionData> criteria) {
        Map<String, UUID> existing = new HashMap<>();
        for (Stored stored : criteria(setId)) {
            existing.put(stored.data().code(), stored.id());
        }
        String[] kept = criteria.stream()
                .map(CriterionData::code)
                .filter(existing::containsKey)
                .toArray(String[]::new);
        run(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from criterion where criteria_set_id = ? and not (code = any (?))")) {
                delete.setObject(1, setId);
                delete.setArray(2, connection.createArrayOf("text", kept));
                delete.executeUpdate();
            }
            // move the kept rows out of the way of the unique (set, position) key before renumbering
            try (PreparedStatement park = connection.prepareStatement(
                    "update criterion set position = -position - 1 where criteria_set_id = ?")) {
                park.setObject(1, setId);
                park.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("update criterion set position = ?, "
                            + "group_code = ?, title = ?, guidance = ?, recommendation = ?, normative = ?, weight = ?, "
                            + "type = ?, levels = ?::jsonb, thresholds = ?::jsonb, direction = ?, unit = ?, metric = ?, "
                            + "max_points = ?, platforms = ?, sectors = ?, organization_kinds = ? "
                            + "where criteria_set_id = ? and code = ?");
                    PreparedStatement insert = connection.prepareStatement("insert into criterion (position, "
                            + "group_code, title, guidance, recommendation, normative, weight, type, levels, thresholds, "
                            + "direction, unit, metric, max_points, platforms, sectors, organization_kinds, "
                            + "criteria_set_id, code, id) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                boolean updates = false;
                boolean inserts = false;
                for (int i = 0; i < criteria.size(); i++) {
                    CriterionData c = criteria.get(i);
                    if (existing.containsKey(c.code())) {
                        bind(connection, update, i + 1, c, setId);
                        update.addBatch();
                        updates = true;
                    } else {
                        bind(connection, insert, i + 1, c, setId);
                        insert.setObject(20, UUID.randomUUID());
                        insert.addBatch();
                        inserts = true;
                    }
                }
                if (updates) {
                    update.executeBatch();
                }
                if (inserts) {
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    private void bind(Connection connection, PreparedStatement statement, int position, CriterionData c, UUID setId)
            throws SQLException {
        statement.setInt(1, position);
        statement.setString(2, c.group().name());
        statement.setString(3, c.title());
        statement.setString(4, c.guidance());
        statement.setString(5, c.recommendation());
        statement.setBoolean(6, c.normative());
        statement.setBigDecimal(7, c.weight());
        statement.setString(8, c.type().name());
        statement.setString(9, write(c.levels()));
        statement.setString(10, write(c.thresholds()));
        setNullable(statement, 11, c.direction() == null ? null : c.direction().name());
        setNullable(statement, 12, c.unit());
        setNullable(statement, 13, c.metric() == null ? null : c.metric().name());
        statement.setBigDecimal(14, c.maxPoints());
        statement.setArray(15, names(connection, c.platforms()));
        statement.setArray(16, names(connection, c.sectors()));
        statement.setArray(17, names(connection, c.organizationKinds()));
        statement.setObject(18, setId);
        statement.setString(19, c.code());
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static Array names(Connection connection, List<? extends Enum<?>> values) throws SQLException {
        return connection.createArrayOf("text", values.stream().map(Enum::name).toArray(String[]::new));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write scoring data", e);
        }
    }

    private <T> List<T> parse(String text, TypeReference<List<T>> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Malformed scoring data in the criterion table", e);
        }
    }

    private static CriteriaSetSummary summary(ResultSet rows) throws SQLException {
        return new CriteriaSetSummary(
                rows.getObject("id", UUID.class),
                rows.getLong("version"),
                rows.getObject("family_id", UUID.class),
                rows.getInt("edition"),
                rows.getString("name"),
                rows.getString("description"),
                CriteriaSetStatus.valueOf(rows.getString("status")),
                rows.getObject("approved_at", OffsetDateTime.class),
                rows.getString("approved_by"),
                rows.getObject("retired_at", OffsetDateTime.class),
                rows.getObject("based_on_id", UUID.class),
                rows.getInt("criteria_count"),
                rows.getBigDecimal("total_weight").setScale(3, RoundingMode.UNNECESSARY),
                rows.getObject("created_at", OffsetDateTime.class),
                rows.getObject("updated_at", OffsetDateTime.class));
    }

    private CriterionResponse criterion(ResultSet rows) throws SQLException {
        String direction = rows.getString("direction");
        String metric = rows.getString("metric");
        return new CriterionResponse(
                rows.getObject("id", UUID.class),
                rows.getInt("position"),
                rows.getString("code"),
                CriterionGroup.valueOf(rows.getString("group_code")),
                rows.getString("title"),
                rows.getString("guidance"),
                rows.getString("recommendation"),
                rows.getBoolean("normative"),
                rows.getBigDecimal("weight"),
                CriterionType.valueOf(rows.getString("type")),
                parse(rows.getString("levels"), LEVELS),
                parse(rows.getString("thresholds"), THRESHOLDS),
                direction == null ? null : Direction.valueOf(direction),
                rows.getString("unit"),
                metric == null ? null : Metric.valueOf(metric),
                enums(rows.getArray("platforms"), Platform::valueOf),
                enums(rows.getArray("sectors"), Sector::valueOf),
                enums(rows.getArray("organization_kinds"), OrganizationKind::valueOf),
                rows.getBigDecimal("max_points"));
    }

    /** A stored criterion in the normalised form {@link CriterionRules} produces, to compare or to clone. */
    static CriterionData data(CriterionResponse c) {
        return new CriterionData(
                c.code(),
                c.group(),
                c.title(),
                c.guidance(),
                c.recommendation(),
                c.normative(),
                c.weight(),
                c.type(),
                c.levels().stream()
                        .map(l -> new Level(l.value(), l.label(), CriterionRules.plain(l.points())))
                        .toList(),
                c.thresholds().stream()
                        .map(t -> new Threshold(CriterionRules.plain(t.bound()), CriterionRules.plain(t.points())))
                        .toList(),
                c.direction(),
                c.unit(),
                c.metric(),
                c.maxPoints(),
                c.platforms(),
                c.sectors(),
                c.organizationKinds());
    }

    private static <E extends Enum<E>> List<E> enums(Array array, Function<String, E> parse) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(parse).sorted().toList();
    }

    private void update(String sql, Object... parameters) {
        run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            return null;
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Criteria set storage failed", e);
        }
    }
}
