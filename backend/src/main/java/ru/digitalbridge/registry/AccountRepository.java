package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.digitalbridge.common.db.Sql;

/**
 * Accounts in plain SQL. Nothing is written behind the caller's back: a changed account is stored by
 * {@link #update}, which bumps the version and refuses (409 {@code stale-version}) when the row has changed since
 * it was read. Every update names {@code organization_id} and {@code display_name}, so the trigger that keeps the
 * denormalised municipality and search text fires as it did for every update before.
 */
@ApplicationScoped
class AccountRepository {
    private static final String SELECT = """
            select id, version, organization_id, platform, url, normalized_url, display_name, status, official,
                   external_id, created_at, updated_at
              from account
            """;

    private static final String INSERT = """
            insert into account (id, version, organization_id, platform, url, normalized_url, display_name, status,
                                 official, external_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String UPDATE = """
            update account
               set organization_id = ?, platform = ?, url = ?, normalized_url = ?, display_name = ?, status = ?,
                   official = ?, external_id = ?, updated_at = ?, version = version + 1
             where id = ? and version = ?
            """;

    private final Sql sql;

    AccountRepository(Sql sql) {
        this.sql = sql;
    }

    Optional<Account> findById(UUID id) {
        return sql.one(SELECT + " where id = ?", AccountRepository::account, id);
    }

    Optional<Account> findByNormalizedUrl(String normalizedUrl) {
        return sql.one(SELECT + " where normalized_url = ?", AccountRepository::account, normalizedUrl);
    }

    Optional<Account> findByExternalId(String externalId) {
        return sql.one(SELECT + " where external_id = ?", AccountRepository::account, externalId);
    }

    List<Account> findByNormalizedUrls(Collection<String> urls) {
        return urls.isEmpty()
                ? List.of()
                : sql.list(SELECT + " where normalized_url = any (?)", AccountRepository::account, (Object)
                        urls.toArray(String[]::new));
    }

    List<Account> findByExternalIds(Collection<String> externalIds) {
        return externalIds.isEmpty()
                ? List.of()
                : sql.list(SELECT + " where external_id = any (?)", AccountRepository::account, (Object)
                        externalIds.toArray(String[]::new));
    }

    List<Account> findByRecordIds(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : sql.list(SELECT + " where id = any (?)", AccountRepository::account, (Object) Sql.uuids(ids));
    }

    List<Account> findActiveByOrganization(UUID organizationId) {
        return sql.list(
                SELECT + " where organization_id = ? and status = ?",
                AccountRepository::account,
                organizationId,
                RecordStatus.ACTIVE);
    }

    void insert(Account account) {
        sql.update(INSERT, insertParams(account));
    }

    /** Inserts new accounts in batches. */
    void insertAll(Collection<Account> accounts) {
        sql.batch(INSERT, accounts.stream().map(AccountRepository::insertParams).toList());
    }

    /** Stores a changed account read at {@code account.version}; 409 when the row has changed since. */
    void update(Account account) {
        sql.updateVersioned(UPDATE, updateParams(account));
        account.version++;
    }

    /**
     * Stores changed accounts in batches. The rows are locked and their versions checked first (a batch reports no
     * row counts here), so the whole write is refused with 409 when any of them has changed since it was read.
     */
    void updateAll(Collection<Account> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        sql.lockAtVersions(
                "account", accounts.stream().collect(Collectors.toMap(a -> a.id, a -> a.version, (x, y) -> x)));
        List<Object[]> rows =
                accounts.stream().map(AccountRepository::updateParams).toList();
        sql.batch(UPDATE, rows);
        accounts.forEach(account -> account.version++);
    }

    private static Object[] insertParams(Account a) {
        return new Object[] {
            a.id,
            a.version,
            a.organizationId,
            a.platform,
            a.url,
            a.normalizedUrl,
            a.displayName,
            a.status,
            a.official,
            a.externalId,
            a.createdAt,
            a.updatedAt
        };
    }

    private static Object[] updateParams(Account a) {
        return new Object[] {
            a.organizationId,
            a.platform,
            a.url,
            a.normalizedUrl,
            a.displayName,
            a.status,
            a.official,
            a.externalId,
            a.updatedAt,
            a.id,
            a.version
        };
    }

    private static Account account(ResultSet rs) throws SQLException {
        Account a = new Account();
        a.id = rs.getObject("id", UUID.class);
        a.version = rs.getLong("version");
        a.organizationId = rs.getObject("organization_id", UUID.class);
        a.platform = Platform.valueOf(rs.getString("platform"));
        a.url = rs.getString("url");
        a.normalizedUrl = rs.getString("normalized_url");
        a.displayName = rs.getString("display_name");
        a.status = RecordStatus.valueOf(rs.getString("status"));
        a.official = rs.getBoolean("official");
        a.externalId = rs.getString("external_id");
        a.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        a.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        return a;
    }
}
