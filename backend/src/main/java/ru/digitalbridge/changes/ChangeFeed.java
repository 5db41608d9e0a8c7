package ru.digitalbridge.changes;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.common.db.Sql;

/**
 * Reads the change log (V132): changes after a cursor in the order (transaction id, sequence), only those of
 * transactions older than every running one, so a change that commits later can never land before a cursor
 * already handed out. A record appears once, with its latest change.
 */
@ApplicationScoped
public class ChangeFeed {
    private final Sql sql;

    ChangeFeed(Sql sql) {
        this.sql = sql;
    }

    public record ChangeItem(
            ChangeEntity entity,
            UUID id,
            ChangeKind change,
            OffsetDateTime changedAt,

            @Schema(description = "Where the record is read (UPSERT); for a tombstone, where it was")
            String href) {}

    public record ChangePage(
            List<ChangeItem> items,

            @Schema(description = "Opaque position after the last item; pass it as after= to continue")
            String cursor,

            @Schema(description = "The request for the next page (also when caught up: poll it later)")
            String next,

            @Schema(description = "true when no further change is visible yet")
            boolean caughtUp) {}

    /** Up to {@code limit} changes after {@code after}, of the given kinds, changed at or after {@code since}. */
    ChangePage read(ChangeCursor after, Collection<ChangeEntity> entities, OffsetDateTime since, int limit) {
        String[] kinds = entities.stream().map(ChangeEntity::value).toArray(String[]::new);
        List<ChangeRow> rows = sql.list(
                "select xid::text::bigint, seq, entity, entity_id, change, changed_at from change_log"
                        + " where xid < pg_snapshot_xmin(pg_current_snapshot())"
                        + " and (xid, seq) > (?::text::xid8, ?)"
                        + " and entity = any(?)"
                        + " and (?::timestamptz is null or changed_at >= ?::timestamptz)"
                        + " order by xid, seq limit ?",
                rs -> new ChangeRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        new ChangeItem(
                                ChangeEntity.of(rs.getString(3)),
                                rs.getObject(4, UUID.class),
                                ChangeKind.valueOf(rs.getString(5)),
                                rs.getObject(6, OffsetDateTime.class),
                                ChangeEntity.of(rs.getString(3)).href(rs.getObject(4, UUID.class)))),
                Long.toString(after.xid()),
                after.seq(),
                kinds,
                since,
                since,
                limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeItem> items = new ArrayList<>();
        ChangeCursor last = after;
        for (ChangeRow row : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(row.item());
            last = new ChangeCursor(row.xid(), row.seq());
        }
        return new ChangePage(items, last.encode(), null, !more);
    }

    private record ChangeRow(long xid, long seq, ChangeItem item) {}
}
