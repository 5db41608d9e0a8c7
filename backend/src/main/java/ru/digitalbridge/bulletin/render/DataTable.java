package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.digitalbridge.bulletin.BlockKind;

/**
 * A block's {@code data} (shapes in docs/bulletins.md) read as tables: every top-level array of objects is a table
 * (an array whose objects hold {@code rows}, like LEADERS' peer groups, is one table per object, captioned by its
 * group); the top-level numbers, also those one object deep (SUMMARY's {@code accounts.averageIndex}), form one
 * "measure / value" table. Columns are the rows' scalar fields in first-seen order; identifiers and site links are
 * left out; a {@code place} object shows as "2–3 / 6"; lists of {@code {name, url}} are safe links. Shares are
 * percent (0–100). The reading is tolerant on purpose: an unknown field still shows, labelled from its name.
 */
record DataTable(String key, String caption, List<Column> columns, List<Map<String, JsonNode>> rows) {

    /** A row field telling that this row's value is a share, for the scalar table mixing kinds. */
    static final String SHARE_FLAG = "_share";

    record Column(String key, String label, boolean numeric) {}

    /** What to draw for a table: the label column and one or two value columns (stacked when two). */
    record ChartSpec(Column label, List<Column> values, boolean share) {}

    private static final Set<String> SKIPPED = Set.of(
            "id",
            "uuid",
            "url",
            "href",
            "link",
            "limit",
            "peerKey",
            "campaign",
            "snapshot",
            "methodology",
            "previousCampaign",
            "comparison",
            "level",
            "thresholdHours",
            // derivable or secondary: left out so the FAILURES table (how-to-fix, examples) fits the A4 width
            "met",
            "normative");
    private static final Map<BlockKind, List<String>> PREFERRED_VALUES = Map.of(
            BlockKind.LEADERS, List.of("index"),
            BlockKind.MOST_IMPROVED, List.of("indexDelta", "index"),
            BlockKind.MUNICIPALITIES, List.of("index"),
            BlockKind.FAILURES, List.of("failed", "shareMet"),
            BlockKind.ANSWER_TIMES, List.of("shareAnswered24h", "medianHours"),
            BlockKind.TRAINING_EFFECT, List.of("medianIndex", "graduatesShareMet", "afterShareMet"),
            BlockKind.FOLLOW_UP, List.of("shareFollowed"),
            BlockKind.ORG_FAILING_CRITERIA, List.of("shareMet", "failed"),
            BlockKind.ORG_CHANGES, List.of("indexDelta", "delta"),
            BlockKind.ORG_FOLLOW_UP, List.of("shareFollowed"));
    private static final List<String> LABELS = List.of(
            "name", "title", "organizationName", "accountName", "municipalityName", "criterion", "code", "label");

    static List<DataTable> read(JsonNode data, Locale locale) {
        List<DataTable> tables = new ArrayList<>();
        if (data == null || !data.isObject()) {
            return tables;
        }
        List<Map<String, JsonNode>> scalars = new ArrayList<>();
        data.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (SKIPPED.contains(key)) {
                return;
            }
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                if (value.get(0).path("rows").isArray()) {
                    for (JsonNode group : value) {
                        if (!group.path("rows").isEmpty()) {
                            tables.add(fromArray(key, groupCaption(group, locale), group.path("rows"), locale));
                        }
                    }
                } else {
                    tables.add(fromArray(key, label(key, locale), value, locale));
                }
            } else if (value.isNumber()) {
                scalars.add(scalar(label(key, locale), key, value));
            } else if (value.isObject() && !value.has("from")) {
                value.fields().forEachRemaining(inner -> {
                    if (inner.getValue().isNumber() && !SKIPPED.contains(inner.getKey())) {
                        scalars.add(scalar(
                                label(key, locale) + ": "
                                        + label(inner.getKey(), locale).toLowerCase(locale),
                                inner.getKey(),
                                inner.getValue()));
                    }
                });
            }
        });
        if (!scalars.isEmpty()) {
            tables.add(
                    0,
                    new DataTable(
                            "summary",
                            null,
                            List.of(
                                    new Column("label", label("label", locale), false),
                                    new Column("value", label("value", locale), true)),
                            scalars));
        }
        return tables;
    }

    private static Map<String, JsonNode> scalar(String label, String key, JsonNode value) {
        Map<String, JsonNode> row = new LinkedHashMap<>();
        row.put("label", TextNode.valueOf(label));
        row.put("value", value);
        row.put(SHARE_FLAG, BooleanNode.valueOf(isShare(key)));
        return row;
    }

    private static String groupCaption(JsonNode group, Locale locale) {
        String peer = group.path("peerGroup").asText("");
        String key = group.path("peerKey").asText("");
        String label = label(peer.isEmpty() ? "group" : "peer" + peer, locale);
        return key.isEmpty() ? label : label + ": " + key;
    }

    private static DataTable fromArray(String key, String caption, JsonNode array, Locale locale) {
        Set<String> keys = new LinkedHashSet<>();
        Map<String, Boolean> numeric = new LinkedHashMap<>();
        List<Map<String, JsonNode>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                continue;
            }
            Map<String, JsonNode> row = new LinkedHashMap<>();
            item.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue()));
            // follow-up: the recommendations re-assessed but not followed, for the stacked «fixed / not fixed» bars
            if (row.get("followed") != null
                    && row.get("followed").isNumber()
                    && row.get("reassessed") != null
                    && row.get("reassessed").isNumber()) {
                row.put(
                        "notFollowed",
                        DoubleNode.valueOf(Math.max(
                                0,
                                row.get("reassessed").asDouble()
                                        - row.get("followed").asDouble())));
            }
            row.forEach((k, v) -> {
                boolean shown = !SKIPPED.contains(k) && !k.endsWith("Id") && !v.isNull();
                if (shown && (v.isValueNode() || isLinkList(v) || isPlace(v))) {
                    keys.add(k);
                    numeric.merge(k, v.isNumber(), Boolean::logicalAnd);
                }
            });
            rows.add(row);
        }
        if (keys.contains("title") || keys.contains("name")) {
            keys.remove("code"); // the criterion's code says less than its title and costs a column
        }
        List<Column> columns = new ArrayList<>();
        for (String k : keys) {
            columns.add(new Column(k, label(k, locale), numeric.getOrDefault(k, false)));
        }
        return new DataTable(key, caption, columns, rows);
    }

    static boolean isLinkList(JsonNode v) {
        return v.isArray() && !v.isEmpty() && (v.get(0).isTextual() || v.get(0).isObject());
    }

    static boolean isPlace(JsonNode v) {
        return v != null && v.isObject() && v.has("from");
    }

    /** The chart for this table, if it has a label and a number to draw. */
    ChartSpec chart(BlockKind kind) {
        Column labelColumn = null;
        for (String preferred : LABELS) {
            Column c = column(preferred);
            if (c != null && !c.numeric()) {
                labelColumn = c;
                break;
            }
        }
        if (labelColumn == null) {
            labelColumn = columns.stream().filter(c -> !c.numeric()).findFirst().orElse(null);
        }
        if (labelColumn == null || rows.isEmpty()) {
            return null;
        }
        for (String[] pair : new String[][] {{"followed", "notFollowed"}, {"fixed", "notFixed"}}) {
            Column done = column(pair[0]);
            Column notDone = column(pair[1]);
            if (done != null && done.numeric() && notDone != null && notDone.numeric()) {
                return new ChartSpec(labelColumn, List.of(done, notDone), false);
            }
        }
        for (String preferred : PREFERRED_VALUES.getOrDefault(kind, List.of())) {
            Column c = column(preferred);
            if (c != null && c.numeric()) {
                return new ChartSpec(labelColumn, List.of(c), isShare(c.key()));
            }
        }
        Column label = labelColumn;
        return columns.stream()
                .filter(c -> c.numeric()
                        && !Set.of("rank", "place", "position", "number").contains(c.key()))
                .findFirst()
                .map(c -> new ChartSpec(label, List.of(c), isShare(c.key())))
                .orElse(null);
    }

    Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    static boolean isShare(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("share") || k.endsWith("rate") || k.contains("ratio");
    }

    private static final Map<String, String[]> COLUMN_LABELS = Map.ofEntries(
            Map.entry("label", new String[] {"Показатель", "Measure"}),
            Map.entry("value", new String[] {"Значение", "Value"}),
            Map.entry("name", new String[] {"Название", "Name"}),
            Map.entry("title", new String[] {"Название", "Title"}),
            Map.entry("code", new String[] {"Код", "Code"}),
            Map.entry("organizationName", new String[] {"Организация", "Organisation"}),
            Map.entry("accountName", new String[] {"Аккаунт", "Account"}),
            Map.entry("municipalityName", new String[] {"Муниципалитет", "Municipality"}),
            Map.entry("municipalities", new String[] {"Муниципалитеты", "Municipalities"}),
            Map.entry("sectors", new String[] {"Отрасли", "Sectors"}),
            Map.entry("sector", new String[] {"Отрасль", "Sector"}),
            Map.entry("kind", new String[] {"Тип", "Kind"}),
            Map.entry("group", new String[] {"Группа", "Group"}),
            Map.entry("peerOVERALL", new String[] {"Все организации", "All organisations"}),
            Map.entry("peerSECTOR", new String[] {"Отрасль", "Sector"}),
            Map.entry("peerKIND", new String[] {"Тип организации", "Organisation kind"}),
            Map.entry("rows", new String[] {"Строки", "Rows"}),
            Map.entry("criteria", new String[] {"Критерии", "Criteria"}),
            Map.entry("byCriterion", new String[] {"По критериям", "By criterion"}),
            Map.entry("byMunicipality", new String[] {"По муниципалитетам", "By municipality"}),
            Map.entry("bySector", new String[] {"По отраслям", "By sector"}),
            Map.entry("criterion", new String[] {"Критерий", "Criterion"}),
            Map.entry("place", new String[] {"Место", "Place"}),
            Map.entry("index", new String[] {"Индекс", "Index"}),
            Map.entry("averageIndex", new String[] {"Средний индекс", "Average index"}),
            Map.entry("previousIndex", new String[] {"Индекс ранее", "Previous index"}),
            Map.entry("previousAverageIndex", new String[] {"Средний индекс ранее", "Previous average index"}),
            Map.entry("indexDelta", new String[] {"Изменение индекса", "Index change"}),
            Map.entry("previousPlace", new String[] {"Место ранее", "Previous place"}),
            Map.entry("placeDelta", new String[] {"Изменение места", "Place change"}),
            Map.entry("evaluations", new String[] {"Оценок", "Evaluations"}),
            Map.entry("accounts", new String[] {"Аккаунты", "Accounts"}),
            Map.entry("organizations", new String[] {"Организации", "Organisations"}),
            Map.entry("evaluated", new String[] {"Оценено", "Evaluated"}),
            Map.entry("ranked", new String[] {"В рейтинге", "Ranked"}),
            Map.entry("total", new String[] {"Всего", "Total"}),
            Map.entry("questions", new String[] {"Вопросов", "Questions"}),
            Map.entry("answered", new String[] {"Отвечено", "Answered"}),
            Map.entry("medianHours", new String[] {"Медиана ответа, ч", "Median answer, h"}),
            Map.entry("shareAnswered24h", new String[] {"Ответ за 24 ч", "Answered within 24 h"}),
            Map.entry("assessed", new String[] {"Оценено", "Assessed"}),
            Map.entry("met", new String[] {"Выполняют", "Met"}),
            Map.entry("failed", new String[] {"Не выполняют", "Failing"}),
            Map.entry("shareMet", new String[] {"Доля выполняющих", "Share met"}),
            Map.entry("recommendation", new String[] {"Как исправить", "How to fix"}),
            Map.entry("normative", new String[] {"Обязательный", "Mandatory"}),
            Map.entry("examples", new String[] {"Хорошие примеры", "Good examples"}),
            Map.entry("recommended", new String[] {"Рекомендовано", "Recommended"}),
            Map.entry("reassessed", new String[] {"Проверено снова", "Re-assessed"}),
            Map.entry("followed", new String[] {"Исправлено", "Fixed"}),
            Map.entry("notFollowed", new String[] {"Не исправлено", "Not fixed"}),
            Map.entry("shareFollowed", new String[] {"Доля исправленных", "Share fixed"}),
            Map.entry("fixed", new String[] {"Исправлено", "Fixed"}),
            Map.entry("notFixed", new String[] {"Не исправлено", "Not fixed"}),
            Map.entry("status", new String[] {"Статус", "Status"}),
            // TRAINING_EFFECT (the figures of the training effect, docs/training.md)
            Map.entry("minimumGroupSize", new String[] {"Минимум аккаунтов в группе", "Minimum group size"}),
            Map.entry("evaluatedAccounts", new String[] {"Оценено аккаунтов", "Accounts evaluated"}),
            Map.entry("trainedDuringPeriod", new String[] {"Обучены во время периода", "Trained during the period"}),
            Map.entry("indexDifference", new String[] {
                "Разница медианных индексов (выпускники − необученные)",
                "Median index difference (graduates − not trained)"
            }),
            Map.entry("answerHoursDifference", new String[] {
                "Разница медиан часов до ответа (выпускники − необученные)",
                "Median answer hours difference (graduates − not trained)"
            }),
            Map.entry(
                    "trainedWithoutBefore",
                    new String[] {"Обучены, без оценки до курса", "Trained, no evaluation before the course"}),
            Map.entry(
                    "indexChange",
                    new String[] {"Изменение медианного индекса (после − до)", "Median index change (after − before)"}),
            Map.entry("answerHoursChange", new String[] {
                "Изменение медианы часов до ответа (после − до)", "Median answer hours change (after − before)"
            }),
            Map.entry(
                    "pairedIndexes",
                    new String[] {"Аккаунтов с индексом до и после", "Accounts indexed before and after"}),
            Map.entry(
                    "medianPairedIndexChange",
                    new String[] {"Медиана изменения индекса аккаунта", "Median change of an account's index"}),
            Map.entry("groups", new String[] {"Группы", "Groups"}),
            Map.entry("suppressed", new String[] {"Скрыто (мало аккаунтов)", "Withheld (too few accounts)"}),
            Map.entry("indexed", new String[] {"С индексом", "Indexed"}),
            Map.entry("medianIndex", new String[] {"Медианный индекс", "Median index"}),
            Map.entry("timed", new String[] {"Со временем ответа", "Timed"}),
            Map.entry("medianAnswerHours", new String[] {"Медиана часов до ответа", "Median answer hours"}),
            Map.entry("criteriaBeforeAfter", new String[] {"Критерии до и после курса", "Criteria before and after"}),
            Map.entry("graduatesAssessed", new String[] {"Выпускники: оценено", "Graduates: assessed"}),
            Map.entry("graduatesMet", new String[] {"Выпускники: выполняют", "Graduates: met"}),
            Map.entry("graduatesShareMet", new String[] {"Выпускники: доля", "Graduates: share"}),
            Map.entry("notTrainedAssessed", new String[] {"Необученные: оценено", "Not trained: assessed"}),
            Map.entry("notTrainedMet", new String[] {"Необученные: выполняют", "Not trained: met"}),
            Map.entry("notTrainedShareMet", new String[] {"Необученные: доля", "Not trained: share"}),
            Map.entry("beforeAssessed", new String[] {"До: оценено", "Before: assessed"}),
            Map.entry("beforeMet", new String[] {"До: выполняют", "Before: met"}),
            Map.entry("beforeShareMet", new String[] {"До: доля", "Before: share"}),
            Map.entry("afterAssessed", new String[] {"После: оценено", "After: assessed"}),
            Map.entry("afterMet", new String[] {"После: выполняют", "After: met"}),
            Map.entry("afterShareMet", new String[] {"После: доля", "After: share"}));

    static String label(String key, Locale locale) {
        String[] pair = COLUMN_LABELS.get(key);
        if (pair != null) {
            return pair[RenderTexts.english(locale) ? 1 : 0];
        }
        String words =
                key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
