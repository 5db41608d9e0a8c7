package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.digitalbridge.bulletin.BlockKind;

/**
 * A block's {@code data} read as tables: every top-level array of objects is one table (its columns are the
 * objects' scalar fields, in first-seen order; identifiers are left out), and the top-level scalar numbers form one
 * more two-column table. The reading is tolerant on purpose: the compiler owns the field names (docs/bulletins.md),
 * and an unknown field still shows, labelled from its name.
 */
record DataTable(String key, List<Column> columns, List<Map<String, JsonNode>> rows) {

    /** A row field telling that this row's value is a share (0–1), for the scalar table mixing kinds. */
    static final String SHARE_FLAG = "_share";

    record Column(String key, String label, boolean numeric) {}

    /** What to draw for the first table: the label column and one or two value columns (stacked when two). */
    record ChartSpec(Column label, List<Column> values, boolean share) {}

    private static final Set<String> SKIPPED = Set.of(
            "id",
            "uuid",
            "organizationId",
            "accountId",
            "municipalityId",
            "criterionId",
            "campaignId",
            "snapshotId",
            "url",
            "href",
            "link");
    private static final Map<BlockKind, List<String>> PREFERRED_VALUES = Map.of(
            BlockKind.LEADERS, List.of("index", "score", "value"),
            BlockKind.MOST_IMPROVED, List.of("delta", "improvement", "change", "index"),
            BlockKind.MUNICIPALITIES, List.of("averageIndex", "index", "average", "score", "value"),
            BlockKind.FAILURES, List.of("failingShare", "share", "failing", "failures", "count"),
            BlockKind.ANSWER_TIMES, List.of("within24hShare", "shareWithin24h", "within24h", "share"),
            BlockKind.TRAINING_EFFECT, List.of("delta", "effect", "change"),
            BlockKind.ORG_FAILING_CRITERIA, List.of("share", "count"),
            BlockKind.ORG_CHANGES, List.of("delta", "change"));
    private static final List<String> LABELS = List.of(
            "name",
            "title",
            "organizationName",
            "organization",
            "accountName",
            "municipality",
            "municipalityName",
            "criterion",
            "criterionTitle",
            "label",
            "group");

    static List<DataTable> read(JsonNode data, Locale locale) {
        List<DataTable> tables = new ArrayList<>();
        if (data == null || !data.isObject()) {
            return tables;
        }
        List<Map<String, JsonNode>> scalarRows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                tables.add(fromArray(field.getKey(), value, locale));
            } else if (value.isNumber() && !SKIPPED.contains(field.getKey())) {
                Map<String, JsonNode> row = new LinkedHashMap<>();
                row.put("label", TextNode.valueOf(label(field.getKey(), locale)));
                row.put("_key", TextNode.valueOf(field.getKey()));
                row.put("_value", value);
                scalarRows.add(row);
            }
        }
        if (!scalarRows.isEmpty()) {
            boolean allShares =
                    scalarRows.stream().allMatch(r -> isShare(r.get("_key").asText()));
            String valueKey = allShares ? "share" : "value";
            List<Map<String, JsonNode>> rows = new ArrayList<>();
            for (Map<String, JsonNode> r : scalarRows) {
                Map<String, JsonNode> row = new LinkedHashMap<>();
                row.put("label", r.get("label"));
                row.put(valueKey, r.get("_value"));
                row.put(SHARE_FLAG, BooleanNode.valueOf(isShare(r.get("_key").asText())));
                rows.add(row);
            }
            tables.add(
                    0,
                    new DataTable(
                            "summary",
                            List.of(
                                    new Column("label", label("label", locale), false),
                                    new Column(valueKey, label(valueKey, locale), true)),
                            rows));
        }
        return tables;
    }

    private static DataTable fromArray(String key, JsonNode array, Locale locale) {
        Set<String> keys = new LinkedHashSet<>();
        Map<String, Boolean> numeric = new LinkedHashMap<>();
        List<Map<String, JsonNode>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                continue;
            }
            Map<String, JsonNode> row = new LinkedHashMap<>();
            item.fields().forEachRemaining(f -> {
                row.put(f.getKey(), f.getValue());
                JsonNode v = f.getValue();
                boolean shown = !SKIPPED.contains(f.getKey()) && !f.getKey().endsWith("Id") && !v.isNull();
                if (shown && (v.isValueNode() || isLinkList(v))) {
                    keys.add(f.getKey());
                    numeric.merge(f.getKey(), v.isNumber(), Boolean::logicalAnd);
                }
            });
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>();
        for (String k : keys) {
            columns.add(new Column(k, label(k, locale), numeric.getOrDefault(k, false)));
        }
        return new DataTable(key, columns, rows);
    }

    static boolean isLinkList(JsonNode v) {
        return v.isArray() && !v.isEmpty() && (v.get(0).isTextual() || v.get(0).isObject());
    }

    /** The chart for this table, if it has a label and a number to draw. */
    ChartSpec chart(BlockKind kind) {
        Column labelColumn = columns.stream()
                .filter(c -> !c.numeric() && LABELS.contains(c.key()))
                .findFirst()
                .orElseGet(() ->
                        columns.stream().filter(c -> !c.numeric()).findFirst().orElse(null));
        if (labelColumn == null || rows.isEmpty()) {
            return null;
        }
        Column fixed = column("fixed");
        if (fixed != null && fixed.numeric()) {
            Column notFixed = column("notFixed");
            if (notFixed != null && notFixed.numeric()) {
                return new ChartSpec(labelColumn, List.of(fixed, notFixed), false);
            }
        }
        for (String preferred : PREFERRED_VALUES.getOrDefault(kind, List.of())) {
            Column c = column(preferred);
            if (c != null && c.numeric()) {
                return new ChartSpec(labelColumn, List.of(c), isShare(c.key()));
            }
        }
        return columns.stream()
                .filter(c -> c.numeric()
                        && !Set.of("rank", "place", "position", "number").contains(c.key()))
                .findFirst()
                .map(c -> new ChartSpec(labelColumn, List.of(c), isShare(c.key())))
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
            Map.entry("share", new String[] {"Доля", "Share"}),
            Map.entry("name", new String[] {"Название", "Name"}),
            Map.entry("title", new String[] {"Название", "Title"}),
            Map.entry("organization", new String[] {"Организация", "Organisation"}),
            Map.entry("organizationName", new String[] {"Организация", "Organisation"}),
            Map.entry("accountName", new String[] {"Аккаунт", "Account"}),
            Map.entry("municipality", new String[] {"Муниципалитет", "Municipality"}),
            Map.entry("municipalityName", new String[] {"Муниципалитет", "Municipality"}),
            Map.entry("peerGroup", new String[] {"Группа", "Peer group"}),
            Map.entry("group", new String[] {"Группа", "Group"}),
            Map.entry("sector", new String[] {"Сектор", "Sector"}),
            Map.entry("criterion", new String[] {"Критерий", "Criterion"}),
            Map.entry("criterionTitle", new String[] {"Критерий", "Criterion"}),
            Map.entry("criterionCode", new String[] {"Код", "Code"}),
            Map.entry("code", new String[] {"Код", "Code"}),
            Map.entry("rank", new String[] {"Место", "Rank"}),
            Map.entry("place", new String[] {"Место", "Place"}),
            Map.entry("index", new String[] {"Индекс", "Index"}),
            Map.entry("score", new String[] {"Баллы", "Score"}),
            Map.entry("averageIndex", new String[] {"Средний индекс", "Average index"}),
            Map.entry("previousIndex", new String[] {"Индекс ранее", "Previous index"}),
            Map.entry("delta", new String[] {"Изменение", "Change"}),
            Map.entry("change", new String[] {"Изменение", "Change"}),
            Map.entry("count", new String[] {"Количество", "Count"}),
            Map.entry("accounts", new String[] {"Аккаунтов", "Accounts"}),
            Map.entry("organizations", new String[] {"Организаций", "Organisations"}),
            Map.entry("failing", new String[] {"Не выполняют", "Failing"}),
            Map.entry("failingShare", new String[] {"Доля не выполняющих", "Share failing"}),
            Map.entry("howToFix", new String[] {"Как исправить", "How to fix"}),
            Map.entry("examples", new String[] {"Хорошие примеры", "Good examples"}),
            Map.entry("within24h", new String[] {"Ответ за 24 ч", "Answered within 24 h"}),
            Map.entry("within24hShare", new String[] {"Доля ответов за 24 ч", "Share answered within 24 h"}),
            Map.entry("medianHours", new String[] {"Медиана, ч", "Median, h"}),
            Map.entry("fixed", new String[] {"Исправлено", "Fixed"}),
            Map.entry("notFixed", new String[] {"Не исправлено", "Not fixed"}),
            Map.entry("given", new String[] {"Дано рекомендаций", "Recommendations given"}),
            Map.entry("total", new String[] {"Всего", "Total"}),
            Map.entry("fixedShare", new String[] {"Доля исправленных", "Share fixed"}),
            Map.entry("met", new String[] {"Выполнен", "Met"}),
            Map.entry("recommendation", new String[] {"Рекомендация", "Recommendation"}),
            Map.entry("status", new String[] {"Статус", "Status"}));

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
