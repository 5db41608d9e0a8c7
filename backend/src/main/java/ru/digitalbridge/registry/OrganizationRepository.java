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
 * Organizations in plain SQL. Nothing is written behind the caller's back: a changed organization is stored by
 * {@link #update}, which bumps the version and refuses (409 {@code stale-version}) when the row has changed since
 * it was read.
 */
@ApplicationScoped
class OrganizationRepository {
    private static final String SELECT = """
            select id, version, name, short_name, kind, sector, municipality_id, website, inn, ogrn, kpp, external_id,
                   parent_id, status, created_at, updated_at
              from organization
            """;

    private static final String INSERT = """
            insert into organization (id, version, name, short_name, kind, sector, municipality_id, website, inn, ogrn,
                                      kpp, external_id, parent_id, status, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String UPDATE = """
            update organization
               set name = ?, short_name = ?, kind = ?, sector = ?, municipality_id = ?, website = ?, inn = ?, ogrn = ?,
                   kpp = ?, external_id = ?, parent_id = ?, status = ?, updated_at = ?, version = version + 1
             where id = ? and version = ?
            """;

    private final Sql sql;

    OrganizationRepository(Sql sql) {
        this.sql = sql;
    }

    Optional<Organization> findById(UUID id) {
        return sql.one(SELECT + " where id = ?", OrganizationRepository::organization, id);
    }

    boolean exists(UUID id) {
        return sql.exists("select 1 from organization where id = ?", id);
    }

    Optional<Organization> findByExternalId(String externalId) {
        return sql.one(SELECT + " where external_id = ?", OrganizationRepository::organization, externalId);
    }

    List<Organization> findByExternalIds(Collection<String> externalIds) {
        return findAny("external_id", externalIds);
    }

    List<Organization> findByInns(Collection<String> inns) {
        return findAny("inn", inns);
    }

    List<Organization> findByOgrns(Collection<String> ogrns) {
        return findAny("ogrn", ogrns);
    }

    List<Organization> findByRecordIds(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : sql.list(
                        SELECT + " where id = any (?)", OrganizationRepository::organization, (Object) Sql.uuids(ids));
    }

    private List<Organization> findAny(String column, Collection<String> values) {
        return values.isEmpty()
                ? List.of()
                : sql.list(SELECT + " where " + column + " = any (?)", OrganizationRepository::organization, (Object)
                        values.toArray(String[]::new));
    }

    void insert(Organization organization) {
        sql.update(INSERT, insertParams(organization));
    }

    /** Inserts new organizations in batches. */
    void insertAll(Collection<Organization> organizations) {
        sql.batch(
                INSERT,
                organizations.stream().map(OrganizationRepository::insertParams).toList());
    }

    /** Stores a changed organization read at {@code organization.version}; 409 when the row has changed since. */
    void update(Organization organization) {
        sql.updateVersioned(UPDATE, updateParams(organization));
        organization.version++;
    }

    /**
     * Stores changed organizations in batches. The rows are locked and their versions checked first (a batch reports
     * no row counts here), so the whole write is refused with 409 when any of them has changed since it was read.
     */
    void updateAll(Collection<Organization> organizations) {
        if (organizations.isEmpty()) {
            return;
        }
        sql.lockAtVersions(
                "organization",
                organizations.stream().collect(Collectors.toMap(o -> o.id, o -> o.version, (x, y) -> x)));
        List<Object[]> rows =
                organizations.stream().map(OrganizationRepository::updateParams).toList();
        sql.batch(UPDATE, rows);
        organizations.forEach(organization -> organization.version++);
    }

    private static Object[] insertParams(Organization o) {
        return new Object[] {
            o.id,
            o.version,
            o.name,
            o.shortName,
            o.kind,
            o.sector,
            o.municipalityId,
            o.website,
            o.inn,
            o.ogrn,
            o.kpp,
            o.externalId,
            o.parentId,
            o.status,
            o.createdAt,
            o.updatedAt
        };
    }

    private static Object[] updateParams(Organization o) {
        return new Object[] {
            o.name,
            o.shortName,
            o.kind,
            o.sector,
            o.municipalityId,
            o.website,
            o.inn,
            o.ogrn,
            o.kpp,
            o.externalId,
            o.parentId,
            o.status,
            o.updatedAt,
            o.id,
            o.version
        };
    }

    private static Organization organization(ResultSet rs) throws SQLException {
        Organization o = new Organization();
        o.id = rs.getObject("id", UUID.class);
        o.version = rs.getLong("version");
        o.name = rs.getString("name");
        o.shortName = rs.getString("short_name");
        o.kind = OrganizationKind.valueOf(rs.getString("kind"));
        o.sector = Sector.valueOf(rs.getString("sector"));
        o.municipalityId = rs.getObject("municipality_id", UUID.class);
        o.website = rs.getString("website");
        o.inn = rs.getString("inn");
        o.ogrn = rs.getString("ogrn");
        o.kpp = rs.getString("kpp");
        o.externalId = rs.getString("external_id");
        o.parentId = rs.getObject("parent_id", UUID.class);
        o.status = RecordStatus.valueOf(rs.getString("status"));
        o.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        o.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        return o;
    }
}
