package ru.digitalbridge.methodology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read access to criteria sets for other features (monitoring, demo data): the status of a set and its
 * criteria with their scoring rules, in position order. Plain SQL; joins the caller's transaction when
 * there is one.
 */
@ApplicationScoped
public class CriteriaCatalog {
    private static final TypeReference<List<Level>> LEVELS = new TypeReference<>() {};
    private static final TypeReference<List<Threshold>> THRESHOLDS = new TypeReference<>() {};

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Map<UUID, Rules> immutable = new ConcurrentHashMap<>();

    CriteriaCatalog(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** DRAFT, APPROVED or RETIRED; empty when there is no such set. */
    public Optional<String> status(UUID criteriaSetId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select status from criteria_set where id = ?")) {
            statement.setObject(1, criteriaSetId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read criteria set " + criteriaSetId, e);
        }
    }

    /** The criteria of a set in position order (empty for an unknown set). */
    public List<CriterionDefinition> criteria(UUID criteriaSetId) {
        return rules(criteriaSetId).criteria();
    }

    /** Texts of a set's criteria that {@link CriterionDefinition} does not carry: guidance and unit, by id. */
    public Map<UUID, CriterionTexts> texts(UUID criteriaSetId) {
        return rules(criteriaSetId).texts();
    }

    /** Guidance for the expert and the unit of a NUMERIC criterion. */
    public record CriterionTexts(String guidance, String unit) {}

    /** A set's criteria with their rules and texts, as read in one statement. */
    record Rules(List<CriterionDefinition> criteria, Map<UUID, CriterionTexts> texts) {}

    /**
     * The rules of a set. An APPROVED or RETIRED set never changes (edits make a new edition), so its rules are
     * read once and kept for the life of the process, keyed by the set's id; a DRAFT is read every time.
     */
    Rules rules(UUID criteriaSetId) {
        Rules cached = immutable.get(criteriaSetId);
        if (cached != null) {
            return cached;
        }
        String sql = "select s.status, c.id, c.position, c.code, c.group_code, c.title, c.recommendation, "
                + "c.normative, c.weight, c.type, c.levels::text, c.thresholds::text, c.direction, c.metric, "
                + "c.max_points, c.platforms, c.sectors, c.organization_kinds, c.guidance, c.unit "
                + "from criteria_set s left join criterion c on c.criteria_set_id = s.id where s.id = ? "
                + "order by c.position";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, criteriaSetId);
            List<CriterionDefinition> criteria = new ArrayList<>();
            Map<UUID, CriterionTexts> texts = new HashMap<>();
            String status = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    status = rows.getString("status");
                    if (rows.getObject("id") != null) {
                        CriterionDefinition criterion = read(rows);
                        criteria.add(criterion);
                        texts.put(
                                criterion.id(), new CriterionTexts(rows.getString("guidance"), rows.getString("unit")));
                    }
                }
            }
            Rules rules = new Rules(List.copyOf(criteria), Map.copyOf(texts));
            if ("APPROVED".equals(status) || "RETIRED".equals(status)) {
                immutable.put(criteriaSetId, rules);
            }
            return rules;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read criteria of set " + criteriaSetId, e);
        }
    }

    private CriterionDefinition read(ResultSet rows) throws SQLException {
        String direction = rows.getString("direction");
        String metric = rows.getString("metric");
        ScoringRule rule = new ScoringRule(
                CriterionType.valueOf(rows.getString("type")),
                parse(rows.getString("levels"), LEVELS),
                parse(rows.getString("thresholds"), THRESHOLDS),
                direction == null ? null : Direction.valueOf(direction),
                metric == null ? null : Metric.valueOf(metric),
                rows.getBigDecimal("max_points"),
                strings(rows.getArray("platforms")),
                strings(rows.getArray("sectors")),
                strings(rows.getArray("organization_kinds")));
        return new CriterionDefinition(
                rows.getObject("id", UUID.class),
                rows.getInt("position"),
                rows.getString("code"),
                CriterionGroup.valueOf(rows.getString("group_code")),
                rows.getString("title"),
                rows.getString("recommendation"),
                rows.getBoolean("normative"),
                rows.getBigDecimal("weight"),
                rule);
    }

    private <T> List<T> parse(String text, TypeReference<List<T>> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Malformed scoring data in the criterion table", e);
        }
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
