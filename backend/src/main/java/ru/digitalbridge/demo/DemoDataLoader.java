package ru.digitalbridge.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
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

    private static final String COPY_CAMPAIGNS = "copy campaign (id, title, period, criteria_set_id, stage,"
            + " evaluation_deadline, review_deadline, reply_days, reply_opened_at, reply_closes_at, published_at,"
            + " created_by, created_at, updated_at) from stdin";
    private static final String COPY_CAMPAIGN_ACCOUNTS =
            "copy campaign_account (campaign_id, account_id, listed) from stdin";
    private static final String COPY_CAMPAIGN_EXPERTS =
            "copy campaign_expert (campaign_id, user_id, municipalities) from stdin";
    private static final String COPY_EVALUATIONS = "copy evaluation (id, campaign_id, account_id, expert_id, role,"
            + " status, index_value, initial_index, final_index, revision, review_comment, reconciled, started_at,"
            + " submitted_at, approved_at, published_at, created_at, updated_at) from stdin";
    private static final String COPY_ANSWERS = "copy evaluation_answer (evaluation_id, criterion_id, value,"
            + " not_applicable, na_reason, points, max_points, evidence_url, evidence_note, recommendation) from stdin";
    private static final String COPY_QUESTIONS = "copy citizen_question (id, evaluation_id, url, asked_at,"
            + " answered_at, quality, note, created_at) from stdin";
    private static final String COPY_OBJECTIONS = "copy objection (id, evaluation_id, criterion_id, organization_id,"
            + " author_id, comment, evidence_url, status, resolution_reason, previous_value, new_value, resolved_by,"
            + " resolved_at, created_at) from stdin";
    private static final String COPY_EVENTS = "copy evaluation_event (evaluation_id, at, actor_id, actor_name, action,"
            + " reason, index_before, index_after, detail) from stdin";
    private static final String COPY_REVISIONS = "copy evaluation_revision (evaluation_id, revision, created_at,"
            + " author_id, author_name, reason, index_value, answers) from stdin";

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
        try (var writer = new RegistryWriter(connection)) {
            data.organizations().forEach(writer::organization);
            data.accounts().forEach(writer::account);
        }
        return insertUsers(connection, data.users(), passwordHash);
    }

    /**
     * Writes the registry with {@code COPY} as the generator makes it: the organizations' copy is open until the
     * first account arrives, then the accounts' until {@link #close()}. Keeps only {@link DemoData.Organization#slim
     * slim} copies of the rows ({@link #registry}), so that the whole registry is never in memory.
     */
    static final class RegistryWriter implements DemoDataGenerator.Sink, AutoCloseable {
        private final PGConnection connection;
        private final List<DemoData.Organization> organizations = new ArrayList<>();
        private final List<DemoData.Account> accounts = new ArrayList<>();
        private final Map<UUID, UUID> municipalityOf = new HashMap<>();
        private Writer out;
        private boolean accountsOpen;

        RegistryWriter(Connection connection) throws SQLException {
            this.connection = connection.unwrap(PGConnection.class);
            open(COPY_ORGANIZATIONS);
        }

        private void open(String sql) throws SQLException {
            out = copyWriter(connection, sql);
        }

        @Override
        public void organization(DemoData.Organization o) {
            if (accountsOpen) {
                throw new IllegalStateException("an organization after the accounts");
            }
            write(() -> row(
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
                    o.updatedAt()));
            municipalityOf.put(o.id(), o.municipalityId());
            organizations.add(o.slim());
        }

        @Override
        public void account(DemoData.Account a) {
            if (!accountsOpen) {
                accountsOpen = true;
                write(() -> {
                    out.close();
                    try {
                        open(COPY_ACCOUNTS);
                    } catch (SQLException e) {
                        throw new IOException(e);
                    }
                });
            }
            write(() -> row(
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
                    municipalityOf.get(a.organizationId())));
            accounts.add(a.slim());
        }

        /** The registry written, slim (see {@link DemoData.Organization#slim()}), with the given users. */
        DemoData registry(List<DemoData.User> users) {
            return new DemoData(List.copyOf(organizations), List.copyOf(accounts), users);
        }

        private interface Io {
            void run() throws IOException;
        }

        private void write(Io io) {
            try {
                io.run();
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy the demo registry: " + e.getMessage(), e);
            }
        }

        /** Ends the open copy (an empty accounts' copy when no account came). */
        @Override
        public void close() throws SQLException {
            try {
                out.close();
                if (!accountsOpen) {
                    accountsOpen = true;
                    open(COPY_ACCOUNTS);
                    out.close();
                }
            } catch (IOException e) {
                throw copyFailure(e);
            }
        }
    }

    /**
     * Inserts the demo users; users whose e-mail is taken are skipped.
     *
     * @return how many users were inserted
     */
    static int insertUsers(Connection connection, List<DemoData.User> users, String passwordHash) throws SQLException {
        int inserted = 0;
        try (var statement = connection.prepareStatement(INSERT_USER)) {
            for (DemoData.User user : users) {
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
                inserted += Math.max(count, 0);
            }
        }
        return inserted;
    }

    /**
     * The demo users as they are in the database, found by e-mail (a user whose e-mail was taken before the load
     * keeps that row's id, name, roles and organization), in the order given; users not found are left out.
     */
    static List<DemoData.User> storedUsers(Connection connection, List<DemoData.User> users) throws SQLException {
        Map<String, DemoData.User> byEmail = new HashMap<>();
        try (var statement = connection.prepareStatement("select id, email, full_name, roles, organization_id"
                + " from app_user where lower(email) = any(?) and active")) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "text",
                            users.stream()
                                    .map(u -> u.email().toLowerCase(Locale.ROOT))
                                    .toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byEmail.put(
                            rows.getString(2).toLowerCase(Locale.ROOT),
                            new DemoData.User(
                                    rows.getObject(1, UUID.class),
                                    rows.getString(2),
                                    rows.getString(3),
                                    List.of((String[]) rows.getArray(4).getArray()),
                                    rows.getObject(5, UUID.class)));
                }
            }
        }
        return users.stream()
                .map(u -> byEmail.get(u.email().toLowerCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Inserts generated monitoring history with {@code COPY}, parents first. */
    static void insert(Connection connection, DemoMonitoring data) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        copy(pg, COPY_CAMPAIGNS, out -> {
            for (DemoMonitoring.Campaign c : data.campaigns()) {
                row(
                        out,
                        c.id(),
                        c.title(),
                        c.period(),
                        c.criteriaSetId(),
                        c.stage(),
                        c.evaluationDeadline(),
                        c.reviewDeadline(),
                        c.replyDays(),
                        c.replyOpenedAt(),
                        c.replyClosesAt(),
                        c.publishedAt(),
                        c.createdBy(),
                        c.createdAt(),
                        c.updatedAt());
            }
        });
        copy(pg, COPY_CAMPAIGN_ACCOUNTS, out -> {
            for (DemoMonitoring.CampaignAccount a : data.campaignAccounts()) {
                row(out, a.campaignId(), a.accountId(), true);
            }
        });
        copy(pg, COPY_CAMPAIGN_EXPERTS, out -> {
            for (DemoMonitoring.CampaignExpert e : data.campaignExperts()) {
                row(out, e.campaignId(), e.userId(), e.municipalities());
            }
        });
        copy(pg, COPY_EVALUATIONS, out -> {
            for (DemoMonitoring.Evaluation e : data.evaluations()) {
                row(
                        out,
                        e.id(),
                        e.campaignId(),
                        e.accountId(),
                        e.expertId(),
                        e.role(),
                        e.status(),
                        e.index(),
                        e.initialIndex(),
                        e.finalIndex(),
                        e.revision(),
                        e.reviewComment(),
                        e.reconciled(),
                        e.startedAt(),
                        e.submittedAt(),
                        e.approvedAt(),
                        e.publishedAt(),
                        e.createdAt(),
                        e.updatedAt());
            }
        });
        copy(pg, COPY_ANSWERS, out -> {
            for (DemoMonitoring.Answer a : data.answers()) {
                row(
                        out,
                        a.evaluationId(),
                        a.criterionId(),
                        a.value(),
                        a.notApplicable(),
                        a.naReason(),
                        a.points(),
                        a.maxPoints(),
                        a.evidenceUrl(),
                        a.evidenceNote(),
                        a.recommendation());
            }
        });
        copy(pg, COPY_QUESTIONS, out -> {
            for (DemoMonitoring.Question q : data.questions()) {
                row(
                        out,
                        q.id(),
                        q.evaluationId(),
                        q.url(),
                        q.askedAt(),
                        q.answeredAt(),
                        q.quality(),
                        q.note(),
                        q.createdAt());
            }
        });
        copy(pg, COPY_OBJECTIONS, out -> {
            for (DemoMonitoring.Objection o : data.objections()) {
                row(
                        out,
                        o.id(),
                        o.evaluationId(),
                        o.criterionId(),
                        o.organizationId(),
                        o.authorId(),
                        o.comment(),
                        o.evidenceUrl(),
                        o.status(),
                        o.resolutionReason(),
                        o.previousValue(),
                        o.newValue(),
                        o.resolvedBy(),
                        o.resolvedAt(),
                        o.createdAt());
            }
        });
        copy(pg, COPY_EVENTS, out -> {
            for (DemoMonitoring.Event e : data.events()) {
                row(
                        out,
                        e.evaluationId(),
                        e.at(),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.reason(),
                        e.indexBefore(),
                        e.indexAfter(),
                        e.detail());
            }
        });
        copy(pg, COPY_REVISIONS, out -> {
            for (DemoMonitoring.Revision r : data.revisions()) {
                row(
                        out,
                        r.evaluationId(),
                        r.revision(),
                        r.createdAt(),
                        r.authorId(),
                        r.authorName(),
                        r.reason(),
                        r.index(),
                        r.answers());
            }
        });
    }

    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private static void copy(PGConnection connection, String sql, Rows rows) throws SQLException {
        try (Writer out = copyWriter(connection, sql)) {
            rows.write(out);
        } catch (IOException e) {
            throw copyFailure(e);
        }
    }

    /** A buffered UTF-8 writer into {@code sql} ({@code COPY … FROM STDIN}); closing it ends the copy. */
    private static Writer copyWriter(PGConnection connection, String sql) throws SQLException {
        return new BufferedWriter(
                new OutputStreamWriter(new PGCopyOutputStream(connection, sql, 1 << 16), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** The database's error behind a failed copy, for the caller to throw; any other I/O error is thrown here. */
    private static SQLException copyFailure(IOException e) {
        if (e.getCause() instanceof SQLException sql) {
            return sql;
        }
        throw new UncheckedIOException(e);
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
            } else if (value instanceof BigDecimal number) {
                out.write(number.toPlainString());
            } else if (value instanceof List<?> list) {
                escape(out, list.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
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
