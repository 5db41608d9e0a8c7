package ru.digitalbridge.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.bulletin.BulletinViews.BlockView;
import ru.digitalbridge.bulletin.BulletinViews.IssueResponse;
import ru.digitalbridge.bulletin.BulletinViews.IssueSummary;
import ru.digitalbridge.bulletin.BulletinViews.RevisionSummary;
import ru.digitalbridge.bulletin.BulletinViews.SectionResponse;
import ru.digitalbridge.bulletin.BulletinViews.SeriesResponse;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/** The reads of the bulletin API: series, lists, published revisions, personal sections. */
@ApplicationScoped
public class BulletinReads {
    private static final String SUMMARY = "select i.id, s.slug, s.title_ru, s.title_en, i.number, i.title,"
            + " i.period_from, i.period_to, i.status, i.revision, i.published_at, i.campaign_id, i.version, i.language"
            + " from bulletin_issue i join bulletin_series s on s.id = i.series_id";

    private final Sql db;
    private final BulletinIssues issues;
    private final Instance<BlockHtml> renderers;

    BulletinReads(Sql db, BulletinIssues issues, Instance<BlockHtml> renderers) {
        this.db = db;
        this.issues = issues;
        this.renderers = renderers;
    }

    public List<SeriesResponse> series(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return db.list(
                "select s.slug, s.title_ru, s.title_en, s.description_ru, s.description_en,"
                        + " (select count(*) from bulletin_issue i where i.series_id = s.id and i.revision > 0)"
                        + " from bulletin_series s order by s.created_at, s.slug",
                rs -> new SeriesResponse(
                        rs.getString(1), rs.getString(en ? 3 : 2), rs.getString(en ? 5 : 4), rs.getInt(6)),
                (Object[]) new Object[0]);
    }

    /** Issues of a series (or all), newest first; published ones unless {@code status} names another state. */
    public PageResponse<IssueSummary> list(String series, IssueStatus status, PageQuery page, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (series != null) {
            where.append(" and s.slug = ?");
            params.add(series);
        }
        if (status == null || status == IssueStatus.PUBLISHED) {
            where.append(" and i.revision > 0");
        } else {
            where.append(" and i.status = ?");
            params.add(status);
        }
        long total = db.count(
                "select count(*) from bulletin_issue i join bulletin_series s on s.id = i.series_id" + where,
                params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size);
        paged.add(page.offset());
        List<IssueSummary> items = db.list(
                SUMMARY + where + " order by coalesce(i.published_at, i.created_at) desc, s.slug, i.number desc"
                        + " limit ? offset ?",
                rs -> new IssueSummary(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(en ? 4 : 3),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        IssueStatus.valueOf(rs.getString(9)),
                        rs.getInt(10),
                        rs.getObject(11, OffsetDateTime.class),
                        rs.getObject(12, UUID.class),
                        rs.getLong(13),
                        rs.getString(14)),
                paged.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    /**
     * A published revision ({@code revision} null: the latest); empty when not published or no such revision. The
     * blocks are rendered in the issue's language; only the series title (the archive's chrome) follows
     * {@code locale}.
     */
    public Optional<IssueResponse> issue(UUID id, Integer revision, Locale locale) {
        Optional<PublishedIssue> found = revision == null ? issues.latest(id) : issues.published(id, revision);
        return found.map(p -> response(p, locale));
    }

    /** A series' title in the language asked for; the slug when there is no such series. */
    public String seriesTitle(String slug, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return db.one(
                        "select title_ru, title_en from bulletin_series where slug = ?",
                        rs -> rs.getString(en ? 2 : 1),
                        slug)
                .orElse(slug);
    }

    /** The stable address: series slug and number. */
    public Optional<UUID> idOf(String series, int number) {
        return db.one(
                "select i.id from bulletin_issue i join bulletin_series s on s.id = i.series_id"
                        + " where s.slug = ? and i.number = ? and i.revision > 0",
                rs -> rs.getObject(1, UUID.class),
                series,
                number);
    }

    private IssueResponse response(PublishedIssue p, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        record Head(int latest, OffsetDateTime first, UUID campaign, String seriesTitle) {}
        Head head = db.one(
                        "select i.revision, i.published_at, i.campaign_id, s.title_ru, s.title_en"
                                + " from bulletin_issue i join bulletin_series s on s.id = i.series_id where i.id = ?",
                        rs -> new Head(
                                rs.getInt(1),
                                rs.getObject(2, OffsetDateTime.class),
                                rs.getObject(3, UUID.class),
                                rs.getString(en ? 5 : 4)),
                        p.id())
                .orElseThrow();
        List<RevisionSummary> revisions = db.list(
                "select revision, published_at, note from bulletin_issue_revision where issue_id = ? order by revision",
                rs -> new RevisionSummary(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)),
                p.id());
        RevisionSummary current = revisions.stream()
                .filter(r -> r.revision() == p.revision())
                .findFirst()
                .orElseThrow();
        return new IssueResponse(
                p.id(),
                p.seriesSlug(),
                head.seriesTitle(),
                p.number(),
                p.revision(),
                p.revision() == head.latest(),
                p.title(),
                p.periodFrom(),
                p.periodTo(),
                current.publishedAt(),
                head.first(),
                current.note(),
                head.campaign(),
                revisions,
                blocks(p.document(), p.locale()),
                p.language());
    }

    /**
     * Personal sections of the latest revision of every published issue for these organisations, newest first. A
     * section is part of its issue: rendered in the issue's language, whoever reads it.
     */
    public List<SectionResponse> sections(List<UUID> organizations, UUID issueId) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        record Key(UUID issue, int revision) {}
        List<Key> keys = db.list(
                "select distinct i.id, i.revision, i.published_at from bulletin_issue i"
                        + " join bulletin_personal_section p on p.issue_id = i.id and p.revision = i.revision"
                        + " where i.revision > 0 and p.organization_id = any(?) and (?::uuid is null or i.id = ?)"
                        + " order by i.published_at desc, i.id",
                rs -> new Key(rs.getObject(1, UUID.class), rs.getInt(2)),
                Sql.uuids(organizations),
                issueId,
                issueId);
        List<SectionResponse> out = new ArrayList<>();
        for (Key key : keys) {
            PublishedIssue issue = issues.published(key.issue(), key.revision()).orElseThrow();
            for (UUID organization : organizations) {
                issues.section(key.issue(), key.revision(), organization)
                        .ifPresent(s -> out.add(new SectionResponse(
                                issue.id(),
                                issue.seriesSlug(),
                                issue.number(),
                                issue.title(),
                                issue.revision(),
                                OffsetDateTime.ofInstant(issue.publishedAt(), java.time.ZoneOffset.UTC),
                                s.organizationId(),
                                s.organizationName(),
                                blocks(s.document(), issue.locale()),
                                issue.language())));
            }
        }
        return out;
    }

    /** Every organisation with a section in the latest revision of an issue (editors' view). */
    public List<UUID> organizationsWithSections(UUID issueId) {
        return db.list(
                "select p.organization_id from bulletin_personal_section p join bulletin_issue i on i.id = p.issue_id"
                        + " and i.revision = p.revision where i.id = ?",
                rs -> rs.getObject(1, UUID.class),
                issueId);
    }

    List<BlockView> blocks(BulletinDocument document, Locale locale) {
        BlockHtml renderer = renderers.isResolvable() ? renderers.get() : null;
        return document.blocks().stream()
                .map(b -> new BlockView(
                        b.id(),
                        b.kind(),
                        b.title(),
                        b.markdown(),
                        renderer == null ? null : renderer.html(b, locale),
                        b.data()))
                .toList();
    }
}
