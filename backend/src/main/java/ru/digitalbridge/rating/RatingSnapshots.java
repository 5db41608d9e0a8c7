package ru.digitalbridge.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.monitoring.campaigns.CampaignPublished;
import ru.digitalbridge.monitoring.evaluations.EvaluationCorrected;
import ru.digitalbridge.outbox.RatingEvents;
import ru.digitalbridge.rating.RatingComputation.Evaluated;
import ru.digitalbridge.rating.RatingComputation.Row;
import ru.digitalbridge.rating.RatingStatistics.AnswerStat;
import ru.digitalbridge.rating.RatingStatistics.CriterionStat;
import ru.digitalbridge.rating.RatingViews.MovedUnit;

/**
 * Computes and stores rating snapshots. Revision 1 when a campaign is published ({@link CampaignPublished}); the next
 * revision whenever one of its evaluations is corrected afterwards ({@link EvaluationCorrected}), in the same
 * transaction as the publication or the correction. The input is what was published: each PRIMARY evaluation's
 * current revision with its frozen subject and index. Rows and snapshots are never changed afterwards (the tables
 * refuse it). Reads the monitoring tables of published results: they are append-only (revisions) or frozen
 * (published campaigns), which is what a rating must be computed from.
 */
@ApplicationScoped
public class RatingSnapshots {
    private static final Logger LOG = Logger.getLogger(RatingSnapshots.class);

    /** How many rows one insert statement writes: a large campaign's snapshot has tens of thousands. */
    static final int ROWS_PER_INSERT = 4096;

    /** How many common failures the statistics list per peer group. */
    static final int COMMON_FAILURES = 5;

    private final Sql db;
    private final ObjectMapper json;
    private final RatingEvents events;

    RatingSnapshots(Sql db, ObjectMapper json, RatingEvents events) {
        this.db = db;
        this.json = json;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes CampaignPublished event) {
        compute(event.campaignId(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onCorrected(@Observes EvaluationCorrected event) {
        boolean published =
                db.exists("select 1 from campaign where id = ? and stage = 'PUBLISHED'", event.campaignId());
        if (published) {
            compute(event.campaignId(), event);
        }
    }

    private record Head(
            UUID campaignId,
            String period,
            OffsetDateTime publishedAt,
            UUID criteriaSetId,
            UUID familyId,
            int edition,
            String methodologyName) {}

    private record Previous(UUID campaignId, int edition, UUID snapshotId) {}

    private record Latest(UUID id, int revision) {}

    /** A stored row's index and place, to compare with. */
    record Stored(String name, BigDecimal index, Integer placeFrom) {}

    /**
     * Computes the campaign's next snapshot revision and returns its id. {@code correction} names the correction
     * that made it (null for the first revision or a recomputation without one).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID compute(UUID campaignId, EvaluationCorrected correction) {
        long started = System.nanoTime();
        Head head = db.one(
                        """
                        select c.id, c.period, c.published_at, s.id, s.family_id, s.edition, s.name
                          from campaign c join criteria_set s on s.id = c.criteria_set_id
                         where c.id = ? for update of c
                        """,
                        rs -> new Head(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                rs.getInt(6),
                                rs.getString(7)),
                        campaignId)
                .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
        List<Evaluated> evaluated = db.list(
                """
                select r.evaluation_id, r.revision, r.account_id, r.account_name, r.platform, r.organization_id,
                       r.organization_name, r.organization_kind, r.sector, r.municipality_id, r.municipality_name,
                       r.index_value
                  from evaluation e
                  join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
                 where e.campaign_id = ? and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
                """,
                rs -> new Evaluated(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, UUID.class),
                        rs.getString(11),
                        rs.getBigDecimal(12)),
                campaignId);
        RatingRules rules = RatingRules.CURRENT;
        List<Row> rows = RatingComputation.compute(evaluated, rules);

        Optional<Previous> previous = db.one(
                """
                select c.id, s.edition,
                       (select rs.id from rating_snapshot rs where rs.campaign_id = c.id order by rs.revision desc limit 1)
                  from campaign c join criteria_set s on s.id = c.criteria_set_id
                 where s.family_id = ? and c.id <> ? and c.stage = 'PUBLISHED'
                   and (c.period < ? or (c.period = ? and c.published_at < coalesce(?, now())))
                 order by c.period desc, c.published_at desc, c.id
                 limit 1
                """,
                rs -> new Previous(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class)),
                head.familyId(),
                campaignId,
                head.period(),
                head.period(),
                head.publishedAt());
        Comparison.Status status =
                Comparison.status(previous.map(Previous::edition).orElse(null), head.edition());
        Map<String, Stored> before =
                status == Comparison.Status.COMPARABLE && previous.get().snapshotId() != null
                        ? stored(previous.get().snapshotId())
                        : Map.of();

        // the newest revision so far (its rows are what this one is compared with) and so the next number, in one read
        Optional<Latest> latest = db.one(
                "select id, revision from rating_snapshot where campaign_id = ? order by revision desc limit 1",
                rs -> new Latest(rs.getObject(1, UUID.class), rs.getInt(2)),
                campaignId);
        int revision = latest.map(l -> l.revision() + 1).orElse(1);
        List<MovedUnit> moved = latest.map(l -> moved(stored(l.id()), rows)).orElse(List.of());

        UUID id = UUID.randomUUID();
        db.update(
                """
                insert into rating_snapshot (id, campaign_id, revision, criteria_set_id, methodology_family_id,
                       methodology_edition, methodology_name, rules, comparison, previous_campaign_id, previous_edition,
                       reason, corrected_evaluation_id, index_before, index_after, moved, statistics, evaluations)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                """,
                id,
                campaignId,
                revision,
                head.criteriaSetId(),
                head.familyId(),
                head.edition(),
                head.methodologyName(),
                write(rules),
                status.name(),
                previous.map(Previous::campaignId).orElse(null),
                previous.map(Previous::edition).orElse(null),
                correction == null ? null : correction.reason(),
                correction == null ? null : correction.evaluationId(),
                correction == null ? null : correction.indexBefore(),
                correction == null ? null : correction.indexAfter(),
                write(moved),
                write(statistics(campaignId, head.criteriaSetId())),
                evaluated.size());
        // in slices of ROWS_PER_INSERT rows: one statement for every row of a large campaign (~35,000 at demo scale 10)
        // held them three times at once (the rows, 24 text arrays of them and the driver's encoding of those arrays)
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insertRows(id, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)), before, status);
        }
        events.snapshotPublished(id, campaignId, "/api/v1/ratings/snapshots/" + id);
        // bench/ratings.sh compares this time with the same statements run by psql
        LOG.infof(
                "rating snapshot %s: campaign %s revision %d, %d evaluations, %d rows, computed in %.1f ms",
                id, campaignId, revision, evaluated.size(), rows.size(), (System.nanoTime() - started) / 1e6);
        return id;
    }

    /** Inserts {@code rows} of snapshot {@code snapshotId} in one statement, compared with {@code before}. */
    private void insertRows(UUID snapshotId, List<Row> rows, Map<String, Stored> before, Comparison.Status status) {
        String[][] columns = new String[ROW_COLUMNS.length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Stored was = before.get(row.key());
            Integer placeFrom = row.place() == null ? null : row.place().from();
            Object[] values = {
                row.level().name(),
                row.peerGroup().name(),
                row.peerKey(),
                row.unitId(),
                row.name(),
                row.evaluationId(),
                row.evaluationRevision(),
                row.organizationId(),
                row.municipalityId(),
                row.municipalityName(),
                row.sector(),
                row.kind(),
                row.platform(),
                row.evaluated(),
                row.total(),
                row.index(),
                row.ranked(),
                placeFrom,
                row.place() == null ? null : row.place().to(),
                row.place() == null ? null : row.place().of(),
                was == null ? null : was.index(),
                Comparison.indexDelta(status, was == null ? null : was.index(), row.index()),
                was == null ? null : was.placeFrom(),
                Comparison.placeDelta(status, was == null ? null : was.placeFrom(), placeFrom)
            };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = text(values[c]);
            }
        }
        List<Object> parameters = new ArrayList<>(columns.length + 1);
        parameters.add(snapshotId);
        parameters.addAll(List.of((Object[]) columns));
        db.update(INSERT_ROWS, parameters.toArray());
    }

    /** The columns of {@code rating_row} after {@code snapshot_id}, each with its SQL type. */
    private static final String[][] ROW_COLUMNS = {
        {"level", "text"},
        {"peer_group", "text"},
        {"peer_key", "text"},
        {"unit_id", "text"},
        {"name", "text"},
        {"evaluation_id", "uuid"},
        {"evaluation_revision", "int"},
        {"organization_id", "uuid"},
        {"municipality_id", "uuid"},
        {"municipality_name", "text"},
        {"sector", "text"},
        {"kind", "text"},
        {"platform", "text"},
        {"evaluated", "int"},
        {"total", "int"},
        {"index_value", "numeric"},
        {"ranked", "boolean"},
        {"place_from", "int"},
        {"place_to", "int"},
        {"place_of", "int"},
        {"previous_index", "numeric"},
        {"index_delta", "numeric"},
        {"previous_place", "int"},
        {"place_delta", "int"}
    };

    /**
     * Every row of a snapshot in one statement: {@code insert … select from unnest(arrays)}, one text array per
     * column cast to the column's type (what psql runs as one INSERT … SELECT, rather than batches of single-row
     * inserts).
     */
    private static final String INSERT_ROWS = "insert into rating_row (snapshot_id, "
            + Arrays.stream(ROW_COLUMNS).map(c -> c[0]).collect(Collectors.joining(", "))
            + ") select ?, t.* from unnest("
            + Arrays.stream(ROW_COLUMNS).map(c -> "cast(? as " + c[1] + "[])").collect(Collectors.joining(", "))
            + ") as t("
            + Arrays.stream(ROW_COLUMNS).map(c -> c[0]).collect(Collectors.joining(", "))
            + ")";

    /** A value as the text its column's cast reads back exactly (numbers in plain notation); null stays null. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    /**
     * A snapshot's rows by unit key, read 1,000 at a time (the caller's transaction is open): a scale-10 snapshot has
     * ~35,000 rows, which {@code db.list} would also hold in the driver at once beside the map.
     */
    private Map<String, Stored> stored(UUID snapshotId) {
        Map<String, Stored> rows = new HashMap<>();
        db.each(
                "select level, peer_group, peer_key, unit_id, name, index_value, place_from from rating_row"
                        + " where snapshot_id = ?",
                1_000,
                rs -> rows.put(
                        rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4),
                        new Stored(rs.getString(5), rs.getBigDecimal(6), (Integer) rs.getObject(7))),
                snapshotId);
        return rows;
    }

    /** The units whose index or place differs from the previous revision, in row order. */
    static List<MovedUnit> moved(Map<String, Stored> before, List<Row> rows) {
        List<MovedUnit> moved = new ArrayList<>();
        for (Row row : rows) {
            Stored was = before.get(row.key());
            Integer placeFrom = row.place() == null ? null : row.place().from();
            BigDecimal wasIndex = was == null ? null : was.index();
            Integer wasPlace = was == null ? null : was.placeFrom();
            boolean sameIndex = wasIndex == null
                    ? row.index() == null
                    : row.index() != null && wasIndex.compareTo(row.index()) == 0;
            if (was != null && sameIndex && Objects.equals(wasPlace, placeFrom)) {
                continue;
            }
            moved.add(new MovedUnit(
                    row.level(),
                    row.peerGroup(),
                    row.peerKey(),
                    row.unitId(),
                    row.name(),
                    wasIndex,
                    row.index(),
                    wasPlace,
                    placeFrom));
        }
        return moved;
    }

    private RatingStatistics statistics(UUID campaignId, UUID criteriaSetId) {
        Map<String, String> titles = new HashMap<>();
        db.list(
                "select code, title from criterion where criteria_set_id = ?",
                rs -> titles.put(rs.getString(1), rs.getString(2)),
                criteriaSetId);
        List<CriterionStat> criteria = db.list(
                """
                with answers as (
                    select r.sector, r.organization_kind as kind, a ->> 'code' as code,
                           (a ->> 'points')::numeric as points, (a ->> 'maxPoints')::numeric as max_points
                      from evaluation e
                      join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
                      cross join lateral jsonb_array_elements(r.answers) a
                     where e.campaign_id = ? and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
                       and not (a ->> 'notApplicable')::boolean and a ->> 'points' is not null
                ), grouped as (
                    select 'OVERALL' as peer_group, '' as peer_key, code, points, max_points from answers
                    union all select 'SECTOR', sector, code, points, max_points from answers
                    union all select 'KIND', kind, code, points, max_points from answers
                )
                select peer_group, peer_key, code, count(*)::int, count(*) filter (where points >= max_points)::int
                  from grouped
                 group by peer_group, peer_key, code
                 order by peer_group, peer_key, code
                """,
                rs -> {
                    int assessed = rs.getInt(4);
                    int met = rs.getInt(5);
                    return new CriterionStat(
                            PeerGroup.valueOf(rs.getString(1)),
                            rs.getString(2),
                            rs.getString(3),
                            titles.getOrDefault(rs.getString(3), rs.getString(3)),
                            assessed,
                            met,
                            assessed - met,
                            BigDecimal.valueOf(met * 100L)
                                    .divide(BigDecimal.valueOf(assessed), 2, RoundingMode.HALF_UP));
                },
                campaignId);
        Map<String, List<CriterionStat>> byGroup = new LinkedHashMap<>();
        for (CriterionStat stat : criteria) {
            byGroup.computeIfAbsent(stat.peerGroup() + "/" + stat.peerKey(), k -> new ArrayList<>())
                    .add(stat);
        }
        List<CriterionStat> failures = new ArrayList<>();
        for (List<CriterionStat> group : byGroup.values()) {
            group.stream()
                    .filter(s -> s.failed() > 0)
                    .sorted(Comparator.comparingInt(CriterionStat::failed)
                            .reversed()
                            .thenComparing(CriterionStat::code))
                    .limit(COMMON_FAILURES)
                    .forEach(failures::add);
        }
        List<AnswerStat> answers = db.list(
                """
                with questions as (
                    select r.municipality_id::text as municipality, r.municipality_name, r.sector,
                           extract(epoch from q.answered_at - q.asked_at) / 3600 as hours
                      from evaluation e
                      join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
                      join citizen_question q on q.evaluation_id = e.id
                     where e.campaign_id = ? and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
                ), grouped as (
                    select 'MUNICIPALITY' as level, municipality as unit_id, municipality_name as name, hours
                      from questions
                    union all select 'SECTOR', sector, sector, hours from questions
                )
                select level, unit_id, min(name), count(*)::int, count(hours)::int,
                       round(percentile_cont(0.5) within group (order by hours)::numeric, 2),
                       round(100.0 * count(*) filter (where hours <= 24) / count(*), 2)
                  from grouped
                 group by level, unit_id
                 order by level, unit_id
                """,
                rs -> new AnswerStat(
                        RatingLevel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7)),
                campaignId);
        return new RatingStatistics(criteria, failures, answers);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
