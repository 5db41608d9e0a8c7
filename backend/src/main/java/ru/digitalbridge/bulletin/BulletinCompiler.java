package ru.digitalbridge.bulletin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.rating.PeerGroup;
import ru.digitalbridge.rating.RatingLevel;
import ru.digitalbridge.rating.RatingReads;
import ru.digitalbridge.rating.RatingStatistics;
import ru.digitalbridge.rating.RatingStatistics.AnswerStat;
import ru.digitalbridge.rating.RatingStatistics.CriterionStat;
import ru.digitalbridge.rating.RatingViews.RatingCampaign;
import ru.digitalbridge.rating.RatingViews.SnapshotResponse;

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

    private static final TypeReference<List<Map<String, Object>>> ANSWERS = new TypeReference<>() {};

    /** What the compiler proposes: the public document and each organisation's personal section. */
    public record Compiled(UUID snapshotId, BulletinDocument document, Map<UUID, BulletinDocument> sections) {}

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

    private final Sql db;
    private final ObjectMapper json;
    private final RatingReads ratings;

    BulletinCompiler(Sql db, ObjectMapper json, RatingReads ratings) {
        this.db = db;
        this.json = json;
        this.ratings = ratings;
    }

    /** The blocks and sections proposed for an issue compiled from {@code campaignId} with snapshot {@code snapshotId}. */
    public Compiled compile(UUID campaignId, UUID snapshotId) {
        SnapshotResponse snapshot = ratings.snapshot(snapshotId);
        List<Row> rows = rows(snapshotId);
        Map<String, Criterion> criteria = criteria(campaignId);
        List<Evaluation> evaluations = evaluations(campaignId);
        RatingCampaign previousCampaign = snapshot.comparison().previousCampaign();
        List<FollowUp> followUps =
                previousCampaign == null ? List.of() : followUps(evaluations(previousCampaign.id()), evaluations);
        Map<String, Criterion> allCriteria = new HashMap<>(criteria);
        if (previousCampaign != null) {
            criteria(previousCampaign.id()).forEach(allCriteria::putIfAbsent);
        }

        List<Block> blocks = new ArrayList<>();
        blocks.add(summary(snapshot, rows));
        blocks.add(leaders(snapshot, rows));
        blocks.add(mostImproved(snapshot, rows));
        blocks.add(municipalities(snapshot.statistics(), rows));
        blocks.add(failures(snapshot.statistics(), criteria, evaluations));
        blocks.add(answerTimes(snapshot.statistics()));
        blocks.add(followUp(previousCampaign, followUps, allCriteria));

        Map<UUID, BulletinDocument> sections = new LinkedHashMap<>();
        Map<String, Row> organizationRows = overall(rows, RatingLevel.ORGANIZATION).stream()
                .collect(Collectors.toMap(Row::unitId, Function.identity(), (a, b) -> a));
        Map<UUID, List<Row>> accountRows = overall(rows, RatingLevel.ACCOUNT).stream()
                .filter(r -> r.organizationId() != null)
                .collect(Collectors.groupingBy(Row::organizationId));
        Map<UUID, List<FollowUp>> followUpsByOrganization = followUps.stream()
                .filter(f -> f.previous().organizationId() != null)
                .collect(Collectors.groupingBy(f -> f.previous().organizationId()));
        Map<UUID, List<Evaluation>> byOrganization = evaluations.stream()
                .filter(e -> e.organizationId() != null)
                .collect(Collectors.groupingBy(Evaluation::organizationId, TreeMap::new, Collectors.toList()));
        for (Map.Entry<UUID, List<Evaluation>> org : byOrganization.entrySet()) {
            sections.put(
                    org.getKey(),
                    section(
                            org.getKey(),
                            org.getValue(),
                            snapshot,
                            organizationRows.get(org.getKey().toString()),
                            accountRows.getOrDefault(org.getKey(), List.of()),
                            criteria,
                            previousCampaign,
                            followUpsByOrganization.getOrDefault(org.getKey(), List.of()),
                            allCriteria));
        }
        return new Compiled(snapshotId, new BulletinDocument(blocks), sections);
    }

    // ---- public blocks ----

    Block summary(SnapshotResponse snapshot, List<Row> rows) {
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
        md.append("Подведены итоги кампании мониторинга «")
                .append(Markdown.escape(snapshot.campaign().title()))
                .append("» (")
                .append(Markdown.escape(snapshot.campaign().period()))
                .append("). Опубликовано оценок: ")
                .append(snapshot.evaluations())
                .append(".");
        if (average != null) {
            md.append(" Средний индекс аккаунтов — **")
                    .append(Markdown.number(average))
                    .append("**");
            if (previousAverage != null) {
                md.append(" (в предыдущей кампании «")
                        .append(Markdown.escape(previous.title()))
                        .append("» — ")
                        .append(Markdown.number(previousAverage))
                        .append(")");
            }
            md.append(".");
        }
        md.append("\n\nВ рейтинге ")
                .append(organizations.stream().filter(Row::ranked).count())
                .append(" из ")
                .append(organizations.size())
                .append(" организаций и ")
                .append(municipalities.stream().filter(Row::ranked).count())
                .append(" из ")
                .append(municipalities.size())
                .append(" муниципальных образований (муниципальному образованию нужно не менее пяти организаций с"
                        + " индексом).");
        return new Block("summary", BlockKind.SUMMARY, "Итоги кампании", md.toString(), data);
    }

    Block leaders(SnapshotResponse snapshot, List<Row> rows) {
        List<Map<String, Object>> groups = new ArrayList<>();
        StringBuilder md = new StringBuilder("Лучшие организации по индексу — в целом, в своей отрасли и среди"
                + " организаций своего вида (при равенстве индексов место общее).\n");
        for (Map.Entry<String, List<Row>> group :
                groups(rows, RatingLevel.ORGANIZATION).entrySet()) {
            List<Row> top = group.getValue().stream()
                    .filter(r -> r.ranked() && r.placeFrom() != null && r.placeFrom() <= LIMIT)
                    .sorted(Comparator.comparing(Row::placeFrom).thenComparing(Row::name))
                    .toList();
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
                for (Row r : top) {
                    md.append("1. **")
                            .append(Markdown.escape(r.name()))
                            .append("** — ")
                            .append(Markdown.number(r.index()))
                            .append(" (место ")
                            .append(Markdown.place(r.placeFrom(), r.placeTo(), r.placeOf()))
                            .append(")\n");
                }
            }
        }
        Map<String, Object> data = map(
                "level",
                RatingLevel.ORGANIZATION.name(),
                "limit",
                LIMIT,
                "comparison",
                snapshot.comparison().status().name(),
                "groups",
                groups);
        return new Block("leaders", BlockKind.LEADERS, "Лидеры рейтинга", md.toString(), data);
    }

    Block mostImproved(SnapshotResponse snapshot, List<Row> rows) {
        List<Map<String, Object>> groups = new ArrayList<>();
        boolean comparable = "COMPARABLE".equals(snapshot.comparison().status().name());
        StringBuilder md = new StringBuilder();
        if (!comparable) {
            md.append("Сравнение с предыдущей кампанией невозможно: ")
                    .append(Markdown.escape(snapshot.comparison().explanation()));
        } else {
            md.append("Организации, сильнее всего улучшившие индекс с прошлой кампании «")
                    .append(Markdown.escape(
                            snapshot.comparison().previousCampaign().title()))
                    .append("».\n");
            for (Map.Entry<String, List<Row>> group :
                    groups(rows, RatingLevel.ORGANIZATION).entrySet()) {
                List<Row> top = group.getValue().stream()
                        .filter(r -> r.indexDelta() != null && r.indexDelta().signum() > 0)
                        .sorted(Comparator.comparing(Row::indexDelta).reversed().thenComparing(Row::name))
                        .limit(LIMIT)
                        .toList();
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
                    for (Row r : top) {
                        md.append("* **")
                                .append(Markdown.escape(r.name()))
                                .append("** — ")
                                .append(Markdown.number(r.previousIndex()))
                                .append(" → ")
                                .append(Markdown.number(r.index()))
                                .append(" (+")
                                .append(Markdown.number(r.indexDelta()))
                                .append(")\n");
                    }
                }
            }
            if (groups.isEmpty()) {
                md.append("\nНи одна организация не улучшила индекс.");
            }
        }
        Map<String, Object> data = map(
                "level",
                RatingLevel.ORGANIZATION.name(),
                "limit",
                LIMIT,
                "comparison",
                snapshot.comparison().status().name(),
                "groups",
                groups);
        return new Block("most-improved", BlockKind.MOST_IMPROVED, "Рост за период", md.toString(), data);
    }

    Block municipalities(RatingStatistics statistics, List<Row> rows) {
        Map<String, AnswerStat> answers = statistics.answerTimes().stream()
                .filter(a -> a.level() == RatingLevel.MUNICIPALITY)
                .collect(Collectors.toMap(AnswerStat::unitId, Function.identity(), (a, b) -> a));
        List<Row> municipalities = overall(rows, RatingLevel.MUNICIPALITY).stream()
                .sorted(Comparator.comparing((Row r) -> !r.ranked())
                        .thenComparing(r -> r.placeFrom() == null ? Integer.MAX_VALUE : r.placeFrom())
                        .thenComparing(Row::name))
                .toList();
        List<Map<String, Object>> out = new ArrayList<>();
        StringBuilder md = new StringBuilder("Индекс муниципальных образований — среднее по их организациям в"
                + " рейтинге; место — при не менее чем пяти таких организациях.\n\n");
        md.append("| Муниципальное образование | Индекс | Место | Ответ за 24 ч, % |\n| --- | --- | --- | --- |\n");
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
                    .append(Markdown.number(r.index()))
                    .append(" | ")
                    .append(r.ranked() ? Markdown.place(r.placeFrom(), r.placeTo(), r.placeOf()) : "—")
                    .append(" | ")
                    .append(a == null ? "—" : Markdown.number(a.shareAnswered24h()))
                    .append(" |\n");
        }
        return new Block(
                "municipalities",
                BlockKind.MUNICIPALITIES,
                "Муниципальные образования",
                md.toString(),
                map("rows", out));
    }

    Block failures(RatingStatistics statistics, Map<String, Criterion> criteria, List<Evaluation> evaluations) {
        List<CriterionStat> common = statistics.commonFailures().stream()
                .filter(s -> s.peerGroup() == PeerGroup.OVERALL)
                .toList();
        List<Map<String, Object>> out = new ArrayList<>();
        StringBuilder md = new StringBuilder(
                "Чаще всего не выполняются эти критерии методики. Как исправить — и" + " у кого получилось.\n");
        for (CriterionStat stat : common) {
            Criterion criterion = criteria.get(stat.code());
            List<Evaluation> good = evaluations.stream()
                    .filter(e -> e.answers().stream().anyMatch(a -> a.code().equals(stat.code()) && a.met()))
                    .sorted(Comparator.comparing(
                                    (Evaluation e) -> e.index() == null ? BigDecimal.valueOf(-1) : e.index())
                            .reversed()
                            .thenComparing(Evaluation::accountName)
                            .thenComparing(Evaluation::id))
                    .limit(EXAMPLES)
                    .toList();
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
                    .append("\n\nНе выполняют ")
                    .append(stat.failed())
                    .append(" из ")
                    .append(stat.assessed())
                    .append(" проверенных аккаунтов (выполняют ")
                    .append(Markdown.number(stat.shareMet()))
                    .append(" %).");
            if (!recommendation.isBlank()) {
                md.append("\n\n**Как исправить:** ").append(Markdown.escape(recommendation));
            }
            if (!examples.isEmpty()) {
                md.append("\n\n**Хорошие примеры:** ");
                md.append(good.stream()
                        .map(e -> Markdown.link(e.accountName(), e.accountUrl()))
                        .collect(Collectors.joining(", ")));
            }
            md.append('\n');
        }
        if (common.isEmpty()) {
            md.append("\nВсе проверенные аккаунты выполнили все критерии.");
        }
        return new Block(
                "failures",
                BlockKind.FAILURES,
                "Частые ошибки и как их исправить",
                md.toString(),
                map("peerGroup", PeerGroup.OVERALL.name(), "criteria", out));
    }

    Block answerTimes(RatingStatistics statistics) {
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
        StringBuilder md = new StringBuilder("Правило: на вопрос жителя отвечают в течение ")
                .append(THRESHOLD_HOURS)
                .append(" часов. В выборках кампании ")
                .append(questions)
                .append(" вопросов, ответ получен на ")
                .append(answered)
                .append(".\n");
        List<AnswerStat> slow = statistics.answerTimes().stream()
                .filter(a -> a.level() == RatingLevel.MUNICIPALITY && a.shareAnswered24h() != null)
                .sorted(Comparator.comparing(AnswerStat::shareAnswered24h).thenComparing(AnswerStat::name))
                .limit(LIMIT)
                .toList();
        if (!slow.isEmpty()) {
            md.append("\nРеже всего отвечают вовремя:\n\n");
            for (AnswerStat a : slow) {
                md.append("* ")
                        .append(Markdown.escape(a.name()))
                        .append(" — ")
                        .append(Markdown.number(a.shareAnswered24h()))
                        .append(" % за 24 ч");
                if (a.medianHours() != null) {
                    md.append(", медиана ")
                            .append(Markdown.number(a.medianHours()))
                            .append(" ч");
                }
                md.append('\n');
            }
        }
        return new Block(
                "answer-times",
                BlockKind.ANSWER_TIMES,
                "Скорость ответов жителям",
                md.toString(),
                map(
                        "thresholdHours", THRESHOLD_HOURS,
                        "total", map("questions", questions, "answered", answered),
                        "municipalities", municipalities,
                        "sectors", sectors));
    }

    Block followUp(RatingCampaign previous, List<FollowUp> followUps, Map<String, Criterion> criteria) {
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
            md.append("Это первая кампания по методике: выполнение рекомендаций будет видно в следующем выпуске.");
        } else {
            md.append("Из ")
                    .append(total.get("recommended"))
                    .append(" рекомендаций кампании «")
                    .append(Markdown.escape(previous.title()))
                    .append("» повторно проверено ")
                    .append(total.get("reassessed"))
                    .append(", выполнено ")
                    .append(total.get("followed"));
            if (total.get("shareFollowed") != null) {
                md.append(" (")
                        .append(Markdown.number((BigDecimal) total.get("shareFollowed")))
                        .append(" %)");
            }
            md.append(". Рекомендация считается выполненной, если в этой кампании критерий выполнен полностью.");
        }
        return new Block("follow-up", BlockKind.FOLLOW_UP, "Выполнение рекомендаций", md.toString(), data);
    }

    // ---- personal sections ----

    BulletinDocument section(
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
        // recommendations of the latest evaluation, per account
        List<Map<String, Object>> recommendationData = new ArrayList<>();
        StringBuilder recommendations = new StringBuilder();
        Map<String, int[]> failing = new TreeMap<>();
        for (Evaluation e : accounts) {
            List<Map<String, Object>> items = new ArrayList<>();
            recommendations
                    .append("**")
                    .append(Markdown.escape(e.accountName()))
                    .append("** — индекс ")
                    .append(Markdown.number(e.index()))
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
                recommendations.append("Все проверенные критерии выполнены.\n");
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
        // failing criteria, most failing first
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
                            .append(" — не выполнен в ")
                            .append(f.getValue()[0])
                            .append(" из ")
                            .append(f.getValue()[1])
                            .append(" аккаунтов\n");
                });
        if (failingData.isEmpty()) {
            failingText.append("Все проверенные критерии выполнены во всех аккаунтах.");
        }
        // changes since the previous campaign: the organization's and its accounts' overall rows
        List<Row> accountRows = ownAccountRows.stream()
                .sorted(Comparator.comparing(Row::name).thenComparing(Row::unitId))
                .toList();
        String comparison = snapshot.comparison().status().name();
        StringBuilder changes = new StringBuilder();
        if (orgRow != null) {
            changes.append("Индекс организации — **")
                    .append(Markdown.number(orgRow.index()))
                    .append("**");
            if (orgRow.ranked()) {
                changes.append(", место ")
                        .append(Markdown.place(orgRow.placeFrom(), orgRow.placeTo(), orgRow.placeOf()));
            }
            changes.append(".");
            if (orgRow.indexDelta() != null) {
                changes.append(" С прошлой кампании: ")
                        .append(Markdown.number(orgRow.previousIndex()))
                        .append(" → ")
                        .append(Markdown.number(orgRow.index()))
                        .append(" (")
                        .append(Markdown.signed(orgRow.indexDelta()))
                        .append(").");
            } else if (!"COMPARABLE".equals(comparison)) {
                changes.append(" ").append(Markdown.escape(snapshot.comparison().explanation()));
            }
            changes.append('\n');
        }
        for (Row r : accountRows) {
            changes.append("\n* ")
                    .append(Markdown.escape(r.name()))
                    .append(": ")
                    .append(Markdown.number(r.index()));
            if (r.indexDelta() != null) {
                changes.append(" (").append(Markdown.signed(r.indexDelta())).append(")");
            }
        }
        // follow-up of the previous campaign's recommendations
        List<FollowUp> own = ownFollowUps.stream()
                .sorted(Comparator.comparing((FollowUp f) -> f.previous().accountName())
                        .thenComparing(FollowUp::code))
                .toList();
        Map<String, Object> ownTotal = counts(own);
        StringBuilder follow = new StringBuilder();
        if (previous == null) {
            follow.append("Это первая кампания по методике: выполнение рекомендаций будет видно в следующем выпуске.");
        } else if (own.isEmpty()) {
            follow.append("В кампании «")
                    .append(Markdown.escape(previous.title()))
                    .append("» рекомендаций организации не было.");
        } else {
            follow.append("Из ")
                    .append(ownTotal.get("recommended"))
                    .append(" рекомендаций кампании «")
                    .append(Markdown.escape(previous.title()))
                    .append("» выполнено ")
                    .append(ownTotal.get("followed"))
                    .append(" из ")
                    .append(ownTotal.get("reassessed"))
                    .append(" проверенных повторно.\n");
            for (FollowUp f : own) {
                follow.append("\n* ")
                        .append(Markdown.escape(f.previous().accountName()))
                        .append(" — ")
                        .append(Markdown.escape(title(allCriteria, f.code())))
                        .append(": ")
                        .append(
                                f.followed() == null
                                        ? "не проверялось повторно"
                                        : f.followed() ? "выполнено" : "не выполнено");
            }
        }
        List<Block> blocks = List.of(
                new Block(
                        "org-recommendations",
                        BlockKind.ORG_RECOMMENDATIONS,
                        "Рекомендации по вашим аккаунтам",
                        recommendations.toString().strip(),
                        map("accounts", recommendationData)),
                new Block(
                        "org-failing",
                        BlockKind.ORG_FAILING_CRITERIA,
                        "Невыполненные критерии",
                        failingText.toString().strip(),
                        map("criteria", failingData)),
                new Block(
                        "org-changes",
                        BlockKind.ORG_CHANGES,
                        "Изменения с прошлой кампании",
                        changes.toString().strip(),
                        map(
                                "comparison",
                                comparison,
                                "organization",
                                orgRow == null ? null : row(orgRow),
                                "accounts",
                                accountRows.stream().map(BulletinCompiler::row).toList())),
                new Block(
                        "org-follow-up",
                        BlockKind.ORG_FOLLOW_UP,
                        "Выполнение прежних рекомендаций",
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
                                        .toList())));
        return new BulletinDocument(blocks);
    }

    // ---- follow-up ----

    /**
     * Every recommendation of the previous campaign (an assessed criterion below full points) and whether the same
     * account met the same criterion in this campaign: true, false, or null when it was not assessed again.
     */
    static List<FollowUp> followUps(List<Evaluation> previous, List<Evaluation> current) {
        Map<UUID, Evaluation> now = new HashMap<>();
        for (Evaluation e : current) {
            now.put(e.accountId(), e);
        }
        List<FollowUp> out = new ArrayList<>();
        for (Evaluation before : previous) {
            Evaluation after = now.get(before.accountId());
            for (Answer a : before.answers()) {
                if (!a.assessed() || a.met()) {
                    continue;
                }
                Boolean followed = null;
                if (after != null) {
                    Optional<Answer> again = after.answers().stream()
                            .filter(x -> x.code().equals(a.code()) && x.assessed())
                            .findFirst();
                    followed = again.map(Answer::met).orElse(null);
                }
                out.add(new FollowUp(before, a.code(), followed));
            }
        }
        return out;
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
        return db.list(
                "select level, peer_group, peer_key, unit_id, name, evaluation_id, organization_id,"
                        + " municipality_name, sector, kind, platform, evaluated, total, index_value, ranked,"
                        + " place_from, place_to, place_of, previous_index, index_delta, previous_place, place_delta"
                        + " from rating_published_row_view where snapshot_id = ? and level in ('ACCOUNT',"
                        + " 'ORGANIZATION', 'MUNICIPALITY')",
                BulletinCompiler::row,
                snapshotId);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                RatingLevel.valueOf(rs.getString(1)),
                PeerGroup.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
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

    List<Evaluation> evaluations(UUID campaignId) {
        return db.list(
                "select id, account_id, account_name, account_url, platform, organization_id, organization_name,"
                        + " municipality_id, municipality_name, sector, index_value, answers"
                        + " from monitoring_published_evaluation_view where campaign_id = ? order by id",
                rs -> new Evaluation(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        Objects.requireNonNullElse(rs.getString(3), ""),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getBigDecimal(11),
                        answers(rs.getString(12))),
                campaignId);
    }

    private List<Answer> answers(String text) {
        try {
            List<Map<String, Object>> raw = json.readValue(text == null ? "[]" : text, ANSWERS);
            List<Answer> out = new ArrayList<>();
            for (Map<String, Object> a : raw) {
                if (Boolean.TRUE.equals(a.get("notApplicable"))) {
                    continue;
                }
                out.add(new Answer(
                        String.valueOf(a.get("code")),
                        decimal(a.get("points")),
                        decimal(a.get("maxPoints")),
                        a.get("recommendation") == null ? null : String.valueOf(a.get("recommendation"))));
            }
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("published answers not readable", e);
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private BigDecimal previousAverage(UUID previousCampaign) {
        return db.one(
                        "select id from rating_published_snapshot_view where campaign_id = ?"
                                + " order by revision desc limit 1",
                        rs -> rs.getObject(1, UUID.class),
                        previousCampaign)
                .map(id -> mean(rows(id).stream()
                        .filter(r -> r.level() == RatingLevel.ACCOUNT
                                && r.peerGroup() == PeerGroup.OVERALL
                                && r.index() != null)
                        .map(Row::index)
                        .toList()))
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
