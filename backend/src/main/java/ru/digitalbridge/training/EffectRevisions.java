package ru.digitalbridge.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.monitoring.campaigns.CampaignPublished;
import ru.digitalbridge.monitoring.evaluations.EvaluationCorrected;
import ru.digitalbridge.training.EffectFigures.Line;
import ru.digitalbridge.training.TrainingEffect.AccountRow;
import ru.digitalbridge.training.TrainingEffect.Computation;

/**
 * The published training effect, frozen (docs/training.md, "Training effect: revisions"). What is published is frozen:
 * revision 1 of a campaign's figures is taken when the campaign is published, in the publishing transaction; the next
 * revision when a coordinator recomputes them with a reason (training records changed: a completion recorded late, a
 * learner linked to another account) or when one of the campaign's published evaluations is corrected (the
 * correction's reason). Each revision stores the computation it was taken from — the figures and the account rows, the
 * same public data the open-data files show — and a changelog against the previous revision. The public API and the
 * open data serve revisions only, so a published number stays recomputable from published data whatever the registry
 * and the training records later say.
 */
@ApplicationScoped
public class EffectRevisions {
    private final Sql db;
    private final ObjectMapper json;
    private final TrainingEffect effect;
    private final AuditService audit;

    EffectRevisions(Sql db, ObjectMapper json, TrainingEffect effect, AuditService audit) {
        this.db = db;
        this.json = json;
        this.effect = effect;
        this.audit = audit;
    }

    /** Why a revision was taken. */
    public enum Cause {
        PUBLICATION,
        RECOMPUTE,
        CORRECTION
    }

    /** A stored revision: its number, when and why it was taken, and the computation it froze. */
    public record Revision(
            UUID id, int revision, OffsetDateTime createdAt, Cause cause, String reason, Computation computation) {
        /** The figures, labelled with the revision. */
        public EffectFigures figures() {
            return computation.figures().asRevision(revision, createdAt, reason);
        }
    }

    /** What a revision changed against the previous one (the changelog entry). */
    @Schema(name = "TrainingEffectChanges")
    public record Changes(
            @Schema(description = "Figures whose count or value differ from the previous revision")
            List<FigureChange> figures,

            @Schema(description = "Accounts whose group, course month or evaluation differ from the previous revision")
            List<AccountChange> accounts) {
        static final Changes NONE = new Changes(List.of(), List.of());
    }

    /** One figure before and after. */
    @Schema(name = "TrainingEffectFigureChange")
    public record FigureChange(
            String comparison,
            String group,
            String measure,
            @Schema(nullable = true) String criterionCode,

            @Schema(nullable = true, description = "Count in the previous revision (absent: no such figure)")
            Integer nBefore,

            @Schema(nullable = true) Integer nAfter,
            @Schema(nullable = true) BigDecimal valueBefore,
            @Schema(nullable = true) BigDecimal valueAfter) {}

    /** One account (public registry data) whose standing or evaluation moved. */
    @Schema(name = "TrainingEffectAccountChange")
    public record AccountChange(
            UUID accountId,
            String accountName,

            @Schema(nullable = true, description = "Its group in the previous revision (absent: not listed)")
            String standingBefore,

            @Schema(nullable = true, description = "Its group now (absent: no longer listed)")
            String standingAfter,

            @Schema(nullable = true) String courseMonthBefore,
            @Schema(nullable = true) String courseMonthAfter) {}

    /** A revision as the changelog lists it. */
    @Schema(name = "TrainingEffectRevision")
    public record RevisionSummary(
            UUID campaignId,
            int revision,
            OffsetDateTime createdAt,

            @Schema(
                    description =
                            "PUBLICATION (revision 1), RECOMPUTE (by a coordinator) or CORRECTION (of an evaluation)")
            Cause cause,

            @Schema(nullable = true, description = "Why it was taken; empty for the first")
            String reason,

            Changes changes) {}

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes CampaignPublished event) {
        if (latest(event.campaignId()).isEmpty()) {
            take(effect.atPublication(event.campaignId()), Cause.PUBLICATION, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onCorrected(@Observes EvaluationCorrected event) {
        if (effect.campaign(event.campaignId()).isEmpty()) {
            return;
        }
        if (latest(event.campaignId()).isEmpty()) {
            current(event.campaignId()); // published before revisions existed: its first revision, as it is now
        } else {
            take(effect.compute(event.campaignId()), Cause.CORRECTION, event.reason());
        }
    }

    /** The latest revision's figures of a published campaign; 404 problem for any other. */
    public EffectFigures forCampaign(UUID campaignId) {
        Optional<EffectFigures> figures = latestFigures(campaignId);
        if (figures.isPresent()) {
            return figures.get();
        }
        insert(effect.compute(campaignId), 1, Cause.PUBLICATION, null, Changes.NONE);
        return latestFigures(campaignId).orElseThrow();
    }

    /**
     * {@link #forCampaign}'s figures read alone from the latest revision: what {@code current(campaignId).figures()}
     * gives, without reading and parsing the stored account rows (thousands in a large campaign) beside them.
     */
    private Optional<EffectFigures> latestFigures(UUID campaignId) {
        return db.one(
                "select revision, created_at, reason, (computation -> 'figures')::text from training_effect_revision"
                        + " where campaign_id = ? order by revision desc limit 1",
                rs -> readJson(rs.getString(4), EffectFigures.class)
                        .asRevision(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)),
                campaignId);
    }

    /**
     * The latest revision of a published campaign (404 problem for any other). A campaign published before revisions
     * existed gets its revision 1 here, once (concurrent first reads agree on one).
     */
    public Revision current(UUID campaignId) {
        Optional<Revision> latest = latest(campaignId);
        if (latest.isPresent()) {
            return latest.get();
        }
        Computation computation = effect.compute(campaignId);
        insert(computation, 1, Cause.PUBLICATION, null, Changes.NONE);
        return latest(campaignId).orElseThrow();
    }

    /** One revision of a published campaign; 404 problem when there is none such. */
    public Revision revision(UUID campaignId, int revision) {
        current(campaignId);
        return db.one(SELECT + " where campaign_id = ? and revision = ?", this::read, campaignId, revision)
                .orElseThrow(() -> ProblemException.notFound("entity.training-effect-revision", revision));
    }

    /** Every revision of a published campaign, newest first, with its changelog. */
    public List<RevisionSummary> revisions(UUID campaignId) {
        current(campaignId);
        return db.list(
                """
                select campaign_id, revision, created_at, cause, reason, changes::text
                  from training_effect_revision where campaign_id = ? order by revision desc
                """,
                rs -> new RevisionSummary(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class),
                        Cause.valueOf(rs.getString(4)),
                        rs.getString(5),
                        readJson(rs.getString(6), Changes.class)),
                campaignId);
    }

    /** The latest revision of every published campaign, newest period first. */
    public List<Revision> currentOfAll() {
        return effect.campaigns().stream().map(c -> current(c.id())).toList();
    }

    /** A coordinator's recompute: the next revision from the data as it is now, with the reason; audited. */
    @Transactional
    public RevisionSummary recompute(UUID campaignId, String reason) {
        Revision previous = current(campaignId);
        Revision taken = take(effect.compute(campaignId), Cause.RECOMPUTE, reason);
        audit.record(
                "training-effect",
                campaignId,
                "recompute",
                Map.of("revision", previous.revision()),
                Map.of("revision", taken.revision(), "reason", reason));
        return revisions(campaignId).stream()
                .filter(r -> r.revision() == taken.revision())
                .findFirst()
                .orElseThrow();
    }

    private Revision take(Computation computation, Cause cause, String reason) {
        UUID campaignId = computation.campaign().id();
        db.one("select id from campaign where id = ? for update", rs -> rs.getObject(1, UUID.class), campaignId);
        Optional<Revision> previous = latest(campaignId);
        int number = previous.map(r -> r.revision() + 1).orElse(1);
        Changes changes =
                previous.map(p -> changes(p.computation(), computation)).orElse(Changes.NONE);
        insert(computation, number, cause, reason, changes);
        return latest(campaignId).orElseThrow();
    }

    private void insert(Computation computation, int number, Cause cause, String reason, Changes changes) {
        db.update(
                """
                insert into training_effect_revision (id, campaign_id, revision, cause, reason, changes, computation)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(convert_from(?, 'UTF8') as jsonb))
                on conflict (campaign_id, revision) do nothing
                """,
                UUID.randomUUID(),
                computation.campaign().id(),
                number,
                cause.name(),
                reason,
                writeJson(changes),
                // UTF-8 bytes, not a string: a large campaign's computation is megabytes of (Cyrillic) text, which
                // as a Java string takes twice the space and is encoded again by the driver
                writeBytes(computation));
    }

    /** The figures and accounts that differ between two computations. */
    static Changes changes(Computation before, Computation after) {
        Map<String, Line> was = new LinkedHashMap<>();
        before.figures().lines().forEach(l -> was.put(l.key(), l));
        List<FigureChange> figures = new ArrayList<>();
        for (Line now : after.figures().lines()) {
            Line old = was.remove(now.key());
            if (old == null
                    || old.n() != now.n()
                    || !Objects.equals(old.met(), now.met())
                    || !Objects.equals(old.value(), now.value())) {
                figures.add(new FigureChange(
                        now.comparison(),
                        now.group(),
                        now.measure(),
                        now.criterionCode(),
                        old == null ? null : old.n(),
                        now.n(),
                        old == null ? null : old.value(),
                        now.value()));
            }
        }
        for (Line old : was.values()) {
            figures.add(new FigureChange(
                    old.comparison(),
                    old.group(),
                    old.measure(),
                    old.criterionCode(),
                    old.n(),
                    null,
                    old.value(),
                    null));
        }
        Map<UUID, AccountRow> rows = new HashMap<>();
        before.accounts().forEach(r -> rows.put(r.evaluation().accountId(), r));
        List<AccountChange> accounts = new ArrayList<>();
        for (AccountRow now : after.accounts()) {
            AccountRow old = rows.remove(now.evaluation().accountId());
            if (old == null
                    || old.standing() != now.standing()
                    || !Objects.equals(old.courseMonth(), now.courseMonth())
                    || old.firstAfterCourse() != now.firstAfterCourse()) {
                accounts.add(account(old, now));
            }
        }
        rows.values().forEach(old -> accounts.add(account(old, null)));
        return new Changes(figures, accounts);
    }

    private static AccountChange account(AccountRow old, AccountRow now) {
        AccountRow some = now == null ? old : now;
        return new AccountChange(
                some.evaluation().accountId(),
                some.evaluation().accountName(),
                old == null ? null : old.standing().name(),
                now == null ? null : now.standing().name(),
                old == null || old.courseMonth() == null
                        ? null
                        : old.courseMonth().toString(),
                now == null || now.courseMonth() == null
                        ? null
                        : now.courseMonth().toString());
    }

    private static final String SELECT =
            "select id, revision, created_at, cause, reason, computation::text from training_effect_revision";

    private Optional<Revision> latest(UUID campaignId) {
        return db.one(SELECT + " where campaign_id = ? order by revision desc limit 1", this::read, campaignId);
    }

    private Revision read(ResultSet rs) throws SQLException {
        return new Revision(
                rs.getObject(1, UUID.class),
                rs.getInt(2),
                rs.getObject(3, OffsetDateTime.class),
                Cause.valueOf(rs.getString(4)),
                rs.getString(5),
                readJson(rs.getString(6), Computation.class));
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("training effect revision", e);
        }
    }

    private byte[] writeBytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("training effect revision", e);
        }
    }

    private <T> T readJson(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("training effect revision", e);
        }
    }
}
