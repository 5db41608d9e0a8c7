package ru.digitalbridge.bulletin.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.digitalbridge.bulletin.BulletinIssues;
import ru.digitalbridge.bulletin.PublishedIssue;
import ru.digitalbridge.common.db.Sql;

/**
 * The public formats of published issues: the page, the PDF (rendered once per revision and language, stored in
 * {@code bulletin_pdf}) and the Atom feeds. An issue's page, PDF and feed entry are in the issue's language whoever
 * reads them; only the feed's own title follows the reader.
 */
@ApplicationScoped
public class BulletinPublishing {
    /** Bump when the page or PDF layout changes: stored PDFs of an older layout are rendered again on demand. */
    static final int RENDERER_VERSION = 1;
    /** How many issues a feed lists, newest first. */
    static final int FEED_SIZE = 50;

    private final Sql db;
    private final BulletinIssues issues;
    private final BulletinRenderer renderer;
    private final String baseUrl;

    BulletinPublishing(
            Sql db,
            BulletinIssues issues,
            BulletinRenderer renderer,
            @ConfigProperty(name = "bridge.mail.public-base-url") String baseUrl) {
        this.db = db;
        this.issues = issues;
        this.renderer = renderer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A stored or freshly rendered PDF with its SHA-256 (hex). */
    public record Pdf(byte[] bytes, String sha256, PublishedIssue issue) {}

    /** The published revision ({@code revision} null: the latest), its series title in the issue's language. */
    public Optional<PublishedIssue> issue(UUID id, Integer revision) {
        return revision == null ? issues.latest(id) : issues.published(id, revision);
    }

    public String page(PublishedIssue issue) {
        return renderer.pageHtml(issue);
    }

    /** The PDF, stored once per revision under the issue's language. */
    public Pdf pdf(PublishedIssue issue) {
        String lang = BulletinRenderer.normal(issue.locale()).getLanguage();
        Optional<Pdf> stored = db.one(
                "select bytes, sha256 from bulletin_pdf where issue_id = ? and revision = ? and lang = ?"
                        + " and renderer_version = ?",
                rs -> new Pdf(rs.getBytes(1), rs.getString(2), issue),
                issue.id(),
                issue.revision(),
                lang,
                RENDERER_VERSION);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = renderer.pdf(issue);
        String sha = sha256(bytes);
        // two first readers may render at once: the first stored copy wins and both answers are valid PDFs
        db.update(
                "insert into bulletin_pdf (issue_id, revision, lang, renderer_version, sha256, bytes)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (issue_id, revision, lang) do update"
                        + " set renderer_version = excluded.renderer_version, sha256 = excluded.sha256,"
                        + " bytes = excluded.bytes, created_at = now()"
                        + " where bulletin_pdf.renderer_version <> excluded.renderer_version",
                issue.id(),
                issue.revision(),
                lang,
                RENDERER_VERSION,
                sha,
                bytes);
        return db.one(
                        "select bytes, sha256 from bulletin_pdf where issue_id = ? and revision = ? and lang = ?",
                        rs -> new Pdf(rs.getBytes(1), rs.getString(2), issue),
                        issue.id(),
                        issue.revision(),
                        lang)
                .orElse(new Pdf(bytes, sha, issue));
    }

    /** A series' id, titles and creation time; empty for an unknown slug. */
    record Series(String slug, String titleRu, String titleEn, Instant createdAt) {
        String title(Locale locale) {
            return RenderTexts.english(locale) ? titleEn : titleRu;
        }
    }

    Optional<Series> series(String slug) {
        return db.one(
                "select slug, title_ru, title_en, created_at from bulletin_series where slug = ?",
                rs -> new Series(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()),
                slug);
    }

    /** The Atom feed of one series ({@code slug}) or of all series (null); empty for an unknown slug. */
    public Optional<String> feed(String slug, Locale locale) {
        Locale l = BulletinRenderer.normal(locale);
        AtomFeed.Feed feed;
        Instant since;
        if (slug == null) {
            feed = new AtomFeed.Feed(
                    AtomFeed.allSeriesId(),
                    RenderTexts.t("allSeries", l),
                    baseUrl + "/api/v1/bulletins/feed",
                    baseUrl + "/bulletins");
            since = db.one("select min(created_at) from bulletin_series", rs -> rs.getObject(1, OffsetDateTime.class))
                    .map(OffsetDateTime::toInstant)
                    .orElse(Instant.EPOCH);
        } else {
            Optional<Series> series = series(slug);
            if (series.isEmpty()) {
                return Optional.empty();
            }
            feed = new AtomFeed.Feed(
                    AtomFeed.seriesId(slug),
                    series.get().title(l),
                    baseUrl + "/api/v1/bulletins/series/" + slug + "/feed",
                    baseUrl + "/bulletins?series=" + slug);
            since = series.get().createdAt();
        }
        record Row(UUID id, Instant first) {}
        List<Row> rows = db.list(
                "select i.id, i.published_at from bulletin_issue i join bulletin_series s on s.id = i.series_id"
                        + " where i.revision > 0 and (?::text is null or s.slug = ?)"
                        + " order by i.published_at desc, i.id limit " + FEED_SIZE,
                rs -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant()),
                slug,
                slug);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            issue(row.id(), null)
                    .ifPresent(issue -> entries.add(new AtomFeed.Entry(
                            issue,
                            row.first(),
                            pageUrl(issue.id()),
                            baseUrl + "/api/v1/bulletins/issues/" + issue.id() + "/pdf")));
        }
        entries.sort((a, b) -> b.issue().publishedAt().compareTo(a.issue().publishedAt()));
        return Optional.of(AtomFeed.render(feed, entries, since, l));
    }

    /** The SPA page of an issue. */
    public String pageUrl(UUID issueId) {
        return baseUrl + "/bulletins/issues/" + issueId;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
