package ru.digitalbridge.registry;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGStatement;
import ru.digitalbridge.common.paging.ListCursor;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.registry.Filters.AccountFilter;
import ru.digitalbridge.registry.Filters.OrganizationFilter;
import ru.digitalbridge.registry.Filters.Sort;

/**
 * Reads of organizations and accounts in plain SQL: a list page is one statement plus one count, joined
 * with everything a row shows. Search combines the {@code russian} full-text index with trigram word
 * similarity (typos); the default order is the name, or similarity for typo-tolerant matches; the id
 * always breaks ties. Runs in the caller's transaction when there is one.
 */
@ApplicationScoped
class RegistryQueries {

    /** An organization row of an export: the response plus the parent's external id. */
    record OrganizationRow(OrganizationResponse organization, String parentExternalId) {}

    /** An account row of an export: the response plus its organization's external id and INN. */
    record AccountRow(AccountResponse account, String organizationExternalId, String organizationInn) {}

    /**
     * A page and its total; {@code lowerBound} when the count stopped at its cap and there are more; {@code more} when
     * a row follows the page.
     */
    record Page<T>(List<T> items, long total, boolean lowerBound, boolean more) {}

    private static final String ORGANIZATION_COLUMNS = """
            select o.id, o.name, o.short_name, o.kind, o.sector, o.municipality_id, m.name as municipality_name,
                   o.website, o.inn, o.ogrn, o.kpp, o.external_id, o.parent_id, p.name as parent_name, o.status,
                   (select count(*) from account c where c.organization_id = o.id and c.status = 'ACTIVE') as accounts,
                   o.created_at, o.updated_at, o.version, p.external_id as parent_external_id
              from organization o
              join municipality m on m.id = o.municipality_id
              left join organization p on p.id = o.parent_id
            """;

    private static final String ACCOUNT_COLUMNS = """
            select a.id, a.organization_id, o.name as organization_name, a.municipality_id, m.name as municipality_name,
                   a.platform, a.url, a.normalized_url, a.display_name, a.status, a.official, a.external_id,
                   a.created_at, a.updated_at, a.version, o.external_id as organization_external_id, o.inn
              from account a
              join organization o on o.id = a.organization_id
              join municipality m on m.id = a.municipality_id
            """;

    /**
     * A list page of accounts: the page is chosen among the accounts alone (order, limit and offset in the inner
     * query) and only its rows are joined with their organization and municipality for the names. Joined first, a
     * search matching thousands of accounts would look up every match's organization before the sort kept 51.
     */
    private static final String ACCOUNT_PAGE = """
            select a.id, a.organization_id, o.name as organization_name, a.municipality_id, m.name as municipality_name,
                   a.platform, a.url, a.normalized_url, a.display_name, a.status, a.official, a.external_id,
                   a.created_at, a.updated_at, a.version
              from (select a.* from account a%s%s%s limit ? offset ?) a
              join organization o on o.id = a.organization_id
              join municipality m on m.id = a.municipality_id
            """;

    private final AgroalDataSource dataSource;

    RegistryQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Full-text matches first; only when the words match nothing does the typo-tolerant trigram search run
     * (comparing trigrams row by row is the expensive part of a search).
     */
    Page<OrganizationResponse> organizations(OrganizationFilter filter, long offset, int limit) {
        if (filter.q() != null && filter.q().fuzzy()) {
            var exact = organizationPage(withQ(filter, filter.q().exact()), offset, limit);
            if (exact.total() > 0) {
                return exact;
            }
        }
        return organizationPage(filter, offset, limit);
    }

    private static OrganizationFilter withQ(OrganizationFilter f, SearchText q) {
        return new OrganizationFilter(
                q,
                f.municipality(),
                f.sector(),
                f.kind(),
                f.status(),
                f.parent(),
                f.sort(),
                f.updatedSince(),
                f.after());
    }

    private Page<OrganizationResponse> organizationPage(OrganizationFilter filter, long offset, int limit) {
        Where where = organizationWhere(filter);
        String sql = ORGANIZATION_COLUMNS + where.sql() + organizationOrder(filter) + " limit ? offset ?";
        String from = " from organization o" + where.sql();
        try (Connection connection = dataSource.getConnection()) {
            List<OrganizationResponse> items = new ArrayList<>();
            List<Object> params = new ArrayList<>(where.params());
            params.add(limit + 1);
            params.add(offset);
            query(connection, sql, params, 0, rs -> items.add(organization(rs)));
            boolean more = items.size() > limit;
            if (more) {
                items.remove(limit);
            }
            if (!more && (offset == 0 || !items.isEmpty())) {
                return new Page<>(items, offset + items.size(), false, false);
            }
            return cappedCount(connection, from, where.params(), offset, limit, items, more);
        } catch (SQLException e) {
            throw new IllegalStateException("organization list failed", e);
        }
    }

    Optional<OrganizationResponse> organization(UUID id) {
        List<OrganizationResponse> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            query(
                    connection,
                    ORGANIZATION_COLUMNS + " where o.id = ?",
                    List.of(id),
                    0,
                    rs -> found.add(organization(rs)));
        } catch (SQLException e) {
            throw new IllegalStateException("organization read failed", e);
        }
        return found.stream().findFirst();
    }

    /** Streams every matching organization through a server-side cursor (constant memory). */
    void streamOrganizations(OrganizationFilter requested, Consumer<OrganizationRow> sink) {
        OrganizationFilter filter = requested;
        if (filter.q() != null
                && filter.q().fuzzy()
                && organizationPage(withQ(filter, filter.q().exact()), 0, 1).total() > 0) {
            filter = withQ(filter, filter.q().exact());
        }
        Where where = organizationWhere(filter);
        stream(
                ORGANIZATION_COLUMNS + where.sql() + organizationOrder(filter),
                where.params(),
                rs -> sink.accept(new OrganizationRow(organization(rs), rs.getString("parent_external_id"))));
    }

    /** Full-text matches first, trigram (typo) matches only when there are none; see {@link #organizations}. */
    Page<AccountResponse> accounts(AccountFilter filter, long offset, int limit) {
        if (filter.q() != null && filter.q().fuzzy()) {
            var exact = accountPage(withQ(filter, filter.q().exact()), offset, limit);
            if (exact.total() > 0) {
                return exact;
            }
        }
        return accountPage(filter, offset, limit);
    }

    private static AccountFilter withQ(AccountFilter f, SearchText q) {
        return new AccountFilter(
                q,
                f.municipality(),
                f.sector(),
                f.kind(),
                f.platform(),
                f.status(),
                f.organization(),
                f.official(),
                f.sort(),
                f.updatedSince(),
                f.after());
    }

    private Page<AccountResponse> accountPage(AccountFilter filter, long offset, int limit) {
        Where where = accountWhere(filter);
        boolean needsOrganization = filter.sector() != null || filter.kind() != null;
        String join = needsOrganization ? " join organization o on o.id = a.organization_id" : "";
        String order = accountOrder(filter);
        String sql = ACCOUNT_PAGE.formatted(join, where.sql(), order) + order;
        String from = " from account a" + join + where.sql();
        try (Connection connection = dataSource.getConnection()) {
            List<AccountResponse> items = new ArrayList<>();
            List<Object> params = new ArrayList<>(where.params());
            params.add(limit + 1);
            params.add(offset);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (filter.q() != null) {
                    planForTheseValues(statement);
                }
                read(statement, params, rs -> items.add(account(rs)));
            }
            boolean more = items.size() > limit;
            if (more) {
                items.remove(limit);
            }
            if (!more && (offset == 0 || !items.isEmpty())) {
                return new Page<>(items, offset + items.size(), false, false);
            }
            return cappedCount(connection, from, where.params(), offset, limit, items, more);
        } catch (SQLException e) {
            throw new IllegalStateException("account list failed", e);
        }
    }

    Optional<AccountResponse> account(UUID id) {
        List<AccountResponse> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            query(connection, ACCOUNT_COLUMNS + " where a.id = ?", List.of(id), 0, rs -> found.add(account(rs)));
        } catch (SQLException e) {
            throw new IllegalStateException("account read failed", e);
        }
        return found.stream().findFirst();
    }

    /** Streams every matching account through a server-side cursor (constant memory). */
    void streamAccounts(AccountFilter requested, Consumer<AccountRow> sink) {
        AccountFilter filter = requested;
        if (filter.q() != null
                && filter.q().fuzzy()
                && accountPage(withQ(filter, filter.q().exact()), 0, 1).total() > 0) {
            filter = withQ(filter, filter.q().exact());
        }
        Where where = accountWhere(filter);
        stream(
                ACCOUNT_COLUMNS + where.sql() + accountOrder(filter),
                where.params(),
                rs -> sink.accept(
                        new AccountRow(account(rs), rs.getString("organization_external_id"), rs.getString("inn"))));
    }

    List<MunicipalityResponse> municipalities() {
        String sql = """
                select m.id, m.code, m.name, m.kind, m.center, r.code as region_code, r.name as region_name
                  from municipality m join region r on r.id = m.region_id
                 order by r.code, m.sort_order, m.name, m.id
                """;
        List<MunicipalityResponse> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            query(
                    connection,
                    sql,
                    List.of(),
                    0,
                    rs -> items.add(new MunicipalityResponse(
                            rs.getObject("id", UUID.class),
                            rs.getString("code"),
                            rs.getString("name"),
                            MunicipalityKind.valueOf(rs.getString("kind")),
                            rs.getString("center"),
                            new MunicipalityResponse.RegionRef(
                                    rs.getString("region_code"), rs.getString("region_name")))));
        } catch (SQLException e) {
            throw new IllegalStateException("municipality list failed", e);
        }
        return items;
    }

    record Where(String sql, List<Object> params) {}

    static final class WhereBuilder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        WhereBuilder and(String clause, Object... values) {
            sql.append(sql.length() == 0 ? " where " : " and ").append(clause);
            params.addAll(List.of(values));
            return this;
        }

        WhereBuilder andIf(Object value, String clause) {
            return value == null ? this : and(clause, value instanceof Enum<?> e ? e.name() : value);
        }

        /** Rows after a cursor in (updated_at, id) order; the row comparison uses the (updated_at, id) index. */
        WhereBuilder andAfter(ListCursor after, String alias) {
            return after == null
                    ? this
                    : and("(" + alias + ".updated_at, " + alias + ".id) > (?, ?)", after.updatedAt(), after.id());
        }

        Where build() {
            return new Where(sql.toString(), params);
        }
    }

    private static Where organizationWhere(OrganizationFilter f) {
        WhereBuilder where = new WhereBuilder();
        if (f.q() != null) {
            search(where, f.q(), "o.search", "lower(o.name)");
        }
        return where.andIf(f.municipality(), "o.municipality_id = ?")
                .andIf(f.sector(), "o.sector = ?")
                .andIf(f.kind(), "o.kind = ?")
                .andIf(f.status(), "o.status = ?")
                .andIf(f.parent(), "o.parent_id = ?")
                .andIf(f.updatedSince(), "o.updated_at >= ?")
                .andAfter(f.after(), "o")
                .build();
    }

    private static Where accountWhere(AccountFilter f) {
        WhereBuilder where = new WhereBuilder();
        if (f.q() != null) {
            search(where, f.q(), "a.search", "lower(a.search_text)");
        }
        return where.andIf(f.municipality(), "a.municipality_id = ?")
                .andIf(f.sector(), "o.sector = ?")
                .andIf(f.kind(), "o.kind = ?")
                .andIf(f.platform(), "a.platform = ?")
                .andIf(f.status(), "a.status = ?")
                .andIf(f.organization(), "a.organization_id = ?")
                .andIf(f.official(), "a.official = ?")
                .andIf(f.updatedSince(), "a.updated_at >= ?")
                .andAfter(f.after(), "a")
                .build();
    }

    /** Full text, or every longer word similar to a word of the text (trigram index, tolerates typos). */
    static void search(WhereBuilder where, SearchText q, String vector, String text) {
        List<Object> params = new ArrayList<>();
        params.add(q.tsQuery());
        StringBuilder clause = new StringBuilder("(" + vector + " @@ to_tsquery('russian', ?)");
        if (!q.fuzzyWords().isEmpty()) {
            clause.append(" or (");
            for (int i = 0; i < q.fuzzyWords().size(); i++) {
                clause.append(i == 0 ? "" : " and ").append(text).append(" %> ?");
                params.add(q.fuzzyWords().get(i));
            }
            clause.append(')');
        }
        where.and(clause.append(')').toString(), params.toArray());
    }

    private static String organizationOrder(OrganizationFilter f) {
        return order(f.sort(), f.q(), "o", "o.name", "o.search", "lower(o.name)");
    }

    private static String accountOrder(AccountFilter f) {
        return order(f.sort(), f.q(), "a", "a.display_name", "a.search", "lower(a.search_text)");
    }

    /** The search text is inlined as a literal only after {@link SearchText} reduced it to letters and digits. */
    private static String order(Sort sort, SearchText q, String alias, String name, String search, String text) {
        // By default full-text matches are listed by name: the page then comes from the name index and needs no
        // ranking of every match (which dominated search time in large municipalities). Typo-tolerant matches are
        // ranked by similarity, since their names may be far from what was typed.
        Sort effective = sort != null ? sort : q != null && q.fuzzy() ? Sort.RELEVANCE : Sort.NAME;
        if (effective == Sort.RELEVANCE && q == null) {
            effective = Sort.NAME;
        }
        String id = alias + ".id";
        return switch (effective) {
            case NAME -> " order by " + name + ", " + id;
            case NAME_DESC -> " order by " + name + " desc, " + id;
            case UPDATED -> " order by " + alias + ".updated_at, " + id;
            case UPDATED_DESC -> " order by " + alias + ".updated_at desc, " + id;
            case RELEVANCE ->
                " order by ts_rank(" + search + ", to_tsquery('russian', " + literal(q.tsQuery()) + "))"
                        + (q.fuzzy() ? " + word_similarity(" + literal(q.phrase()) + ", " + text + ")" : "")
                        + " desc, " + name + ", " + id;
        };
    }

    private static String literal(String safe) {
        return "'" + safe.replace("'", "''") + "'";
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, List<Object> params, int fetchSize, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (fetchSize > 0) {
                statement.setFetchSize(fetchSize);
            }
            read(statement, params, reader);
        }
    }

    private static void read(PreparedStatement statement, List<Object> params, RowReader reader) throws SQLException {
        bind(statement, params);
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    /**
     * Has PostgreSQL plan a search page for its own words and municipality on every execution (a custom plan), never
     * with the generic plan it may otherwise switch to after five executions of a server-side prepared statement. The
     * best plan depends on how many accounts the words match: thousands are read in name order from the
     * (municipality, name) index until the page is full; a few are found in the full-text index and sorted. A generic
     * plan cannot know, estimates a handful of matches for any words, and fetched and sorted every match of a common
     * word (a page of «школа» in a large municipality cost ten times its custom plan's CPU). Planning costs a fraction
     * of a millisecond.
     */
    private static void planForTheseValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    /**
     * Counts the matches up to {@link PageResponse#COUNT_CAP} past the current page ({@code select count(*) from
     * (… limit cap + 1)}): an exact total over thousands of matches costs a scan of them all on every request, and
     * nobody pages through them; past the cap the total is the cap and marked as a lower bound.
     */
    private static <T> Page<T> cappedCount(
            Connection connection, String from, List<Object> where, long offset, int limit, List<T> items, boolean more)
            throws SQLException {
        long cap = Math.max((long) PageResponse.COUNT_CAP, offset + limit);
        String sql = "select count(*) from (select 1" + from + " limit ?) capped";
        List<Object> params = new ArrayList<>(where);
        params.add(cap + 1);
        long counted = count(connection, sql, params);
        return counted > cap ? new Page<>(items, cap, true, more) : new Page<>(items, counted, false, more);
    }

    private static long count(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void stream(String sql, List<Object> params, RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams with a cursor only inside a transaction
            connection.setAutoCommit(false);
            try {
                query(connection, sql, params, 500, reader);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static OrganizationResponse organization(ResultSet rs) throws SQLException {
        UUID parentId = rs.getObject("parent_id", UUID.class);
        return new OrganizationResponse(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("short_name"),
                OrganizationKind.valueOf(rs.getString("kind")),
                Sector.valueOf(rs.getString("sector")),
                new NamedRef(rs.getObject("municipality_id", UUID.class), rs.getString("municipality_name")),
                rs.getString("website"),
                rs.getString("inn"),
                rs.getString("ogrn"),
                rs.getString("kpp"),
                rs.getString("external_id"),
                parentId == null ? null : new NamedRef(parentId, rs.getString("parent_name")),
                RecordStatus.valueOf(rs.getString("status")),
                rs.getLong("accounts"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }

    private static AccountResponse account(ResultSet rs) throws SQLException {
        return new AccountResponse(
                rs.getObject("id", UUID.class),
                new NamedRef(rs.getObject("organization_id", UUID.class), rs.getString("organization_name")),
                new NamedRef(rs.getObject("municipality_id", UUID.class), rs.getString("municipality_name")),
                Platform.valueOf(rs.getString("platform")),
                rs.getString("url"),
                rs.getString("normalized_url"),
                rs.getString("display_name"),
                RecordStatus.valueOf(rs.getString("status")),
                rs.getBoolean("official"),
                rs.getString("external_id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
