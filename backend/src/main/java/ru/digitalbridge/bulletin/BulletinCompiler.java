package ru.digitalbridge.bulletin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.rating.Comparison;
import ru.digitalbridge.rating.PeerGroup;
import ru.digitalbridge.rating.RatingLevel;
import ru.digitalbridge.rating.RatingReads;
import ru.digitalbridge.rating.RatingStatistics;
import ru.digitalbridge.rating.RatingStatistics.AnswerStat;
import ru.digitalbridge.rating.RatingStatistics.CriterionStat;
import ru.digitalbridge.rating.RatingViews.RatingCampaign;
import ru.digitalbridge.rating.RatingViews.RatingComparison;
import ru.digitalbridge.rating.RatingViews.SnapshotResponse;
import ru.digitalbridge.training.EffectFigures;
import ru.digitalbridge.training.EffectFigures.EffectCriterion;
import ru.digitalbridge.training.EffectFigures.EffectGroup;
import ru.digitalbridge.training.EffectRevisions;

/**
 * Proposes an issue's blocks and its personal sections from a published campaign and its newest rating snapshot, and
 * the follow-up of the previous campaign's recommendations. Every number in a block is the snapshot's (rows and
 * statistics) or counted from the published evaluations; the rules are in docs/bulletins.md ("Compile rules").
 */
@ApplicationScoped
public class BulletinCompiler {
    /** How many places the leaders list, and how many units the most improved, per peer group. */
    static final int LIMIT = 3;
    /** Good examples per common failure. */
    static final int EXAMPLES = 3;

    static final int THRESHOLD_HOURS = 24;

    /** Rows read from the database at a time (inside a transaction; see {@link Sql#each}). */
    private static final int FETCH = 1_000;

    /**
     * Published evaluations read at a time: a row's answers are several kilobytes of JSON (evidence, notes), so fewer
     * rows than {@link #FETCH} are held by the driver at once.
     */
    private static final int EVALUATION_FETCH = 200;

    /**
     * An evaluation's answers with only the fields the compiler reads, in their order: the database drops the
     * evidence, notes and values (most of the JSON) instead of the driver and the parser handling them. Values are
     * jsonb's own, so what is parsed is what the whole answer would give.
     */
    private static final String ANSWER_FIELDS = "(select jsonb_agg(jsonb_build_object('code', a -> 'code',"
            + " 'points', a -> 'points', 'maxPoints', a -> 'maxPoints', 'recommendation', a -> 'recommendation',"
            + " 'notApplicable', a -> 'notApplicable') order by n) from jsonb_array_elements(answers)"
            + " with ordinality as x(a, n))";

    /** What the compiler proposes: the public document and each organisation's personal section. */

    /** A snapshot row as the compiler uses it. */
    record Row(
            RatingLevel level,
            PeerGroup peerGroup,
            String peerKey,
            String unitId,
            String name,
            UUID evaluationId,
            UUID organizationId,
            String municipalityName,
            String sector,
            String kind,
            String platform,
            int evaluated,
            int total,
            BigDecimal index,
            boolean ranked,
            Integer placeFrom,
            Integer placeTo,
            Integer placeOf,
            BigDecimal previousIndex,
            BigDecimal indexDelta,
            Integer previousPlace,
            Integer placeDelta) {}

    /** One criterion answer of a published evaluation. */
    record Answer(String code, BigDecimal points, BigDecimal maxPoints, String recommendation) {
        boolean assessed() {
            return points != null;
        }

        boolean met() {
            return points != null && maxPoints != null && points.compareTo(maxPoints) >= 0;
        }
    }

    /** A published PRIMARY evaluation in its current revision, with its frozen subject. */
    record Evaluation(
            UUID id,
            UUID accountId,
            String accountName,
            String accountUrl,
            String platform,
            UUID organizationId,
            String organizationName,
            UUID municipalityId,
            String municipalityName,
            String sector,
            BigDecimal index,
            List<Answer> answers) {}

    /** A criterion of the methodology: title, how to fix, normative. */
    record Criterion(String code, String title, String recommendation, boolean normative, int position) {}

    /** One recommendation of the previous campaign and what became of it. */
    record FollowUp(Evaluation previous, String code, Boolean followed) {}

    /** The language the compiler writes in: its texts, numbers (decimal comma in Russian) and places. */
    record Lang(boolean en) {
        static Lang of(String language) {
            return new Lang("en".equals(language));
        }

        String t(String ru, String english) {
            return en ? english : ru;
        }

        String number(BigDecimal value) {
            String text = Markdown.number(value);
            return en ? text.replace(',', '.') : text;
        }

        String signed(BigDecimal value) {
            String text = Markdown.signed(value);
            return en ? text.replace(',', '.') : text;
        }

        String place(Integer from, Integer to, Integer of) {
            String text = Markdown.place(from, to, of);
            return en ? text.replace(" из ", " of ") : text;
        }

        /** Why a snapshot compares or does not (the rating's explanation is English). */
        String explanation(RatingComparison comparison) {
            if (en) {
                return Markdown.escape(comparison.explanation());
            }
            return switch (comparison.status()) {
                case NO_PREVIOUS ->
                    "По этой методике не было более ранней опубликованной кампании: изменения не" + " показаны.";
                case COMPARABLE ->
                    "Изменения — относительно "
                            + Markdown.escape(comparison.previousCampaign().period()) + ".";
                case EDITION_CHANGED ->
                    "Методика сменила редакцию (была редакция " + comparison.previousEdition()
                            + "): индексы несопоставимы, изменения не показаны.";
            };
        }
    }

    private final Sql db;
    private final ObjectMapper json;
    private final RatingReads ratings;
    private final EffectRevisions training;

    BulletinCompiler(Sql db, ObjectMapper json, RatingReads ratings, EffectRevisions training) {
        this.db = db;
        this.json = json;
        this.ratings = ratings;
        this.training = training;
    }

    /**
     * What an issue is compiled from, read once, shared by the public blocks and the personal sections: everything but
     * the campaign's evaluations, which are streamed (see {@link #document(UUID, UUID, String)} and {@link #sections})
     * so that a large campaign's evaluations and answers are never all in memory at once.
     */
    record Inputs(
            Lang l,
            UUID campaignId,
            SnapshotResponse snapshot,
            List<Row> rows,
            Map<String, Criterion> criteria,
            RatingCampaign previousCampaign,
            Map<String, Criterion> allCriteria,
            Shared shared) {}

    /**
     * Which snapshot rows a compilation keeps: the public blocks use every row of the overall peer group and the
     * organisations' rows of every peer group; the personal sections only the overall rows of organisations and
     * accounts. A scale-10 snapshot has ~35,000 rows; the rest are read and dropped.
     */
    enum Need {
        DOCUMENT,
        SECTIONS;

        boolean keeps(RatingLevel level, PeerGroup group) {
            return this == DOCUMENT
                    ? group == PeerGroup.OVERALL || level == RatingLevel.ORGANIZATION
                    : group == PeerGroup.OVERALL && (level == RatingLevel.ORGANIZATION || level == RatingLevel.ACCOUNT);
        }
    }

    /** Reads what an issue compiled from {@code campaignId} and snapshot {@code snapshotId} needs, in {@code language}. */
    Inputs inputs(UUID campaignId, UUID snapshotId, String language, Need need) {
        SnapshotResponse snapshot = ratings.snapshot(snapshotId);
        Shared shared = new Shared();
        List<Row> rows = rows(snapshotId, shared, need);
        Map<String, Criterion> criteria = criteria(campaignId);
        RatingCampaign previousCampaign = snapshot.comparison().previousCampaign();
        Map<String, Criterion> allCriteria = new HashMap<>(criteria);
        if (previousCampaign != null) {
            criteria(previousCampaign.id()).forEach(allCriteria::putIfAbsent);
        }
        return new Inputs(
                Lang.of(language), campaignId, snapshot, rows, criteria, previousCampaign, allCriteria, shared);
    }

    /**
     * The public blocks proposed for an issue compiled from {@code campaignId} with snapshot {@code snapshotId}, titles
     * and texts in {@code language} (ru or en). Personal sections are not built: see {@link #sections}.
     */
    public BulletinDocument document(UUID campaignId, UUID snapshotId, String language) {
        // the training effect first: its figures are small, but reading (or, for a campaign without a revision yet,
        // computing and storing) them takes memory that should not add to the compile inputs'
        EffectFigures effect = training.forCampaign(campaignId);
        Inputs in = inputs(campaignId, snapshotId, language, Need.DOCUMENT);
        // one pass over the campaign's evaluations keeps only the good examples of each common failure and, for the
        // follow-up, each account's answers
        Examples examples = new Examples(in.snapshot().statistics().commonFailures().stream()
                .filter(s -> s.peerGroup() == PeerGroup.OVERALL)
                .map(CriterionStat::code)
                .collect(Collectors.toSet()));
        Map<UUID, List<Answer>> now = new HashMap<>();
        eachEvaluation(campaignId, in.shared(), "id", e -> {
            examples.offer(e);
            if (in.previousCampaign() != null) {
                now.put(e.accountId(), e.answers());
            }
        });
        List<FollowUp> followUps = in.previousCampaign() == null
                ? List.of()
                : followUps(in.previousCampaign().id(), now, in.shared());
        now.clear();
        return document(in, examples.best(), followUps, effect);
    }

    BulletinDocument document(
            Inputs in, Map<String, List<Evaluation>> examples, List<FollowUp> followUps, EffectFigures effect) {
        Lang l = in.l();
        List<Block> blocks = new ArrayList<>();
        blocks.add(summary(l, in.snapshot(), in.rows()));
        blocks.add(leaders(l, in.snapshot(), in.rows()));
        blocks.add(mostImproved(l, in.snapshot(), in.rows()));
        blocks.add(municipalities(l, in.snapshot().statistics(), in.rows()));
        blocks.add(failures(l, in.snapshot().statistics(), in.criteria(), examples));
        blocks.add(answerTimes(l, in.snapshot().statistics()));
        blocks.add(followUp(l, in.previousCampaign(), followUps, in.allCriteria()));
        trainingEffect(l, effect).ifPresent(blocks::add);
        return new BulletinDocument(blocks);
    }

    /**
     * Builds the personal section of every organisation evaluated in the campaign, one at a time, handing each to
     * {@code sink} (in the database's order of organisation ids) so that a caller can write them as they come instead
     * of holding every section of a large campaign in memory. The campaign's evaluations are read organisation by
     * organisation: only one organisation's are held at a time (and, when there is a previous campaign, each
     * account's answers for the follow-up, read in a first pass). Returns how many were built.
     */
    public int sections(UUID campaignId, UUID snapshotId, String language, BiConsumer<UUID, BulletinDocument> sink) {
        Inputs in = inputs(campaignId, snapshotId, language, Need.SECTIONS);
        List<FollowUp> followUps = List.of();
        if (in.previousCampaign() != null) {
            Map<UUID, List<Answer>> now = new HashMap<>();
            eachEvaluation(campaignId, in.shared(), "id", e -> now.put(e.accountId(), e.answers()));
            followUps = followUps(in.previousCampaign().id(), now, in.shared());
        }
        Map<String, Row> organizationRows = overall(in.rows(), RatingLevel.ORGANIZATION).stream()
                .collect(Collectors.toMap(Row::unitId, Function.identity(), (a, b) -> a));
        Map<UUID, List<Row>> accountRows = overall(in.rows(), RatingLevel.ACCOUNT).stream()
                .filter(r -> r.organizationId() != null)
                .collect(Collectors.groupingBy(Row::organizationId));
        Map<UUID, List<FollowUp>> followUpsByOrganization = followUps.stream()
                .filter(f -> f.previous().organizationId() != null)
                .collect(Collectors.groupingBy(f -> f.previous().organizationId()));
        List<Evaluation> own = new ArrayList<>();
        Consumer<UUID> build = organization -> sink.accept(
                organization,
                section(
                        in.l(),
                        organization,
                        own,
                        in.snapshot(),
                        organizationRows.get(organization.toString()),
                        accountRows.getOrDefault(organization, List.of()),
                        in.criteria(),
                        in.previousCampaign(),
                        followUpsByOrganization.getOrDefault(organization, List.of()),
                        in.allCriteria()));
        int[] built = {0};
        eachEvaluation(campaignId, in.shared(), "organization_id, id", e -> {
            if (e.organizationId() == null) {
                return;
            }
            if (!own.isEmpty() && !own.get(0).organizationId().equals(e.organizationId())) {
                build.accept(own.get(0).organizationId());
                own.clear();
                built[0]++;
            }
            own.add(e);
        });
        if (!own.isEmpty()) {
            build.accept(own.get(0).organizationId());
            built[0]++;
        }
        return built[0];
    }

    /** How the good examples of a common failure are ordered: highest index first, then by account name and id. */
    private static final Comparator<Evaluation> GOOD = Comparator.comparing(
                    (Evaluation e) -> e.index() == null ? BigDecimal.valueOf(-1) : e.index())
            .reversed()
            .thenComparing(Evaluation::accountName)
            .thenComparing(Evaluation::id);

    /**
     * The {@value #EXAMPLES} best evaluations ({@link #GOOD}) that met each of some criteria, collected as the
     * evaluations stream by; what is kept of an evaluation has no answers.
     */
    static final class Examples {
        private final Map<String, List<Evaluation>> best = new HashMap<>();

        Examples(Set<String> codes) {
            codes.forEach(code -> best.put(code, new ArrayList<>(EXAMPLES + 1)));
        }

        void offer(Evaluation e) {
            Evaluation slim = null;
            for (Answer a : e.answers()) {
                List<Evaluation> top = a.met() ? best.get(a.code()) : null;
                if (top == null || top.stream().anyMatch(x -> x.id().equals(e.id()))) {
                    continue; // not met, not a common failure, or kept already (a code answered twice)
                }
                if (top.size() == EXAMPLES && GOOD.compare(e, top.get(EXAMPLES - 1)) >= 0) {
                    continue;
                }
                if (slim == null) {
                    slim = slim(e);
                }
                int at = 0;
                while (at < top.size() && GOOD.compare(top.get(at), slim) < 0) {
                    at++;
                }
                top.add(at, slim);
                if (top.size() > EXAMPLES) {
                    top.remove(EXAMPLES);
                }
            }
        }

        Map<String, List<Evaluation>> best() {
            return best;
        }
    }

    // ---- public blocks ----

    Block summary(Lang l, SnapshotResponse snapshot, List<Row> rows) {
        List<Row> accounts = overall(rows, RatingLevel.ACCOUNT).stream()
                .filter(r -> r.index() != null)
                .toList();
        BigDecimal average = mean(accounts.stream().map(Row::index).toList());
        List<Row> organizations = overall(rows, RatingLevel.ORGANIZATION);
        List<Row> municipalities = overall(rows, RatingLevel.MUNICIPALITY);
        RatingCampaign previous = snapshot.comparison().previousCampaign();
        BigDecimal previousAverage = previous == null ? null : previousAverage(previous.id());
        Map<String, Object> data = map(
                "campaign", campaign(snapshot.campaign()),
                "snapshot", map("id", snapshot.id(), "revision", snapshot.revision()),
                "methodology",
                        map(
                                "name", snapshot.methodology().name(),
                                "edition", snapshot.methodology().edition()),
                "evaluations", snapshot.evaluations(),
                "accounts", map("evaluated", accounts.size(), "averageIndex", average),
                "organizations",
                        map(
                                "total", organizations.size(),
                                "ranked",
                                        organizations.stream()
                                                .filter(Row::ranked)
                                                .count()),
                "municipalities",
                        map(
                                "total", municipalities.size(),
                                "ranked",
                                        municipalities.stream()
                                                .filter(Row::ranked)
                                                .count()),
                "comparison",
                        map(
                                "status",
                                snapshot.comparison().status().name(),
                                "previousCampaign",
                                previous == null ? null : campaign(previous),
                                "previousAverageIndex",
                                previousAverage));
        StringBuilder md = new StringBuilder();
        md.append(l.t("Подведены итоги кампании мониторинга «", "The results of the monitoring campaign “"))
                .append(Markdown.escape(snapshot.campaign().title()))
                .append(l.t("» (", "” ("))
                .append(Markdown.escape(snapshot.campaign().period()))
                .append(l.t("). Опубликовано оценок: ", "). Published evaluations: "))
                .append(snapshot.evaluations())
                .append(".");
        if (average != null) {
            md.append(l.t(" Средний индекс аккаунтов — **", " The accounts' average index is **"))
                    .append(l.number(average))
                    .append("**");
            if (previousAverage != null) {
                md.append(l.t(" (в предыдущей кампании «", " (in the previous campaign “"))
                        .append(Markdown.escape(previous.title()))
                        .append(l.t("» — ", "”: "))
                        .append(l.number(previousAverage))
                        .append(")");
            }
            md.append(".");
        }
        md.append(l.t("\n\nВ рейтинге ", "\n\nRanked: "))
                .append(organizations.stream().filter(Row::ranked).count())
                .append(l.t(" из ", " of "))
                .append(organizations.size())
                .append(l.t(" организаций и ", " organisations and "))
                .append(municipalities.stream().filter(Row::ranked).count())
                .append(l.t(" из ", " of "))
                .append(municipalities.size())
                .append(l.t(
                        " муниципальных образований (муниципальному образованию нужно не менее пяти организаций с"
                                + " индексом).",
                        " municipalities (a municipality needs at least five organisations with an index)."));
        return new Block("summary", BlockKind.SUMMARY, l.t("Итоги кампании", "Campaign results"), md.toString(), data);
    }

    Block leaders(Lang l, SnapshotResponse snapshot, List<Row> rows) {
        StringBuilder md = new StringBuilder(l.t(
                "Лучшие организации по индексу — в целом, в своей отрасли и среди организаций своего вида (при"
                        + " равенстве индексов место общее).\n",
                "The best organisations by index — overall, in their sector and among organisations of their kind"
                        + " (equal indexes share a place).\n"));
        List<Map<String, Object>> groups = peerGroups(
                rows,
                top -> top.stream()
                        .filter(r -> r.ranked() && r.placeFrom() != null && r.placeFrom() <= LIMIT)
                        .sorted(Comparator.comparing(Row::placeFrom).thenComparing(Row::name))
                        .toList(),
                r -> "1. **" + Markdown.escape(r.name()) + "** — " + l.number(r.index()) + l.t(" (место ", " (place ")
                        + l.place(r.placeFrom(), r.placeTo(), r.placeOf()) + ")",
                md);
        return new Block(
                "leaders",
                BlockKind.LEADERS,
                l.t("Лидеры рейтинга", "Rating leaders"),
                md.toString(),
                peerGroupData(snapshot, groups));
    }

    Block mostImproved(Lang l, SnapshotResponse snapshot, List<Row> rows) {
        List<Map<String, Object>> groups = List.of();
        StringBuilder md = new StringBuilder();
        if (snapshot.comparison().status() != Comparison.Status.COMPARABLE) {
            md.append(l.t(
                            "Сравнение с предыдущей кампанией невозможно. ",
                            "No comparison with the previous campaign. "))
                    .append(l.explanation(snapshot.comparison()));
        } else {
            md.append(l.t(
                            "Организации, сильнее всего улучшившие индекс с прошлой кампании «",
                            "The organisations that improved their index most since the previous campaign “"))
                    .append(Markdown.escape(
                            snapshot.comparison().previousCampaign().title()))
                    .append(l.t("».\n", "”.\n"));
            groups = peerGroups(
                    rows,
                    top -> top.stream()
                            .filter(r ->
                                    r.indexDelta() != null && r.indexDelta().signum() > 0)
                            .sorted(Comparator.comparing(Row::indexDelta)
                                    .reversed()
                                    .thenComparing(Row::name))
                            .limit(LIMIT)
                            .toList(),
                    r -> "* **" + Markdown.escape(r.name()) + "** — " + l.number(r.previousIndex()) + " → "
                            + l.number(r.index()) + " (+" + l.number(r.indexDelta()) + ")",
                    md);
            if (groups.isEmpty()) {
                md.append(l.t("\nНи одна организация не улучшила индекс.", "\nNo organisation improved its index."));
            }
        }
        return new Block(
                "most-improved",
                BlockKind.MOST_IMPROVED,
                l.t("Рост за период", "Most improved"),
                md.toString(),
                peerGroupData(snapshot, groups));
    }

    /**
     * The organisations' peer groups (overall, each sector, each kind) with the rows {@code pick} chooses from each,
     * groups left empty dropped; the overall group's rows are also listed in {@code md}, one {@code line} each.
     */
    private static List<Map<String, Object>> peerGroups(
            List<Row> rows, Function<List<Row>, List<Row>> pick, Function<Row, String> line, StringBuilder md) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (List<Row> group : groups(rows, RatingLevel.ORGANIZATION).values()) {
            List<Row> top = pick.apply(group);
            if (top.isEmpty()) {
                continue;
            }
            Row first = top.get(0);
            groups.add(map(
                    "peerGroup", first.peerGroup().name(),
                    "peerKey", first.peerKey(),
                    "rows", top.stream().map(BulletinCompiler::row).toList()));
            if (first.peerGroup() == PeerGroup.OVERALL) {
                md.append('\n');
                top.forEach(r -> md.append(line.apply(r)).append('\n'));
            }
        }
        return groups;
    }

    private static Map<String, Object> peerGroupData(SnapshotResponse snapshot, List<Map<String, Object>> groups) {
        return map(
                "level",
                RatingLevel.ORGANIZATION.name(),
                "limit",
                LIMIT,
                "comparison",
                snapshot.comparison().status().name(),
                "groups",
                groups);
    }

    Block municipalities(Lang l, RatingStatistics statistics, List<Row> rows) {
        Map<String, AnswerStat> answers = statistics.answerTimes().stream()
                .filter(a -> a.level() == RatingLevel.MUNICIPALITY)
                .collect(Collectors.toMap(AnswerStat::unitId, Function.identity(), (a, b) -> a));
        List<Row> municipalities = overall(rows, RatingLevel.MUNICIPALITY).stream()
                .sorted(Comparator.comparing((Row r) -> !r.ranked())
                        .thenComparing(r -> r.placeFrom() == null ? Integer.MAX_VALUE : r.placeFrom())
                        .thenComparing(Row::name))
                .toList();
        List<Map<String, Object>> out = new ArrayList<>();
        StringBuilder md = new StringBuilder(l.t(
                "Индекс муниципальных образований — среднее по их организациям в"
                        + " рейтинге; место — при не менее чем пяти таких организациях.\n\n",
                "A municipality's index is the mean of its ranked organisations; it is ranked with at least"
                        + " five of them.\n\n"));
        md.append(l.t(
                "| Муниципальное образование | Индекс | Место | Ответ за 24 ч, % |\n| --- | --- | --- | --- |\n",
                "| Municipality | Index | Place | Answered within 24 h, % |\n| --- | --- | --- | --- |\n"));
        for (Row r : municipalities) {
            AnswerStat a = answers.get(r.unitId());
            Map<String, Object> item = map(
                    "unitId", r.unitId(),
                    "name", r.name(),
                    "index", r.index(),
                    "evaluated", r.evaluated(),
                    "total", r.total(),
                    "place", place(r),
                    "indexDelta", r.indexDelta(),
                    "placeDelta", r.placeDelta(),
                    "questions", a == null ? null : a.questions(),
                    "medianHours", a == null ? null : a.medianHours(),
                    "shareAnswered24h", a == null ? null : a.shareAnswered24h(),
                    "link", "/ratings/municipalities/" + r.unitId());
            out.add(item);
            md.append("| ")
                    .append(Markdown.cell(r.name()))
                    .append(" | ")
                    .append(l.number(r.index()))
                    .append(" | ")
                    .append(r.ranked() ? l.place(r.placeFrom(), r.placeTo(), r.placeOf()) : "—")
                    .append(" | ")
                    .append(a == null ? "—" : l.number(a.shareAnswered24h()))
                    .append(" |\n");
        }
        return new Block(
                "municipalities",
                BlockKind.MUNICIPALITIES,
                l.t("Муниципальные образования", "Municipalities"),
                md.toString(),
                map("rows", out));
    }

    Block failures(
            Lang l,
            RatingStatistics statistics,
            Map<String, Criterion> criteria,
            Map<String, List<Evaluation>> examplesByCode) {
        List<CriterionStat> common = statistics.commonFailures().stream()
                .filter(s -> s.peerGroup() == PeerGroup.OVERALL)
                .toList();
        List<Map<String, Object>> out = new ArrayList<>();
        StringBuilder md = new StringBuilder(l.t(
                "Чаще всего не выполняются эти критерии методики. Как исправить — и" + " у кого получилось.\n",
                "The methodology's criteria failed most often: how to fix them, and who got it right.\n"));
        for (CriterionStat stat : common) {
            Criterion criterion = criteria.get(stat.code());
            List<Evaluation> good = examplesByCode.getOrDefault(stat.code(), List.of());
            List<Map<String, Object>> examples = good.stream()
                    .map(e -> map(
                            "accountId", e.accountId(),
                            "name", e.accountName(),
                            "organizationName", e.organizationName(),
                            "url", e.accountUrl(),
                            "link", "/evaluations/" + e.id()))
                    .toList();
            String recommendation = criterion == null ? "" : criterion.recommendation();
            out.add(map(
                    "code", stat.code(),
                    "title", stat.title(),
                    "assessed", stat.assessed(),
                    "met", stat.met(),
                    "failed", stat.failed(),
                    "shareMet", stat.shareMet(),
                    "recommendation", recommendation,
                    "normative", criterion != null && criterion.normative(),
                    "examples", examples));
            md.append("\n### ")
                    .append(Markdown.escape(stat.title()))
                    .append(l.t("\n\nНе выполняют ", "\n\nFailed by "))
                    .append(stat.failed())
                    .append(l.t(" из ", " of "))
                    .append(stat.assessed())
                    .append(l.t(" проверенных аккаунтов (выполняют ", " accounts assessed (met by "))
                    .append(l.number(stat.shareMet()))
                    .append(" %).");
            if (!recommendation.isBlank()) {
                md.append(l.t("\n\n**Как исправить:** ", "\n\n**How to fix:** "))
                        .append(Markdown.escape(recommendation));
            }
            if (!examples.isEmpty()) {
                md.append(l.t("\n\n**Хорошие примеры:** ", "\n\n**Good examples:** "));
                md.append(good.stream()
                        .map(e -> Markdown.link(e.accountName(), e.accountUrl()))
                        .collect(Collectors.joining(", ")));
            }
            md.append('\n');
        }
        if (common.isEmpty()) {
            md.append(l.t(
                    "\nВсе проверенные аккаунты выполнили все критерии.",
                    "\nEvery account assessed met every criterion."));
        }
        return new Block(
                "failures",
                BlockKind.FAILURES,
                l.t("Частые ошибки и как их исправить", "Common failures and how to fix them"),
                md.toString(),
                map("peerGroup", PeerGroup.OVERALL.name(), "criteria", out));
    }

    Block answerTimes(Lang l, RatingStatistics statistics) {
        List<Map<String, Object>> municipalities = new ArrayList<>();
        List<Map<String, Object>> sectors = new ArrayList<>();
        int questions = 0;
        int answered = 0;
        for (AnswerStat a : statistics.answerTimes()) {
            Map<String, Object> item = map(
                    "unitId", a.unitId(),
                    "name", a.name(),
                    "questions", a.questions(),
                    "answered", a.answered(),
                    "medianHours", a.medianHours(),
                    "shareAnswered24h", a.shareAnswered24h());
            if (a.level() == RatingLevel.MUNICIPALITY) {
                municipalities.add(item);
                questions += a.questions();
                answered += a.answered();
            } else {
                sectors.add(item);
            }
        }
        StringBuilder md = new StringBuilder(l.t(
                        "Правило: на вопрос жителя отвечают в течение ",
                        "The rule: a citizen's question is answered within "))
                .append(THRESHOLD_HOURS)
                .append(l.t(" часов. В выборках кампании ", " hours. The campaign's samples hold "))
                .append(questions)
                .append(l.t(" вопросов, ответ получен на ", " questions, answered: "))
                .append(answered)
                .append(".\n");
        List<AnswerStat> slow = statistics.answerTimes().stream()
                .filter(a -> a.level() == RatingLevel.MUNICIPALITY && a.shareAnswered24h() != null)
                .sorted(Comparator.comparing(AnswerStat::shareAnswered24h).thenComparing(AnswerStat::name))
                .limit(LIMIT)
                .toList();
        if (!slow.isEmpty()) {
            md.append(l.t("\nРеже всего отвечают вовремя:\n\n", "\nLeast often answered in time:\n\n"));
            for (AnswerStat a : slow) {
                md.append("* ")
                        .append(Markdown.escape(a.name()))
                        .append(" — ")
                        .append(l.number(a.shareAnswered24h()))
                        .append(l.t(" % за 24 ч", " % within 24 h"));
                if (a.medianHours() != null) {
                    md.append(l.t(", медиана ", ", median "))
                            .append(l.number(a.medianHours()))
                            .append(l.t(" ч", " h"));
                }
                md.append('\n');
            }
        }
        return new Block(
                "answer-times",
                BlockKind.ANSWER_TIMES,
                l.t("Скорость ответов жителям", "Answer times"),
                md.toString(),
                map(
                        "thresholdHours", THRESHOLD_HOURS,
                        "total", map("questions", questions, "answered", answered),
                        "municipalities", municipalities,
                        "sectors", sectors));
    }

    Block followUp(Lang l, RatingCampaign previous, List<FollowUp> followUps, Map<String, Criterion> criteria) {
        Map<String, Object> total = counts(followUps);
        Map<String, Object> data = map(
                "previousCampaign", previous == null ? null : campaign(previous),
                "total", total,
                "byCriterion",
                        grouped(
                                followUps,
                                f -> f.code(),
                                f -> title(criteria, f.code()),
                                Comparator.comparing((String code) -> criteria.containsKey(code)
                                                ? criteria.get(code).position()
                                                : 0)
                                        .thenComparing(Comparator.naturalOrder())),
                "byMunicipality",
                        grouped(
                                followUps,
                                f -> String.valueOf(f.previous().municipalityId()),
                                f -> f.previous().municipalityName(),
                                Comparator.naturalOrder()),
                "bySector",
                        grouped(
                                followUps,
                                f -> String.valueOf(f.previous().sector()),
                                f -> String.valueOf(f.previous().sector()),
                                Comparator.naturalOrder()));
        StringBuilder md = new StringBuilder();
        if (previous == null) {
            md.append(
                    l.t(
                            "Это первая кампания по методике: выполнение рекомендаций будет видно в следующем выпуске.",
                            "This is the methodology's first campaign: whether recommendations were followed will show in the next issue."));
        } else {
            md.append(l.t("Из ", "Of "))
                    .append(total.get("recommended"))
                    .append(l.t(" рекомендаций кампании «", " recommendations of the campaign “"))
                    .append(Markdown.escape(previous.title()))
                    .append(l.t("» повторно проверено ", "”, re-assessed: "))
                    .append(total.get("reassessed"))
                    .append(l.t(", выполнено ", ", followed: "))
                    .append(total.get("followed"));
            if (total.get("shareFollowed") != null) {
                md.append(" (")
                        .append(l.number((BigDecimal) total.get("shareFollowed")))
                        .append(" %)");
            }
            md.append(l.t(
                    ". Рекомендация считается выполненной, если в этой кампании критерий выполнен полностью.",
                    ". A recommendation counts as followed when the criterion got full points in this campaign."));
        }
        return new Block(
                "follow-up",
                BlockKind.FOLLOW_UP,
                l.t("Выполнение рекомендаций", "Follow-up of recommendations"),
                md.toString(),
                data);
    }

    /**
     * The training effect in the campaign, the figures of {@code GET /api/v1/training/effect/campaigns/{id}} (rules in
     * docs/training.md): none when no evaluated account of the campaign was run by a trained person.
     */
    Optional<Block> trainingEffect(Lang l, EffectFigures f) {
        if (f.graduates().accounts() + f.trainedDuringPeriod() + f.before().accounts() + f.trainedWithoutBefore()
                == 0) {
            return Optional.empty();
        }
        Map<String, Object> data = map(
                "campaign", map("id", f.campaignId(), "title", f.title(), "period", f.period()),
                "minimumGroupSize", f.minimumGroupSize(),
                "evaluatedAccounts", f.evaluatedAccounts(),
                "trainedDuringPeriod", f.trainedDuringPeriod(),
                "indexDifference", f.indexDifference(),
                "answerHoursDifference", f.answerHoursDifference(),
                "trainedWithoutBefore", f.trainedWithoutBefore(),
                "indexChange", f.indexChange(),
                "answerHoursChange", f.answerHoursChange(),
                "pairedIndexes", f.pairedIndexes(),
                "medianPairedIndexChange", f.medianPairedIndexChange(),
                "groups",
                        List.of(
                                group("GRADUATES", l.t("Выпускники", "Graduates"), f.graduates()),
                                group("NOT_TRAINED", l.t("Не обучены", "Not trained"), f.notTrained()),
                                group("BEFORE", l.t("До курса", "Before the course"), f.before()),
                                group("AFTER", l.t("После курса", "After the course"), f.after())),
                "criteria", effectCriteria("graduates", f.graduates(), "notTrained", f.notTrained()),
                "criteriaBeforeAfter", effectCriteria("before", f.before(), "after", f.after()));
        int minimum = f.minimumGroupSize();
        StringBuilder md = new StringBuilder(l.t(
                        "Выпускник — тот, кто завершил курс до начала периода кампании; обученные во время периода ("
                                + f.trainedDuringPeriod() + ") не входят ни в одну группу. Группа меньше "
                                + minimum + " аккаунтов показывает только число аккаунтов.",
                        "A graduate completed the course before the campaign's period began; accounts trained during"
                                + " the period (" + f.trainedDuringPeriod() + ") are in neither group. A group of"
                                + " fewer than " + minimum + " accounts shows its count only."))
                .append("\n\n**")
                .append(l.t("Выпускники и необученные.", "Graduates and people not trained."))
                .append("** ")
                .append(l.t("Аккаунтов выпускников: ", "Accounts of graduates: "))
                .append(f.graduates().accounts())
                .append(l.t(", необученных: ", ", of people not trained: "))
                .append(f.notTrained().accounts())
                .append(". ");
        effectLine(l, md, f.graduates(), f.notTrained(), f.indexDifference(), f.answerHoursDifference());
        md.append("\n\n**")
                .append(l.t("До и после курса.", "Before and after the course."))
                .append("** ")
                .append(l.t(
                        "Аккаунтов, впервые оценённых после курса и оценённых до него: ",
                        "Accounts first evaluated after the course and evaluated before it: "))
                .append(f.after().accounts())
                .append(l.t(" (без оценки до курса: ", " (with no evaluation before the course: "))
                .append(f.trainedWithoutBefore())
                .append("). ");
        effectLine(l, md, f.before(), f.after(), f.indexChange(), f.answerHoursChange());
        if (f.medianPairedIndexChange() != null) {
            md.append(l.t(
                            " Медиана изменения индекса каждого аккаунта: ",
                            " The median of each account's index change: "))
                    .append(l.signed(f.medianPairedIndexChange()))
                    .append(l.t(" (аккаунтов: ", " (accounts: "))
                    .append(f.pairedIndexes())
                    .append(").");
        }
        return Optional.of(new Block(
                "training-effect",
                BlockKind.TRAINING_EFFECT,
                l.t("Эффект обучения", "Training effect"),
                md.toString(),
                data));
    }

    /** "Median index 55.00 → 77.75 (+22.75); median answer hours …", or why the figures are withheld. */
    private static void effectLine(
            Lang l, StringBuilder md, EffectGroup from, EffectGroup to, BigDecimal index, BigDecimal hours) {
        if (from.suppressed() || to.suppressed()) {
            md.append(l.t(
                    "Медианы не показываются: в группе меньше минимума аккаунтов.",
                    "Medians are withheld: a group has fewer accounts than the minimum."));
            return;
        }
        md.append(l.t("Медианный индекс: ", "Median index: "))
                .append(l.number(from.medianIndex()))
                .append(" → ")
                .append(l.number(to.medianIndex()));
        if (index != null) {
            md.append(" (").append(l.signed(index)).append(")");
        }
        md.append(l.t("; медиана часов до первого ответа: ", "; median hours to the first answer: "))
                .append(l.number(from.medianAnswerHours()))
                .append(" → ")
                .append(l.number(to.medianAnswerHours()));
        if (hours != null) {
            md.append(" (").append(l.signed(hours)).append(")");
        }
        md.append(".");
    }

    private static Map<String, Object> group(String id, String name, EffectGroup g) {
        return map(
                "groupId", id,
                "name", name,
                "accounts", g.accounts(),
                "suppressed", g.suppressed(),
                "indexed", g.indexed(),
                "medianIndex", g.medianIndex(),
                "timed", g.timed(),
                "medianAnswerHours", g.medianAnswerHours());
    }

    /** One row per criterion code of either group: assessed, met and the share in each (the share null below n). */
    private static List<Map<String, Object>> effectCriteria(String a, EffectGroup first, String b, EffectGroup second) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (EffectCriterion c : first.criteria()) {
            rows.computeIfAbsent(c.code(), k -> map("code", c.code(), "title", c.title()));
        }
        for (EffectCriterion c : second.criteria()) {
            rows.computeIfAbsent(c.code(), k -> map("code", c.code(), "title", c.title()));
        }
        for (Map.Entry<String, Map<String, Object>> row : rows.entrySet()) {
            for (String prefix : List.of(a, b)) {
                EffectCriterion c = (prefix.equals(a) ? first : second)
                        .criteria().stream()
                                .filter(x -> x.code().equals(row.getKey()))
                                .findFirst()
                                .orElse(null);
                row.getValue().put(prefix + "Assessed", c == null ? 0 : c.assessed());
                row.getValue().put(prefix + "Met", c == null ? 0 : c.met());
                row.getValue().put(prefix + "ShareMet", c == null ? null : c.shareMet());
            }
        }
        return List.copyOf(rows.values());
    }

    // ---- personal sections ----

    BulletinDocument section(
            Lang l,
            UUID organization,
            List<Evaluation> evaluations,
            SnapshotResponse snapshot,
            Row orgRow,
            List<Row> ownAccountRows,
            Map<String, Criterion> criteria,
            RatingCampaign previous,
            List<FollowUp> ownFollowUps,
            Map<String, Criterion> allCriteria) {
        List<Evaluation> accounts = evaluations.stream()
                .sorted(Comparator.comparing(Evaluation::accountName).thenComparing(Evaluation::id))
                .toList();
        Map<String, int[]> failing = new TreeMap<>();
        Block recommendations = orgRecommendations(l, accounts, criteria, failing);
        return new BulletinDocument(List.of(
                recommendations,
                orgFailing(l, failing, criteria),
                orgChanges(l, snapshot, orgRow, ownAccountRows),
                orgFollowUp(l, previous, ownFollowUps, allCriteria)));
    }

    /**
     * The recommendations of each account's evaluation ({@code accounts} in their order); counts, per criterion code,
     * how many accounts failed it and how many were assessed on it into {@code failing}. The parts of a section are
     * built by separate methods: a section is built for every organisation, and one method holding them all is large
     * enough for the JIT compiler to take tens of megabytes of native memory compiling it.
     */
    private static Block orgRecommendations(
            Lang l, List<Evaluation> accounts, Map<String, Criterion> criteria, Map<String, int[]> failing) {
        // recommendations of the latest evaluation, per account
        List<Map<String, Object>> recommendationData = new ArrayList<>();
        StringBuilder recommendations = new StringBuilder();
        for (Evaluation e : accounts) {
            List<Map<String, Object>> items = new ArrayList<>();
            recommendations
                    .append("**")
                    .append(Markdown.escape(e.accountName()))
                    .append(l.t("** — индекс ", "** — index "))
                    .append(l.number(e.index()))
                    .append("\n\n");
            for (Answer a : e.answers()) {
                if (!a.assessed()) {
                    continue;
                }
                failing.computeIfAbsent(a.code(), k -> new int[2])[1]++;
                if (a.met()) {
                    continue;
                }
                failing.get(a.code())[0]++;
                String text = a.recommendation() != null && !a.recommendation().isBlank()
                        ? a.recommendation()
                        : criteria.containsKey(a.code())
                                ? criteria.get(a.code()).recommendation()
                                : "";
                items.add(map(
                        "code", a.code(),
                        "title", title(criteria, a.code()),
                        "points", a.points(),
                        "maxPoints", a.maxPoints(),
                        "recommendation", text));
                recommendations
                        .append("* ")
                        .append(Markdown.escape(title(criteria, a.code())))
                        .append(text.isBlank() ? "" : ": " + Markdown.escape(text))
                        .append('\n');
            }
            if (items.isEmpty()) {
                recommendations.append(
                        l.t("Все проверенные критерии выполнены.\n", "Every criterion assessed is met.\n"));
            }
            recommendations.append('\n');
            recommendationData.add(map(
                    "accountId", e.accountId(),
                    "name", e.accountName(),
                    "url", e.accountUrl(),
                    "platform", e.platform(),
                    "evaluationId", e.id(),
                    "index", e.index(),
                    "recommendations", items));
        }
        return new Block(
                "org-recommendations",
                BlockKind.ORG_RECOMMENDATIONS,
                l.t("Рекомендации по вашим аккаунтам", "Recommendations for your accounts"),
                recommendations.toString().strip(),
                map("accounts", recommendationData));
    }

    /** The criteria the organisation's accounts failed, most failing first. */
    private static Block orgFailing(Lang l, Map<String, int[]> failing, Map<String, Criterion> criteria) {
        List<Map<String, Object>> failingData = new ArrayList<>();
        StringBuilder failingText = new StringBuilder();
        failing.entrySet().stream()
                .filter(f -> f.getValue()[0] > 0)
                .sorted(Comparator.comparing((Map.Entry<String, int[]> f) -> -f.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .forEach(f -> {
                    failingData.add(map(
                            "code",
                            f.getKey(),
                            "title",
                            title(criteria, f.getKey()),
                            "failing",
                            f.getValue()[0],
                            "assessed",
                            f.getValue()[1],
                            "recommendation",
                            criteria.containsKey(f.getKey())
                                    ? criteria.get(f.getKey()).recommendation()
                                    : ""));
                    failingText
                            .append("* ")
                            .append(Markdown.escape(title(criteria, f.getKey())))
                            .append(l.t(" — не выполнен в ", " — failed by "))
                            .append(f.getValue()[0])
                            .append(l.t(" из ", " of "))
                            .append(f.getValue()[1])
                            .append(l.t(" аккаунтов\n", " accounts\n"));
                });
        if (failingData.isEmpty()) {
            failingText.append(l.t(
                    "Все проверенные критерии выполнены во всех аккаунтах.",
                    "Every criterion assessed is met by every account."));
        }
        return new Block(
                "org-failing",
                BlockKind.ORG_FAILING_CRITERIA,
                l.t("Невыполненные критерии", "Criteria not met"),
                failingText.toString().strip(),
                map("criteria", failingData));
    }

    /** The organisation's and its accounts' overall rows, with the changes since the previous campaign. */
    private static Block orgChanges(Lang l, SnapshotResponse snapshot, Row orgRow, List<Row> ownAccountRows) {
        // changes since the previous campaign: the organization's and its accounts' overall rows
        List<Row> accountRows = ownAccountRows.stream()
                .sorted(Comparator.comparing(Row::name).thenComparing(Row::unitId))
                .toList();
        String comparison = snapshot.comparison().status().name();
        StringBuilder changes = new StringBuilder();
        if (orgRow != null) {
            changes.append(l.t("Индекс организации — **", "The organisation's index is **"))
                    .append(l.number(orgRow.index()))
                    .append("**");
            if (orgRow.ranked()) {
                changes.append(l.t(", место ", ", place "))
                        .append(l.place(orgRow.placeFrom(), orgRow.placeTo(), orgRow.placeOf()));
            }
            changes.append(".");
            if (orgRow.indexDelta() != null) {
                changes.append(l.t(" С прошлой кампании: ", " Since the previous campaign: "))
                        .append(l.number(orgRow.previousIndex()))
                        .append(" → ")
                        .append(l.number(orgRow.index()))
                        .append(" (")
                        .append(l.signed(orgRow.indexDelta()))
                        .append(").");
            } else if (!"COMPARABLE".equals(comparison)) {
                changes.append(" ").append(l.explanation(snapshot.comparison()));
            }
            changes.append('\n');
        }
        for (Row r : accountRows) {
            changes.append("\n* ")
                    .append(Markdown.escape(r.name()))
                    .append(": ")
                    .append(l.number(r.index()));
            if (r.indexDelta() != null) {
                changes.append(" (").append(l.signed(r.indexDelta())).append(")");
            }
        }
        return new Block(
                "org-changes",
                BlockKind.ORG_CHANGES,
                l.t("Изменения с прошлой кампании", "Changes since the previous campaign"),
                changes.toString().strip(),
                map(
                        "comparison",
                        comparison,
                        "organization",
                        orgRow == null ? null : row(orgRow),
                        "accounts",
                        accountRows.stream().map(BulletinCompiler::row).toList()));
    }

    /** The follow-up of the previous campaign's recommendations to the organisation. */
    private static Block orgFollowUp(
            Lang l, RatingCampaign previous, List<FollowUp> ownFollowUps, Map<String, Criterion> allCriteria) {
        // follow-up of the previous campaign's recommendations
        List<FollowUp> own = ownFollowUps.stream()
                .sorted(Comparator.comparing((FollowUp f) -> f.previous().accountName())
                        .thenComparing(FollowUp::code))
                .toList();
        Map<String, Object> ownTotal = counts(own);
        StringBuilder follow = new StringBuilder();
        if (previous == null) {
            follow.append(
                    l.t(
                            "Это первая кампания по методике: выполнение рекомендаций будет видно в следующем выпуске.",
                            "This is the methodology's first campaign: whether recommendations were followed will show in the next issue."));
        } else if (own.isEmpty()) {
            follow.append(l.t("В кампании «", "The campaign “"))
                    .append(Markdown.escape(previous.title()))
                    .append(l.t("» рекомендаций организации не было.", "” gave the organisation no recommendations."));
        } else {
            follow.append(l.t("Из ", "Of "))
                    .append(ownTotal.get("recommended"))
                    .append(l.t(" рекомендаций кампании «", " recommendations of the campaign “"))
                    .append(Markdown.escape(previous.title()))
                    .append(l.t("» выполнено ", "”, followed: "))
                    .append(ownTotal.get("followed"))
                    .append(l.t(" из ", " of "))
                    .append(ownTotal.get("reassessed"))
                    .append(l.t(" проверенных повторно.\n", " re-assessed.\n"));
            for (FollowUp f : own) {
                follow.append("\n* ")
                        .append(Markdown.escape(f.previous().accountName()))
                        .append(" — ")
                        .append(Markdown.escape(title(allCriteria, f.code())))
                        .append(": ")
                        .append(
                                f.followed() == null
                                        ? l.t("не проверялось повторно", "not re-assessed")
                                        : f.followed()
                                                ? l.t("выполнено", "followed")
                                                : l.t("не выполнено", "not followed"));
            }
        }
        return new Block(
                "org-follow-up",
                BlockKind.ORG_FOLLOW_UP,
                l.t("Выполнение прежних рекомендаций", "Follow-up of earlier recommendations"),
                follow.toString().strip(),
                map(
                        "previousCampaign",
                        previous == null ? null : campaign(previous),
                        "total",
                        ownTotal,
                        "items",
                        own.stream()
                                .map(f -> map(
                                        "accountId", f.previous().accountId(),
                                        "accountName", f.previous().accountName(),
                                        "code", f.code(),
                                        "title", title(allCriteria, f.code()),
                                        "followed", f.followed()))
                                .toList()));
    }

    // ---- follow-up ----

    /**
     * Every recommendation of the previous campaign (an assessed criterion below full points) and whether the same
     * account met the same criterion in this campaign: true, false, or null when it was not assessed again.
     * {@code now} holds the answers of each account's evaluation in this campaign (the last by id); the previous
     * campaign's evaluations are read one at a time, by id: only what a follow-up shows of each is kept (its answers
     * are dropped once compared), so the previous campaign's answers are never all in memory.
     */
    private List<FollowUp> followUps(UUID previousCampaign, Map<UUID, List<Answer>> now, Shared shared) {
        List<FollowUp> out = new ArrayList<>();
        eachEvaluation(previousCampaign, shared, "id", before -> followUps(before, now, out));
        return out;
    }

    /** Adds the follow-ups of one previous evaluation; they refer to a copy of it without its answers. */
    private static void followUps(Evaluation before, Map<UUID, List<Answer>> now, List<FollowUp> out) {
        List<Answer> after = now.get(before.accountId());
        Evaluation slim = null;
        for (Answer a : before.answers()) {
            if (!a.assessed() || a.met()) {
                continue;
            }
            Boolean followed = null;
            if (after != null) {
                Optional<Answer> again = after.stream()
                        .filter(x -> x.code().equals(a.code()) && x.assessed())
                        .findFirst();
                followed = again.map(Answer::met).orElse(null);
            }
            if (slim == null) {
                slim = slim(before);
            }
            out.add(new FollowUp(slim, a.code(), followed));
        }
    }

    /** A copy of an evaluation without its answers. */
    static Evaluation slim(Evaluation e) {
        return new Evaluation(
                e.id(),
                e.accountId(),
                e.accountName(),
                e.accountUrl(),
                e.platform(),
                e.organizationId(),
                e.organizationName(),
                e.municipalityId(),
                e.municipalityName(),
                e.sector(),
                e.index(),
                List.of());
    }

    static Map<String, Object> counts(List<FollowUp> followUps) {
        long reassessed = followUps.stream().filter(f -> f.followed() != null).count();
        long followed = followUps.stream()
                .filter(f -> Boolean.TRUE.equals(f.followed()))
                .count();
        return map(
                "recommended",
                followUps.size(),
                "reassessed",
                reassessed,
                "followed",
                followed,
                "shareFollowed",
                share(followed, reassessed));
    }

    private static List<Map<String, Object>> grouped(
            List<FollowUp> followUps,
            Function<FollowUp, String> key,
            Function<FollowUp, String> name,
            Comparator<String> order) {
        Map<String, List<FollowUp>> groups = new TreeMap<>(order);
        Map<String, String> names = new HashMap<>();
        for (FollowUp f : followUps) {
            groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
            names.putIfAbsent(key.apply(f), name.apply(f));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<FollowUp>> g : groups.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", g.getKey());
            item.put("name", names.get(g.getKey()));
            item.putAll(counts(g.getValue()));
            out.add(item);
        }
        return out;
    }

    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    // ---- reads ----

    List<Row> rows(UUID snapshotId) {
        return rows(snapshotId, new Shared(), null);
    }

    /** The snapshot's rows (in the order the database gives them) that {@code need} keeps; all when it is null. */
    private List<Row> rows(UUID snapshotId, Shared shared, Need need) {
        List<Row> out = new ArrayList<>();
        db.each(
                "select level, peer_group, peer_key, unit_id, name, evaluation_id, organization_id,"
                        + " municipality_name, sector, kind, platform, evaluated, total, index_value, ranked,"
                        + " place_from, place_to, place_of, previous_index, index_delta, previous_place, place_delta"
                        + " from rating_published_row_view where snapshot_id = ? and level in ('ACCOUNT',"
                        + " 'ORGANIZATION', 'MUNICIPALITY')",
                FETCH,
                rs -> {
                    if (need == null
                            || need.keeps(RatingLevel.valueOf(rs.getString(1)), PeerGroup.valueOf(rs.getString(2)))) {
                        out.add(row(rs, shared));
                    }
                },
                snapshotId);
        return out;
    }

    private static Row row(ResultSet rs, Shared shared) throws SQLException {
        return new Row(
                RatingLevel.valueOf(rs.getString(1)),
                PeerGroup.valueOf(rs.getString(2)),
                shared.text(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getObject(7, UUID.class),
                shared.text(rs.getString(8)),
                shared.text(rs.getString(9)),
                shared.text(rs.getString(10)),
                shared.text(rs.getString(11)),
                rs.getInt(12),
                rs.getInt(13),
                rs.getBigDecimal(14),
                rs.getBoolean(15),
                (Integer) rs.getObject(16),
                (Integer) rs.getObject(17),
                (Integer) rs.getObject(18),
                rs.getBigDecimal(19),
                rs.getBigDecimal(20),
                (Integer) rs.getObject(21),
                (Integer) rs.getObject(22));
    }

    private Map<String, Criterion> criteria(UUID campaignId) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        db.list(
                        "select cr.code, cr.title, cr.recommendation, cr.normative, cr.position from criterion cr"
                                + " join monitoring_published_campaign_view c on c.criteria_set_id ="
                                + " cr.criteria_set_id where c.id = ? order by cr.position",
                        rs -> new Criterion(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)),
                        campaignId)
                .forEach(c -> out.put(c.code(), c));
        return out;
    }

    /**
     * Hands the campaign's published evaluations to {@code consumer} one at a time, ordered by {@code order} (a
     * constant: {@code id} or {@code organization_id, id}), read {@link #FETCH} rows at a time (each row's answers
     * JSON is parsed and dropped as it comes, instead of every row's text being held by the driver at once).
     */
    private void eachEvaluation(UUID campaignId, Shared shared, String order, Consumer<Evaluation> consumer) {
        db.each(
                "select id, account_id, account_name, account_url, platform, organization_id, organization_name,"
                        + " municipality_id, municipality_name, sector, index_value, " + ANSWER_FIELDS
                        + " from monitoring_published_evaluation_view where campaign_id = ? order by " + order,
                EVALUATION_FETCH,
                rs -> consumer.accept(new Evaluation(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        Objects.requireNonNullElse(rs.getString(3), ""),
                        rs.getString(4),
                        shared.text(rs.getString(5)),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        shared.text(rs.getString(9)),
                        shared.text(rs.getString(10)),
                        rs.getBigDecimal(11),
                        answers(rs.getString(12), shared))),
                campaignId);
    }

    /**
     * An evaluation's answers (the JSON of {@link #ANSWER_FIELDS}) but those not applicable, read token by token: the
     * five fields of each answer are taken as they come instead of every answer becoming a map first. Each value is
     * what a {@code Map<String, Object>} would hold (see {@link #value}), so what is built from it is the same.
     */
    List<Answer> answers(String text, Shared shared) {
        if (text == null) {
            return List.of();
        }
        try (JsonParser p = json.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("published answers not readable: not an array");
            }
            List<Answer> out = new ArrayList<>();
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.START_OBJECT) {
                Object code = null;
                Object points = null;
                Object maxPoints = null;
                Object recommendation = null;
                Object notApplicable = null;
                String name;
                while ((name = p.nextFieldName()) != null) {
                    p.nextToken();
                    Object value = value(p);
                    switch (name) {
                        case "code" -> code = value;
                        case "points" -> points = value;
                        case "maxPoints" -> maxPoints = value;
                        case "recommendation" -> recommendation = value;
                        case "notApplicable" -> notApplicable = value;
                        default -> {}
                    }
                }
                if (Boolean.TRUE.equals(notApplicable)) {
                    continue;
                }
                out.add(shared.answer(new Answer(
                        shared.text(String.valueOf(code)),
                        shared.number(decimal(points)),
                        shared.number(decimal(maxPoints)),
                        recommendation == null ? null : shared.text(String.valueOf(recommendation)))));
            }
            if (token != JsonToken.END_ARRAY) {
                throw new IllegalStateException("published answers not readable: " + token);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("published answers not readable", e);
        }
    }

    /**
     * The current JSON value as Jackson's untyped deserializer gives it: a string, an {@link Integer}, {@link Long} or
     * {@link java.math.BigInteger}, a {@link Double}, a boolean, null, or (for an object or array) what the mapper
     * reads.
     */
    private Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            // never in published answers; read in place, so the rest of the array is not "trailing tokens"
            default ->
                json.readerFor(Object.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readValue(p);
        };
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /**
     * One instance of each equal value read for one compilation. Two campaigns of a large region hold hundreds of
     * thousands of answers whose criterion codes, points and recommendation texts repeat (a recommendation is often
     * the methodology's standard text), and municipality, sector and platform names repeat on every row; sharing
     * them keeps what an issue is compiled from several times smaller in memory.
     */
    static final class Shared {
        private final Map<Object, Object> values = new HashMap<>();

        String text(String value) {
            return value == null ? null : (String) values.computeIfAbsent(value, v -> v);
        }

        BigDecimal number(BigDecimal value) {
            return value == null ? null : (BigDecimal) values.computeIfAbsent(value, v -> v);
        }

        /** Answers are values too: a campaign's ~120,000 answers are a few hundred distinct ones. */
        Answer answer(Answer value) {
            return (Answer) values.computeIfAbsent(value, v -> v);
        }
    }

    /**
     * The previous campaign's average account index ({@link #mean} of its newest snapshot's overall account indexes),
     * summed by the database: the previous snapshot's rows are not read into memory beside the current ones. The sum
     * of numerics is exact, so dividing it here gives what {@link #mean} gives over the rows.
     */
    private BigDecimal previousAverage(UUID previousCampaign) {
        return db.one(
                        "select id from rating_published_snapshot_view where campaign_id = ?"
                                + " order by revision desc limit 1",
                        rs -> rs.getObject(1, UUID.class),
                        previousCampaign)
                .flatMap(id -> db.one(
                        "select sum(index_value), count(index_value) from rating_published_row_view"
                                + " where snapshot_id = ? and level = 'ACCOUNT' and peer_group = 'OVERALL'",
                        rs -> new BigDecimal[] {rs.getBigDecimal(1), BigDecimal.valueOf(rs.getLong(2))},
                        id))
                .filter(sumCount -> sumCount[1].signum() > 0)
                .map(sumCount -> sumCount[0].divide(sumCount[1], 1, RoundingMode.HALF_UP))
                .orElse(null);
    }

    // ---- helpers ----

    private static List<Row> overall(List<Row> rows, RatingLevel level) {
        return rows.stream()
                .filter(r -> r.level() == level && r.peerGroup() == PeerGroup.OVERALL)
                .toList();
    }

    /** Rows of one level by peer group: OVERALL first, then each sector, then each kind. */
    private static Map<String, List<Row>> groups(List<Row> rows, RatingLevel level) {
        Map<String, List<Row>> out = new TreeMap<>(Comparator.comparing((String k) ->
                        PeerGroup.valueOf(k.substring(0, k.indexOf('/'))).ordinal())
                .thenComparing(Comparator.naturalOrder()));
        for (Row r : rows) {
            if (r.level() == level) {
                out.computeIfAbsent(r.peerGroup() + "/" + r.peerKey(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        return out;
    }

    /** The mean of one-decimal indexes, rounded once, half up, to one decimal (the rating's aggregation). */
    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> row(Row r) {
        return map(
                "unitId", r.unitId(),
                "name", r.name(),
                "municipalityName", r.municipalityName(),
                "sector", r.sector(),
                "kind", r.kind(),
                "index", r.index(),
                "place", place(r),
                "previousIndex", r.previousIndex(),
                "indexDelta", r.indexDelta(),
                "previousPlace", r.previousPlace(),
                "placeDelta", r.placeDelta(),
                "link",
                        switch (r.level()) {
                            case ORGANIZATION -> "/ratings/organizations/" + r.unitId();
                            case MUNICIPALITY -> "/ratings/municipalities/" + r.unitId();
                            default -> r.evaluationId() == null ? null : "/evaluations/" + r.evaluationId();
                        });
    }

    private static Map<String, Object> place(Row r) {
        return r.placeFrom() == null ? null : map("from", r.placeFrom(), "to", r.placeTo(), "of", r.placeOf());
    }

    private static Map<String, Object> campaign(RatingCampaign c) {
        return map("id", c.id(), "title", c.title(), "period", c.period(), "publishedAt", c.publishedAt());
    }

    private static String title(Map<String, Criterion> criteria, String code) {
        Criterion c = criteria.get(code);
        return c == null ? code : c.title();
    }

    /** An insertion-ordered map from alternating keys and values; values may be null. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
