package ru.digitalbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.paging.PageQuery;

/** The rows of {@code app_user}: every write of a user goes through {@link #insert} or {@link #update}. */
@ApplicationScoped
class UserRepository {
    private static final String SELECT = "select id, version, email, full_name, password_hash, roles, active,"
            + " organization_id, created_at, updated_at, last_login_at, token_generation from app_user";

    private final Sql sql;

    UserRepository(Sql sql) {
        this.sql = sql;
    }

    Optional<User> findById(UUID id) {
        return sql.one(SELECT + " where id = ?", UserRepository::read, id);
    }

    Optional<User> findByEmail(String email) {
        return sql.one(
                SELECT + " where lower(email) = ?",
                UserRepository::read,
                email.trim().toLowerCase());
    }

    boolean anyActiveAdmin() {
        return sql.exists("select 1 from app_user where active and 'ADMIN' = any(roles)");
    }

    /**
     * One page of the users matching {@code where} (a condition on the columns of {@code app_user} with {@code ?}
     * placeholders for {@code params}), in the order of {@code orderBy}.
     */
    List<User> page(String where, List<Object> params, String orderBy, PageQuery page) {
        List<Object> all = new ArrayList<>(params);
        all.add(page.size);
        all.add(page.offset());
        return sql.list(
                SELECT + " where " + where + " order by " + orderBy + " limit ? offset ?",
                UserRepository::read,
                all.toArray());
    }

    long count(String where, List<Object> params) {
        return sql.count("select count(*) from app_user where " + where, params.toArray());
    }

    boolean organizationExists(UUID organizationId) {
        return sql.exists("select 1 from organization where id = ?", organizationId);
    }

    /** Stores a new user with version 0. */
    void insert(User user) {
        user.version = 0;
        sql.update(
                "insert into app_user (id, version, email, full_name, password_hash, roles, active, organization_id,"
                        + " created_at, updated_at, last_login_at, token_generation)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                user.id,
                user.version,
                user.email,
                user.fullName,
                user.passwordHash,
                user.roles,
                user.active,
                user.organizationId,
                user.createdAt,
                user.updatedAt,
                user.lastLoginAt,
                user.tokenGeneration);
    }

    /**
     * Writes every field a user's edit may change (all but the id, the creation time and the last sign-in, which
     * {@link #recordSignIn} writes) if the row is still at {@code user.version}, and raises the version; else 409
     * {@code stale-version}.
     */
    void update(User user) {
        sql.updateVersioned(
                "update app_user set email = ?, full_name = ?, password_hash = ?, roles = ?, active = ?,"
                        + " organization_id = ?, updated_at = ?, token_generation = ?, version = version + 1"
                        + " where id = ? and version = ?",
                user.email,
                user.fullName,
                user.passwordHash,
                user.roles,
                user.active,
                user.organizationId,
                user.updatedAt,
                user.tokenGeneration,
                user.id,
                user.version);
        user.version++;
    }

    /**
     * Records a sign-in. A sign-in is no edit of the user: the time is written without the version check and bump,
     * so sign-ins at once (two tabs, a phone) never conflict, and an administrator's form opened before one still
     * saves.
     */
    void recordSignIn(UUID id, OffsetDateTime at) {
        sql.update("update app_user set last_login_at = ? where id = ?", at, id);
    }

    private static User read(ResultSet rs) throws SQLException {
        User user = new User();
        user.id = rs.getObject("id", UUID.class);
        user.version = rs.getLong("version");
        user.email = rs.getString("email");
        user.fullName = rs.getString("full_name");
        user.passwordHash = rs.getString("password_hash");
        user.roles = strings(rs.getArray("roles"));
        user.active = rs.getBoolean("active");
        user.organizationId = rs.getObject("organization_id", UUID.class);
        user.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        user.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        user.lastLoginAt = rs.getObject("last_login_at", OffsetDateTime.class);
        user.tokenGeneration = rs.getInt("token_generation");
        return user;
    }

    static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
