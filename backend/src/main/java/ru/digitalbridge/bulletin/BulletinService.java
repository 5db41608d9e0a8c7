package ru.digitalbridge.bulletin;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.bulletin.BulletinRequests.BlockRequest;
import ru.digitalbridge.bulletin.BulletinRequests.CorrectionRequest;
import ru.digitalbridge.bulletin.BulletinRequests.CreateIssueRequest;
import ru.digitalbridge.bulletin.BulletinRequests.DraftRequest;
import ru.digitalbridge.bulletin.BulletinViews.Allowed;
import ru.digitalbridge.bulletin.BulletinViews.DraftResponse;
import ru.digitalbridge.bulletin.BulletinViews.Person;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.outbox.Outbox;

/**
 * The editorial workflow of an issue: a draft edited by its editors, submitted to its reviewer, returned with a
 * comment or published by the reviewer (four eyes: the reviewer is never one of the editors), then corrected only by
 * new revisions with a note. Every change is audited; publication and corrections write the outbox event
 * {@code bulletin.issue.published} in the same transaction.
 */
@ApplicationScoped
public class BulletinService {
    static final String ENTITY = "bulletin-issue";
    /** Personal sections written per statement at publication. */
    static final int SECTION_BATCH = 100;
    /**
     * A publication writes a personal section per evaluated organisation in its one transaction: thousands for a
     * regional campaign, more than the default 60 s on a busy server.
     */
    static final int PUBLISH_TIMEOUT_SECONDS = 600;

    private static final String SELECT = "select i.id, s.slug, i.number, i.title, i.period_from, i.period_to,"
            + " i.status, i.campaign_id, i.snapshot_id, i.editors, i.reviewer_id, i.version, i.revision,"
            + " i.return_comment, i.created_at, i.updated_at, i.published_at, i.document, i.series_id, i.language"
            + " from bulletin_issue i join bulletin_series s on s.id = i.series_id";

    /** An issue row as the workflow reads it. */
    record Issue(
            UUID id,
            String series,
            int number,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            IssueStatus status,
            UUID campaignId,
            UUID snapshotId,
            List<UUID> editors,
            UUID reviewerId,
            long version,
            int revision,
            String returnComment,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime publishedAt,
            BulletinDocument document,
            UUID seriesId,
            String language) {}

    private final Sql db;
    private final BulletinIssues issues;
    private final BulletinCompiler compiler;
    private final AuditService audit;
    private final Outbox outbox;
    private final BulletinReads reads;

    BulletinService(
            Sql db,
            BulletinIssues issues,
            BulletinCompiler compiler,
            AuditService audit,
            Outbox outbox,
            BulletinReads reads) {
        this.reads = reads;
        this.db = db;
        this.issues = issues;
        this.compiler = compiler;
        this.audit = audit;
        this.outbox = outbox;
    }

    // ---- reads ----

    Optional<Issue> find(UUID id) {
        return db.one(SELECT + " where i.id = ?", this::issue, id);
    }

    Issue get(UUID id) {
        return find(id).orElseThrow(() -> BulletinProblems.issueNotFound(id));
    }

    /** The draft view of an issue; staff only (the resource checks the role). */
    @Transactional
    public DraftResponse draft(BulletinCaller caller, UUID id) {
        return view(caller, get(id));
    }

    // ---- create ----

    @Transactional
    public DraftResponse create(BulletinCaller caller, CreateIssueRequest request) {
        List<Violation> violations = new ArrayList<>();
        UUID seriesId = db.one(
                        "select id from bulletin_series where slug = ? for update",
                        rs -> rs.getObject(1, UUID.class),
                        request.series().strip())
                .orElse(null);
        if (seriesId == null) {
            violations.add(new Violation("series", "{bulletin.unknown-series}"));
        }
        period(request.periodFrom(), request.periodTo(), violations);
        UUID snapshot = null;
        if (request.campaignId() != null) {
            snapshot = latestSnapshot(request.campaignId()).orElse(null);
            if (snapshot == null) {
                violations.add(new Violation("campaignId", "{bulletin.campaign-not-published}"));
            }
        }
        Set<UUID> editors = new LinkedHashSet<>();
        if (caller.userId() != null) {
            editors.add(caller.userId());
        }
        if (request.editors() != null) {
            editors.addAll(request.editors());
        }
        people(editors, request.reviewerId(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        int number =
                (int) db.count("select coalesce(max(number), 0) from bulletin_issue where series_id = ?", seriesId) + 1;
        String language = request.language() == null ? "ru" : request.language();
        BulletinDocument document = BulletinDocument.EMPTY;
        if (snapshot != null) {
            document = compiler.document(request.campaignId(), snapshot, language);
        }
        UUID id = UUID.randomUUID();
        db.update(
                "insert into bulletin_issue (id, series_id, number, title, period_from, period_to, campaign_id,"
                        + " snapshot_id, editors, reviewer_id, created_by, document, language)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)",
                id,
                seriesId,
                number,
                request.title().strip(),
                request.periodFrom(),
                request.periodTo(),
                request.campaignId(),
                snapshot,
                Sql.uuids(editors),
                request.reviewerId(),
                caller.userId(),
                issues.text(document),
                language);
        Issue created = get(id);
        audit.record(ENTITY, id, "create", null, summary(created));
        return view(caller, created);
    }

    /**
     * Compiles, completes with {@code articles}, submits and publishes an issue in one transaction, as the editor and
     * then the reviewer named (both active coordinators or administrators, not the same person): what the demo does.
     * Returns the issue's id.
     */
    @Transactional
    @TransactionConfiguration(timeout = PUBLISH_TIMEOUT_SECONDS)
    public UUID publishCompiled(
            UUID editorId,
            UUID reviewerId,
            String series,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            UUID campaignId,
            List<Block> articles) {
        BulletinCaller editor = new BulletinCaller(editorId, true, false);
        BulletinCaller reviewer = new BulletinCaller(reviewerId, true, false);
        DraftResponse draft = create(
                editor,
                new CreateIssueRequest(series, title, periodFrom, periodTo, campaignId, reviewerId, List.of(), null));
        List<BlockRequest> blocks = new ArrayList<>();
        draft.blocks().forEach(b -> blocks.add(new BlockRequest(b.id(), b.kind(), b.title(), b.markdown(), null)));
        articles.forEach(a -> blocks.add(new BlockRequest(a.id(), BlockKind.ARTICLE, a.title(), a.markdown(), null)));
        draft = update(
                editor,
                draft.id(),
                new DraftRequest(draft.version(), title, periodFrom, periodTo, reviewerId, null, blocks));
        draft = submit(editor, draft.id(), draft.version());
        return published(reviewer, draft.id(), draft.version()).id();
    }

    // ---- edit ----

    @Transactional
    public DraftResponse update(BulletinCaller caller, UUID id, DraftRequest request) {
        Issue before = lock(id);
        requireEditor(caller, before);
        requireDraft(before);
        version(before, request.version());
        List<Violation> violations = new ArrayList<>();
        period(request.periodFrom(), request.periodTo(), violations);
        List<UUID> editors = request.editors() == null ? before.editors() : new ArrayList<>(request.editors());
        if (request.editors() != null && editors.isEmpty()) {
            violations.add(new Violation("editors", "{bulletin.editors-required}"));
        }
        people(new LinkedHashSet<>(editors), request.reviewerId(), violations);
        BulletinDocument document = blocks(before.document(), request.blocks(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        db.update(
                "update bulletin_issue set title = ?, period_from = ?, period_to = ?, reviewer_id = ?, editors = ?,"
                        + " document = ?::jsonb, version = version + 1, updated_at = now() where id = ?",
                request.title().strip(),
                request.periodFrom(),
                request.periodTo(),
                request.reviewerId(),
                Sql.uuids(new LinkedHashSet<>(editors)),
                issues.text(document),
                id);
        Issue after = get(id);
        audit.record(ENTITY, id, "update", summary(before), summary(after));
        return view(caller, after);
    }

    @Transactional
    public DraftResponse compile(BulletinCaller caller, UUID id, long version, UUID campaignId) {
        Issue before = lock(id);
        requireEditor(caller, before);
        requireDraft(before);
        version(before, version);
        UUID campaign = campaignId != null ? campaignId : before.campaignId();
        if (campaign == null) {
            throw ProblemException.invalidField("campaignId", "bulletin.campaign-required");
        }
        UUID snapshot = latestSnapshot(campaign)
                .orElseThrow(() -> ProblemException.invalidField("campaignId", "bulletin.campaign-not-published"));
        BulletinDocument compiled = compiler.document(campaign, snapshot, before.language());
        // the editors' articles stay, after the compiled blocks
        List<Block> blocks = new ArrayList<>(compiled.blocks());
        Set<String> ids = new HashSet<>();
        blocks.forEach(b -> ids.add(b.id()));
        for (Block block : before.document().blocks()) {
            if (block.kind() == BlockKind.ARTICLE && ids.add(block.id())) {
                blocks.add(block);
            }
        }
        db.update(
                "update bulletin_issue set campaign_id = ?, snapshot_id = ?, document = ?::jsonb,"
                        + " version = version + 1, updated_at = now() where id = ?",
                campaign,
                snapshot,
                issues.text(new BulletinDocument(blocks)),
                id);
        Issue after = get(id);
        audit.record(ENTITY, id, "compile", summary(before), summary(after));
        return view(caller, after);
    }

    // ---- workflow ----

    @Transactional
    public DraftResponse submit(BulletinCaller caller, UUID id, long version) {
        Issue before = lock(id);
        requireEditor(caller, before);
        requireDraft(before);
        version(before, version);
        if (before.reviewerId() == null) {
            throw BulletinProblems.noReviewer();
        }
        return transition(caller, before, IssueStatus.REVIEW, null, "submit");
    }

    @Transactional
    public DraftResponse returnToDraft(BulletinCaller caller, UUID id, long version, String comment) {
        Issue before = lock(id);
        requireReviewer(caller, before);
        if (before.status() != IssueStatus.REVIEW) {
            throw before.status() == IssueStatus.PUBLISHED
                    ? BulletinProblems.immutable()
                    : BulletinProblems.wrongStatus(before.status());
        }
        version(before, version);
        return transition(caller, before, IssueStatus.DRAFT, comment.strip(), "return");
    }

    @Transactional
    @TransactionConfiguration(timeout = PUBLISH_TIMEOUT_SECONDS)
    public DraftResponse publish(BulletinCaller caller, UUID id, long version) {
        return published(caller, id, version);
    }

    /** {@link #publish}'s work, for callers already in a transaction (a timeout can only be set where one starts). */
    private DraftResponse published(BulletinCaller caller, UUID id, long version) {
        Issue before = lock(id);
        requireReviewer(caller, before);
        if (before.status() != IssueStatus.REVIEW) {
            throw before.status() == IssueStatus.PUBLISHED
                    ? BulletinProblems.immutable()
                    : BulletinProblems.wrongStatus(before.status());
        }
        version(before, version);
        writeRevision(caller, before, 1, before.title(), before.document(), null);
        if (before.campaignId() != null && before.snapshotId() != null) {
            writeSections(id, before.campaignId(), before.snapshotId(), before.language());
        }
        db.update(
                "update bulletin_issue set status = 'PUBLISHED', revision = 1, published_at = now(),"
                        + " return_comment = null, version = version + 1, updated_at = now() where id = ?",
                id);
        Issue after = get(id);
        audit.record(ENTITY, id, "publish", summary(before), summary(after));
        return view(caller, after);
    }

    /**
     * Writes the personal sections of a publication as the compiler builds them, {@value #SECTION_BATCH} rows per
     * statement, so that memory stays flat however many organisations the campaign covers (a scale-10 demo campaign has
     * thousands of sections).
     */
    private void writeSections(UUID id, UUID campaignId, UUID snapshotId, String language) {
        String insert = "insert into bulletin_personal_section (issue_id, revision, organization_id, document)"
                + " values (?, ?, ?, cast(convert_from(?, 'UTF8') as jsonb))";
        List<Object[]> rows = new ArrayList<>(SECTION_BATCH);
        compiler.sections(campaignId, snapshotId, language, (organization, section) -> {
            // UTF-8 bytes: half the size of the (mostly Cyrillic) text as a Java string, and not encoded again
            rows.add(new Object[] {id, 1, organization, issues.bytes(section)});
            if (rows.size() == SECTION_BATCH) {
                db.batch(insert, rows);
                rows.clear();
            }
        });
        if (!rows.isEmpty()) {
            db.batch(insert, rows);
        }
    }

    @Transactional
    public DraftResponse correct(BulletinCaller caller, UUID id, CorrectionRequest request) {
        Issue before = lock(id);
        if (!(editor(caller, before) || reviewer(caller, before))) {
            throw BulletinProblems.forbidden();
        }
        if (before.status() != IssueStatus.PUBLISHED) {
            throw BulletinProblems.wrongStatus(before.status());
        }
        version(before, request.version());
        List<Violation> violations = new ArrayList<>();
        BulletinDocument document = blocks(before.document(), request.blocks(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        String title = request.title() == null || request.title().isBlank()
                ? before.title()
                : request.title().strip();
        int revision = before.revision() + 1;
        writeRevision(caller, before, revision, title, document, request.note().strip());
        // personal sections are frozen with the publication: a correction of the public text carries them over
        db.update(
                "insert into bulletin_personal_section (issue_id, revision, organization_id, document)"
                        + " select issue_id, ?, organization_id, document from bulletin_personal_section"
                        + " where issue_id = ? and revision = ?",
                revision,
                id,
                before.revision());
        db.update(
                "update bulletin_issue set title = ?, document = ?::jsonb, revision = ?, version = version + 1,"
                        + " updated_at = now() where id = ?",
                title,
                issues.text(document),
                revision,
                id);
        Issue after = get(id);
        audit.record(ENTITY, id, "correct", summary(before), summary(after));
        return view(caller, after);
    }

    private void writeRevision(
            BulletinCaller caller, Issue issue, int revision, String title, BulletinDocument document, String note) {
        db.update(
                "insert into bulletin_issue_revision (issue_id, revision, title, document, note, published_by)"
                        + " values (?, ?, ?, ?::jsonb, ?, ?)",
                issue.id(),
                revision,
                title,
                issues.text(document),
                note,
                caller.userId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("issueId", issue.id());
        payload.put("revision", revision);
        payload.put("series", issue.series());
        payload.put("number", issue.number());
        payload.put("link", "/api/v1/bulletins/issues/" + issue.id() + "/revisions/" + revision);
        outbox.publish(EventTypes.BULLETIN_ISSUE_PUBLISHED, ENTITY, issue.id(), payload);
    }

    private DraftResponse transition(
            BulletinCaller caller, Issue before, IssueStatus to, String comment, String action) {
        db.update(
                "update bulletin_issue set status = ?, return_comment = ?, version = version + 1,"
                        + " updated_at = now() where id = ?",
                to,
                comment,
                before.id());
        Issue after = get(before.id());
        audit.record(ENTITY, before.id(), action, summary(before), summary(after));
        return view(caller, after);
    }

    // ---- rules ----

    private Issue lock(UUID id) {
        return db.one(SELECT + " where i.id = ? for update of i", this::issue, id)
                .orElseThrow(() -> BulletinProblems.issueNotFound(id));
    }

    static boolean editor(BulletinCaller caller, Issue issue) {
        if (!caller.staff()) {
            return false;
        }
        return caller.admin() || caller.machine() || issue.editors().contains(caller.userId());
    }

    static boolean reviewer(BulletinCaller caller, Issue issue) {
        return caller.staff() && caller.userId() != null && caller.userId().equals(issue.reviewerId());
    }

    private static void requireEditor(BulletinCaller caller, Issue issue) {
        if (!editor(caller, issue)) {
            throw BulletinProblems.forbidden();
        }
    }

    private static void requireReviewer(BulletinCaller caller, Issue issue) {
        if (!reviewer(caller, issue)) {
            throw BulletinProblems.forbidden();
        }
    }

    private static void requireDraft(Issue issue) {
        if (issue.status() == IssueStatus.PUBLISHED) {
            throw BulletinProblems.immutable();
        }
        if (issue.status() != IssueStatus.DRAFT) {
            throw BulletinProblems.wrongStatus(issue.status());
        }
    }

    private static void version(Issue issue, Long version) {
        if (version == null || issue.version() != version) {
            throw BulletinProblems.staleVersion();
        }
    }

    private static void period(LocalDate from, LocalDate to, List<Violation> violations) {
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("periodTo", "{bulletin.period-order}"));
        }
    }

    /** Editors and reviewer must be active coordinators or administrators; the reviewer is not an editor. */
    private void people(Set<UUID> editors, UUID reviewer, List<Violation> violations) {
        Set<UUID> all = new HashSet<>(editors);
        if (reviewer != null) {
            all.add(reviewer);
        }
        Set<UUID> staff = new HashSet<>(db.list(
                "select id from security_user_view where id = any(?) and active"
                        + " and ('COORDINATOR' = any(roles) or 'ADMIN' = any(roles))",
                rs -> rs.getObject(1, UUID.class),
                (Object) Sql.uuids(all)));
        if (!staff.containsAll(editors)) {
            violations.add(new Violation("editors", "{bulletin.not-staff}"));
        }
        if (reviewer != null && !staff.contains(reviewer)) {
            violations.add(new Violation("reviewerId", "{bulletin.not-staff}"));
        } else if (reviewer != null && editors.contains(reviewer)) {
            violations.add(new Violation("reviewerId", "{bulletin.reviewer-is-editor}"));
        }
    }

    /**
     * The document an editor sends, checked against the current one: unique block ids, no personal kinds, compiled
     * blocks only those already there (they keep the compiler's data), new blocks only articles.
     */
    private static BulletinDocument blocks(
            BulletinDocument current, List<BlockRequest> requested, List<Violation> violations) {
        Map<String, Block> existing = new HashMap<>();
        for (Block block : current.blocks()) {
            existing.put(block.id(), block);
        }
        Set<String> seen = new HashSet<>();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            BlockRequest block = requested.get(i);
            String field = "blocks[" + i + "]";
            if (!seen.add(block.id())) {
                violations.add(new Violation(field + ".id", "{bulletin.block-duplicate}"));
                continue;
            }
            if (block.kind().personal()) {
                violations.add(new Violation(field + ".kind", "{bulletin.block-personal}"));
                continue;
            }
            Map<String, Object> data = Map.of();
            if (block.kind() != BlockKind.ARTICLE) {
                Block known = existing.get(block.id());
                if (known == null || known.kind() != block.kind()) {
                    violations.add(new Violation(field + ".kind", "{bulletin.block-not-compiled}"));
                    continue;
                }
                data = known.data();
            }
            blocks.add(new Block(
                    block.id(),
                    block.kind(),
                    block.title() == null ? "" : block.title().strip(),
                    block.markdown() == null ? "" : block.markdown(),
                    data));
        }
        return new BulletinDocument(blocks);
    }

    private Optional<UUID> latestSnapshot(UUID campaignId) {
        return db.one(
                "select id from rating_published_snapshot_view where campaign_id = ? order by revision desc limit 1",
                rs -> rs.getObject(1, UUID.class),
                campaignId);
    }

    // ---- views ----

    /** The editable state; its blocks rendered in the issue's language, as readers will get them. */
    DraftResponse view(BulletinCaller caller, Issue issue) {
        Set<UUID> ids = new HashSet<>(issue.editors());
        if (issue.reviewerId() != null) {
            ids.add(issue.reviewerId());
        }
        Map<UUID, String> names = new HashMap<>();
        db.list(
                        "select id, full_name from security_user_view where id = any(?)",
                        rs -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)),
                        (Object) Sql.uuids(ids))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        List<Person> editors = issue.editors().stream()
                .map(e -> new Person(e, names.getOrDefault(e, "")))
                .toList();
        Person reviewer = issue.reviewerId() == null
                ? null
                : new Person(issue.reviewerId(), names.getOrDefault(issue.reviewerId(), ""));
        boolean editor = editor(caller, issue);
        boolean reviewing = reviewer(caller, issue);
        Allowed allowed = new Allowed(
                editor && issue.status() == IssueStatus.DRAFT,
                editor && issue.status() == IssueStatus.DRAFT && issue.reviewerId() != null,
                reviewing && issue.status() == IssueStatus.REVIEW,
                reviewing && issue.status() == IssueStatus.REVIEW,
                (editor || reviewing) && issue.status() == IssueStatus.PUBLISHED);
        return new DraftResponse(
                issue.id(),
                issue.series(),
                issue.number(),
                issue.title(),
                issue.periodFrom(),
                issue.periodTo(),
                issue.status(),
                issue.language(),
                issue.campaignId(),
                issue.snapshotId(),
                editors,
                reviewer,
                issue.version(),
                issue.revision(),
                issue.returnComment(),
                issue.createdAt(),
                issue.updatedAt(),
                issue.publishedAt(),
                allowed,
                reads.blocks(issue.document(), PublishedIssue.locale(issue.language())));
    }

    private static Map<String, Object> summary(Issue issue) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", issue.status());
        summary.put("title", issue.title());
        summary.put("version", issue.version());
        summary.put("revision", issue.revision());
        summary.put("blocks", issue.document().blocks().size());
        summary.put("reviewerId", issue.reviewerId());
        return summary;
    }

    private Issue issue(ResultSet rs) throws SQLException {
        Array editors = rs.getArray("editors");
        List<UUID> editorIds = new ArrayList<>();
        if (editors != null) {
            for (Object o : (Object[]) editors.getArray()) {
                editorIds.add((UUID) o);
            }
        }
        return new Issue(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                IssueStatus.valueOf(rs.getString("status")),
                rs.getObject("campaign_id", UUID.class),
                rs.getObject("snapshot_id", UUID.class),
                List.copyOf(editorIds),
                rs.getObject("reviewer_id", UUID.class),
                rs.getLong("version"),
                rs.getInt("revision"),
                rs.getString("return_comment"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class),
                issues.document(rs.getString("document")),
                rs.getObject("series_id", UUID.class),
                rs.getString("language"));
    }
}
