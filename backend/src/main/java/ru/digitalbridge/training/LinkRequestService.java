package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;

/**
 * A learner links their own accounts: they ask for a link to a registry account, a trainer of one of their cohorts
 * (or staff) confirms or rejects it. A confirmed request becomes a row of {@code training_learner_account}, the same
 * link a trainer sets directly ({@link LearnerService#setAccounts}), so the cabinet, the training effect and
 * bulletins know one notion of link. The learner may withdraw a pending request and remove a link.
 */
@ApplicationScoped
public class LinkRequestService {
    static final String ENTITY = "training-link-request";
    private static final String SELECT = """
            select r.id, r.version, r.learner_id, l.surname, l.name, r.account_id, a.display_name, a.url, a.platform,
                   r.status, r.created_at, r.decided_at
              from training_link_request r
              join training_learner l on l.id = r.learner_id
              join registry_account_view a on a.id = r.account_id
            """;

    private final Sql db;
    private final AuditService audit;
    private final TrainingAccess access;
    private final LearnerService learners;

    LinkRequestService(Sql db, AuditService audit, TrainingAccess access, LearnerService learners) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.learners = learners;
    }

    /** The caller's own requests, newest first (404 without a learner record). */
    @Transactional
    public List<LinkRequestResponse> mine(TrainingCaller caller) {
        UUID learner = access.learnerOf(caller).orElseThrow(TrainingProblems::notALearner);
        return db.list(SELECT + " where r.learner_id = ? order by r.created_at desc, r.id", this::read, learner);
    }

    /** A learner asks to be linked to an account: 400 for an unknown account, 409 when linked or already asked. */
    @Transactional
    public LinkRequestResponse request(TrainingCaller caller, UUID accountId) {
        UUID learner = access.learnerOf(caller).orElseThrow(TrainingProblems::notALearner);
        if (!db.exists("select 1 from registry_account_view where id = ?", accountId)) {
            throw ProblemException.invalidField("accountId", "training.learner.unknown-account");
        }
        if (db.exists(
                "select 1 from training_learner_account where learner_id = ? and account_id = ?", learner, accountId)) {
            throw TrainingProblems.accountAlreadyLinked();
        }
        if (db.exists(
                "select 1 from training_link_request where learner_id = ? and account_id = ? and status = 'PENDING'",
                learner,
                accountId)) {
            throw TrainingProblems.linkAlreadyRequested();
        }
        UUID id = UUID.randomUUID();
        db.update(
                "insert into training_link_request (id, learner_id, account_id, status) values (?, ?, ?, 'PENDING')",
                id,
                learner,
                accountId);
        LinkRequestResponse created = read(id);
        audit.record(ENTITY, id, "create", null, audited(created));
        return created;
    }

    /** The learner withdraws their own pending request (another learner's: 403; decided: 409). */
    @Transactional
    public LinkRequestResponse withdraw(TrainingCaller caller, UUID id) {
        LinkRequestResponse before = read(id);
        if (access.learnerOf(caller).filter(before.learnerId()::equals).isEmpty()) {
            throw TrainingProblems.forbidden();
        }
        return settle(before, LinkRequestStatus.WITHDRAWN, "withdraw");
    }

    /** A trainer of one of the learner's cohorts, or staff, confirms (the link is made) or rejects a request. */
    @Transactional
    public LinkRequestResponse decide(TrainingCaller caller, UUID id, boolean confirm) {
        LinkRequestResponse before = read(id);
        if (!caller.staff() && !access.trainsLearner(caller, before.learnerId())) {
            throw TrainingProblems.forbidden();
        }
        if (confirm && before.status() == LinkRequestStatus.PENDING) {
            LearnerResponse learnerBefore = learners.read(before.learnerId(), false);
            db.update(
                    "insert into training_learner_account (learner_id, account_id) values (?, ?)"
                            + " on conflict do nothing",
                    before.learnerId(),
                    before.account().id());
            db.update(
                    "update training_learner set version = version + 1, updated_at = now() where id = ?",
                    before.learnerId());
            audit.record(
                    LearnerService.ENTITY,
                    before.learnerId(),
                    "accounts",
                    LearnerService.masked(learnerBefore),
                    LearnerService.masked(learners.read(before.learnerId(), false)));
        }
        return settle(
                before,
                confirm ? LinkRequestStatus.CONFIRMED : LinkRequestStatus.REJECTED,
                confirm ? "confirm" : "reject");
    }

    /** The pending requests of the learners of a cohort, oldest first: staff and the cohort's trainers. */
    @Transactional
    public List<LinkRequestResponse> pendingOfCohort(TrainingCaller caller, UUID cohortId) {
        access.requireRuns(caller, cohortId);
        return db.list(
                SELECT + " where r.status = 'PENDING' and exists (select 1 from training_enrolment e"
                        + " where e.learner_id = r.learner_id and e.cohort_id = ?) order by r.created_at, r.id",
                this::read,
                cohortId);
    }

    /** The learner removes one of their links (404 when the account is not linked to them). */
    @Transactional
    public void unlink(TrainingCaller caller, UUID accountId) {
        UUID learner = access.learnerOf(caller).orElseThrow(TrainingProblems::notALearner);
        LearnerResponse before = learners.read(learner, false);
        int removed = db.update(
                "delete from training_learner_account where learner_id = ? and account_id = ?", learner, accountId);
        if (removed == 0) {
            throw ProblemException.notFound("entity.account", accountId);
        }
        db.update("update training_learner set version = version + 1, updated_at = now() where id = ?", learner);
        audit.record(
                LearnerService.ENTITY,
                learner,
                "accounts",
                LearnerService.masked(before),
                LearnerService.masked(learners.read(learner, false)));
    }

    private LinkRequestResponse settle(LinkRequestResponse before, LinkRequestStatus status, String action) {
        if (before.status() != LinkRequestStatus.PENDING) {
            throw TrainingProblems.wrongState();
        }
        int changed = db.update(
                "update training_link_request set status = ?, decided_at = now(), version = version + 1"
                        + " where id = ? and status = 'PENDING'",
                status.name(),
                before.id());
        if (changed == 0) {
            throw TrainingProblems.wrongState();
        }
        LinkRequestResponse after = read(before.id());
        audit.record(ENTITY, before.id(), action, audited(before), audited(after));
        return after;
    }

    private LinkRequestResponse read(UUID id) {
        return db.one(SELECT + " where r.id = ?", this::read, id)
                .orElseThrow(() -> ProblemException.notFound("entity.training-link-request", id));
    }

    /** What the audit log keeps: ids and the status, no personal data. */
    private static Map<String, Object> audited(LinkRequestResponse request) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("learnerId", request.learnerId());
        view.put("accountId", request.account().id());
        view.put("status", request.status());
        return view;
    }

    private LinkRequestResponse read(ResultSet rs) throws SQLException {
        return new LinkRequestResponse(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getObject("learner_id", UUID.class),
                rs.getString("surname") + " " + rs.getString("name"),
                new LearnerResponse.AccountRef(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("url"),
                        rs.getString("platform")),
                LinkRequestStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class));
    }
}
