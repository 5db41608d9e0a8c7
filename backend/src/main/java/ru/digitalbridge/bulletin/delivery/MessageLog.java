package ru.digitalbridge.bulletin.delivery;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.bulletin.delivery.IssueLetters.Links;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.Content;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.Message;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.MessageKind;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.MessageStatus;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/**
 * What the bulletin channel sent, for staff who help subscribers and editors: one row per {@code bulletin_message},
 * newest first. Administrators see every kind, the address in full while it is kept and may open a message as it is
 * sent (with the recipient's links); coordinators see the bulletin's own messages (issues and test sends) with masked
 * addresses and may neither look for an address nor see subscribers' confirmations.
 */
@ApplicationScoped
class MessageLog {
    private static final Logger LOG = Logger.getLogger(MessageLog.class);
    private static final Links NO_LINKS = new Links("https://placeholder.invalid/", "", "");

    /** Filters of the log; {@code recipient} is an address, compared after normalisation. */
    record Filter(MessageKind kind, MessageStatus status, UUID issue, String recipient) {}

    private record Row(
            UUID id,
            MessageKind kind,
            MessageStatus status,
            String address,
            UUID issueId,
            Integer revision,
            String language,
            int sections,
            boolean unsubscribed,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            boolean already) {}

    private record SubjectKey(UUID issue, int revision, String language) {}

    private final Sql db;
    private final IssueLetters letters;
    private final BulletinSender sender;

    MessageLog(Sql db, IssueLetters letters, BulletinSender sender) {
        this.db = db;
        this.letters = letters;
        this.sender = sender;
    }

    PageResponse<Message> list(Filter filter, boolean admin, PageQuery page) {
        if (!admin && (filter.kind() == MessageKind.CONFIRM || filter.recipient() != null)) {
            throw new ProblemException(403, "forbidden");
        }
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!admin) {
            where.append(" and m.kind in ('ISSUE', 'TEST')");
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and m.status = ?");
            params.add(filter.status().name());
        }
        if (filter.issue() != null) {
            where.append(" and m.issue_id = ?");
            params.add(filter.issue());
        }
        if (filter.recipient() != null) {
            where.append(" and m.address_hash = ?");
            params.add(Addresses.hash(Addresses.normalise(filter.recipient())));
        }
        long total = db.count("select count(*) from bulletin_message m" + where, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size);
        paged.add(page.offset());
        List<Row> rows = db.list(
                """
                select m.id, m.kind, m.status, m.address, m.issue_id, m.revision, m.language,
                       cardinality(m.organization_ids), m.unsubscribed, m.created_at, m.sent_at,
                       s.confirmed_at is not null and m.created_at >= s.confirmed_at
                  from bulletin_message m left join bulletin_subscriber s on s.id = m.subscriber_id
                """ + where + " order by m.created_at desc, m.id desc limit ? offset ?",
                rs -> new Row(
                        rs.getObject(1, UUID.class),
                        MessageKind.valueOf(rs.getString(2)),
                        MessageStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        (Integer) rs.getObject(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getBoolean(9),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getObject(11, OffsetDateTime.class),
                        rs.getBoolean(12)),
                paged.toArray());
        Map<SubjectKey, Optional<String>> subjects = new HashMap<>();
        List<Message> items = rows.stream()
                .map(r -> new Message(
                        r.id(),
                        r.kind(),
                        r.status(),
                        r.address() == null ? null : admin ? r.address() : Subscriptions.mask(r.address()),
                        subject(r, subjects),
                        r.issueId(),
                        r.revision(),
                        r.language(),
                        r.sections(),
                        r.unsubscribed(),
                        r.createdAt(),
                        r.sentAt()))
                .toList();
        return new PageResponse<>(items, total, page.page, page.size);
    }

    /** One message rendered as it is sent; administrators only (the links in it act for the recipient). */
    Content content(UUID id, UUID admin) {
        Row row = db.one(
                        """
                        select m.id, m.kind, m.status, m.address from bulletin_message m where m.id = ?
                        """,
                        rs -> new Row(
                                rs.getObject(1, UUID.class),
                                MessageKind.valueOf(rs.getString(2)),
                                MessageStatus.valueOf(rs.getString(3)),
                                rs.getString(4),
                                null,
                                null,
                                null,
                                0,
                                false,
                                null,
                                null,
                                false),
                        id)
                .orElseThrow(() -> ProblemException.notFound("entity.bulletin-message", id));
        Mail mail = sender.render(id).orElseThrow(() -> ProblemException.conflict("bulletin-message-unavailable"));
        LOG.infof("bulletin message %s opened by administrator %s", id, admin);
        return new Content(
                row.id(), row.kind(), row.status(), row.address(), mail.getSubject(), mail.getText(), mail.getHtml());
    }

    private String subject(Row row, Map<SubjectKey, Optional<String>> cache) {
        if (row.kind() == MessageKind.CONFIRM) {
            return BulletinSender.words(row.language())
                    .getString(row.already() ? "already.subject" : "confirm.subject");
        }
        return cache.computeIfAbsent(
                        new SubjectKey(row.issueId(), row.revision(), row.language()),
                        key -> letters.letter(key.issue(), key.revision(), List.of(), key.language(), NO_LINKS)
                                .map(IssueLetters.Letter::subject))
                .orElse(null);
    }
}
