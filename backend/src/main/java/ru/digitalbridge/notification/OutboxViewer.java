package ru.digitalbridge.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/** What was sent or would have been: the messages, newest first, for administrators. */
@ApplicationScoped
public class OutboxViewer {
    private final Sql db;

    OutboxViewer(Sql db) {
        this.db = db;
    }

    @Transactional
    public PageResponse<NotificationSummary> list(
            NotificationStatus status, NotificationKind kind, UUID userId, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            params.add(status);
        }
        if (kind != null) {
            where.append(" and kind = ?");
            params.add(kind);
        }
        if (userId != null) {
            where.append(" and user_id = ?");
            params.add(userId);
        }
        long total = db.count("select count(*) from notification" + where, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size);
        pageParams.add(page.offset());
        List<NotificationSummary> items = db.list(
                "select id, kind, status, recipient, subject, language, attempts, created_at, sent_at from notification"
                        + where + " order by created_at desc, id limit ? offset ?",
                rs -> new NotificationSummary(
                        rs.getObject(1, UUID.class),
                        NotificationKind.valueOf(rs.getString(2)),
                        NotificationStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getObject(8, OffsetDateTime.class),
                        rs.getObject(9, OffsetDateTime.class)),
                pageParams.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    @Transactional
    public NotificationResponse get(UUID id) {
        return db.one(
                        """
                        select id, kind, status, recipient, subject, language, link, body_text, body_html, attempts,
                               last_error, created_at, sent_at
                          from notification where id = ?
                        """,
                        rs -> new NotificationResponse(
                                rs.getObject(1, UUID.class),
                                NotificationKind.valueOf(rs.getString(2)),
                                NotificationStatus.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getInt(10),
                                rs.getString(11),
                                rs.getObject(12, OffsetDateTime.class),
                                rs.getObject(13, OffsetDateTime.class)),
                        id)
                .orElseThrow(() -> ProblemException.notFound("entity.notification", id));
    }
}
