package ru.digitalbridge.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.web.Conditional;
import ru.digitalbridge.common.web.EntityTags;

/**
 * Pages of rating rows as served: the JSON bytes, their entity tag and the snapshot's time. A snapshot never changes,
 * so a page of it is read from the database and serialised once, then answered from memory — and a conditional GET
 * that still holds the page's tag is answered 304 without any work: no SQL, no serialisation (a published snapshot is
 * immutable, and a snapshot is never withdrawn, so a cached page can never go stale). Least recently used pages are dropped beyond {@link #MAX_BYTES} .
 */
@ApplicationScoped
public class RatingPages {
    /** The most page bytes kept (a default page of 50 account rows is ~34 KB). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * A page as served, with everything a request needs already computed: the JSON bytes, the {@code
     * ETag} and {@code Last-Modified} header values as sent. A request does no serialisation, hashing or
     * date formatting.
     */
    public record Rendered(byte[] body, EntityTag tag, String etag, Instant lastModified, String httpDate) {
        long size() {
            return body.length;
        }

        static Rendered of(byte[] body, Instant lastModified) {
            EntityTag tag = new EntityTag(EntityTags.hash(body));
            return new Rendered(
                    body,
                    tag,
                    '"' + tag.getValue() + '"',
                    lastModified,
                    HTTP_DATE.format(lastModified.atOffset(ZoneOffset.UTC)));
        }

        /**
         * Whether the client's copy is current: {@code If-None-Match} against the tag (weak comparison), or when it is
         * absent {@code If-Modified-Since} against the snapshot's time (RFC 9110, 13.2.2).
         */
        public boolean current(String ifNoneMatch, String ifModifiedSince) {
            if (ifNoneMatch != null) {
                return ifNoneMatch.equals(etag) || Conditional.matches(ifNoneMatch, tag);
            }
            return ifModifiedSince != null
                    && (ifModifiedSince.equals(httpDate)
                            || Conditional.notModifiedSince(ifModifiedSince, lastModified));
        }
    }

    /** An HTTP-date (RFC 9110, 5.6.7: IMF-fixdate, two-digit day). */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private record Key(UUID snapshot, RatingReads.RowFilter filter, int page, int size) {}

    private final RatingReads reads;
    private final ObjectMapper json;
    private final Map<Key, Rendered> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    RatingPages(RatingReads reads, ObjectMapper json) {
        this.reads = reads;
        this.json = json;
    }

    /** The page, from memory when it was served before; 404 (a problem) for an unknown snapshot. */
    public Rendered rows(UUID snapshotId, RatingReads.RowFilter filter, PageQuery page) {
        Key key = new Key(snapshotId, filter, page.page, page.size);
        synchronized (pages) {
            Rendered known = pages.get(key);
            if (known != null) {
                return known;
            }
        }
        RatingReads.Page read = reads.rowsWithTime(snapshotId, filter, page);
        byte[] body;
        try {
            body = json.writeValueAsBytes(read.rows());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rating rows not serialisable", e);
        }
        Rendered rendered = Rendered.of(body, read.snapshotCreated());
        synchronized (pages) {
            Rendered previous = pages.put(key, rendered);
            bytes += rendered.size() - (previous == null ? 0 : previous.size());
            Iterator<Rendered> eldest = pages.values().iterator();
            while (bytes > MAX_BYTES && eldest.hasNext()) {
                bytes -= eldest.next().size();
                eldest.remove();
            }
        }
        return rendered;
    }
}
