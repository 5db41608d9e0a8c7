package ru.digitalbridge.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes generated data with PostgreSQL {@code COPY} on the caller's connection and transaction: it neither
 * commits nor rolls back. The account trigger fills each account's municipality and search text.
 */
final class DemoDataLoader {

    private static final String COPY_ORGANIZATIONS = "copy organization (id, name, short_name, kind, sector,"
            + " municipality_id, website, inn, ogrn, external_id, parent_id, status, created_at, updated_at)"
            + " from stdin";
    private static final String COPY_ACCOUNTS = "copy account (id, organization_id, platform, url, normalized_url,"
            + " display_name, status, official, external_id, created_at, updated_at, municipality_id) from stdin";
    private static final String INSERT_USER = "insert into app_user (id, email, full_name, password_hash, roles,"
            + " organization_id) values (?, ?, ?, ?, ?, ?) on conflict ((lower(email))) do nothing";

    private DemoDataLoader() {}

    /** The municipalities in the database with their region, in their reference order. */
    static List<DemoMunicipality> municipalities(Connection connection) throws SQLException {
        var out = new ArrayList<DemoMunicipality>();
        try (var statement = connection.prepareStatement(
                        "select m.id, m.code, m.name, m.kind, m.center, r.code,"
                                + " r.name from municipality m join region r on r.id = m.region_id order by m.sort_order, m.code");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(new DemoMunicipality(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7)));
            }
        }
        return out;
    }

    /**
     * Inserts organizations, accounts and users; users whose e-mail is taken are skipped.
     *
     * @return how many users were inserted
     */
    static int insert(Connection connection, DemoData data, String passwordHash) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        copy(pg, COPY_ORGANIZATIONS, out -> {
            for (DemoData.Organization o : data.organizations()) {
                row(
                        out,
                        o.id(),
                        o.name(),
                        o.shortName(),
                        o.kind(),
                        o.sector(),
                        o.municipalityId(),
                        o.website(),
                        o.inn(),
                        o.ogrn(),
                        o.externalId(),
                        o.parentId(),
                        o.status(),
                        o.createdAt(),
                        o.updatedAt());
            }
        });
        Map<UUID, UUID> municipalityOf = new HashMap<>();
        for (DemoData.Organization o : data.organizations()) {
            municipalityOf.put(o.id(), o.municipalityId());
        }
        copy(pg, COPY_ACCOUNTS, out -> {
            for (DemoData.Account a : data.accounts()) {
                row(
                        out,
                        a.id(),
                        a.organizationId(),
                        a.platform(),
                        a.url(),
                        a.normalizedUrl(),
                        a.displayName(),
                        a.status(),
                        a.official(),
                        a.externalId(),
                        a.createdAt(),
                        a.updatedAt(),
                        municipalityOf.get(a.organizationId()));
            }
        });
        int users = 0;
        try (var statement = connection.prepareStatement(INSERT_USER)) {
            for (DemoData.User user : data.users()) {
                statement.setObject(1, user.id());
                statement.setString(2, user.email());
                statement.setString(3, user.fullName());
                statement.setString(4, passwordHash);
                statement.setArray(
                        5, connection.createArrayOf("text", user.roles().toArray()));
                statement.setObject(6, user.organizationId());
                statement.addBatch();
            }
            for (int count : statement.executeBatch()) {
                users += Math.max(count, 0);
            }
        }
        return users;
    }

    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private static void copy(PGConnection connection, String sql, Rows rows) throws SQLException {
        try (var stream = new PGCopyOutputStream(connection, sql, 1 << 16);
                var out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            rows.write(out);
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql2) {
                throw sql2;
            }
            throw new UncheckedIOException(e);
        }
    }

    /** One row in COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.write("\\N");
            } else if (value instanceof OffsetDateTime time) {
                out.write(time.toString());
            } else {
                escape(out, value.toString());
            }
        }
        out.write('\n');
    }

    private static void escape(Writer out, String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }
}
