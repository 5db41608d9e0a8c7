package ru.digitalbridge.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.opendata.OpenDataViews.DataPackage;
import ru.digitalbridge.opendata.OpenDataViews.Field;
import ru.digitalbridge.opendata.OpenDataViews.FieldConstraints;
import ru.digitalbridge.opendata.OpenDataViews.Resource;
import ru.digitalbridge.opendata.OpenDataViews.Source;
import ru.digitalbridge.opendata.OpenDataViews.TableSchema;
import ru.digitalbridge.training.EffectFigures;
import ru.digitalbridge.training.EffectFigures.EffectCriterion;
import ru.digitalbridge.training.EffectFigures.EffectGroup;
import ru.digitalbridge.training.TrainingEffect;
import ru.digitalbridge.training.TrainingEffect.AccountRow;
import ru.digitalbridge.training.TrainingEffect.Computation;

/**
 * A published campaign's training effect as open data: the accounts the figures were computed from and the figures.
 * The effect follows corrections of published evaluations and the training records (a completion recorded late),
 * so its files are written on request — they are small, one row per evaluated account — and their SHA-256 and entity
 * tag are those of the bytes served.
 */
@ApplicationScoped
class EffectData {
    static final String PATH = OpenDataService.BASE + "/training-effect/";

    private final TrainingEffect effect;
    private final ObjectMapper json;

    EffectData(TrainingEffect effect, ObjectMapper json) {
        this.effect = effect;
        this.json = json;
    }

    Computation compute(UUID campaign) {
        return effect.compute(campaign);
    }

    List<TrainingEffect.Campaign> campaigns() {
        return effect.campaigns();
    }

    /** One file's bytes. */
    byte[] file(Computation computation, EffectTable table, FileFormat format, boolean excel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EffectFigures f = computation.figures();
        String source = OpenDataService.SOURCE + ", " + PATH + f.campaignId();
        try (TableWriter writer = TableWriter.open(format, table, out, json, excel, source)) {
            for (List<Object> row : table == EffectTable.ACCOUNTS ? accounts(computation) : figures(f)) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    DataPackage dataPackage(Computation computation) {
        EffectFigures f = computation.figures();
        List<Resource> resources = new ArrayList<>();
        for (EffectTable table : EffectTable.values()) {
            for (FileFormat format : FileFormat.values()) {
                if (!format.deterministic()) {
                    continue;
                }
                byte[] bytes = file(computation, table, format, false);
                TableSchema schema = new TableSchema(table.columns().stream()
                        .map(c -> new Field(c.name(), c.type(), c.description(), new FieldConstraints(c.required())))
                        .toList());
                resources.add(new Resource(
                        table.tableName() + "-" + format.extension(),
                        OpenDataService.FILES + OpenDataService.file(table, format),
                        table.title(),
                        "tabular-data-resource",
                        format.extension(),
                        format.mediaType().replace("; charset=UTF-8", ""),
                        "utf-8",
                        bytes.length,
                        "sha256:" + HexFormat.of().formatHex(sha256(bytes)),
                        schema));
            }
        }
        return new DataPackage(
                "tabular-data-package",
                "digital-bridge-training-effect-"
                        + f.period().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"),
                f.campaignId(),
                f.title() + " (" + f.period() + "): training effect",
                tag(file(computation, EffectTable.FIGURES, FileFormat.CSV, false)),
                f.publishedAt(),
                List.of(OpenDataViews.CC_BY),
                List.of(new Source(OpenDataService.SOURCE, OpenDataService.BASE)),
                computation.campaign().criteriaSet(),
                resources);
    }

    /** The entity tag of bytes: their SHA-256, shortened. */
    static String tag(byte[] bytes) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256(bytes), 18));
    }

    private static List<List<Object>> accounts(Computation computation) {
        List<List<Object>> rows = new ArrayList<>();
        EffectFigures f = computation.figures();
        for (AccountRow row : computation.accounts()) {
            TrainingEffect.Evaluated e = row.evaluation();
            TrainingEffect.Evaluated b = row.beforeEvaluation();
            rows.add(Arrays.asList(
                    f.campaignId().toString(),
                    f.period(),
                    e.evaluationId().toString(),
                    e.revision(),
                    e.accountId().toString(),
                    e.accountName(),
                    e.organizationId().toString(),
                    e.organizationName(),
                    e.index(),
                    e.answerHours(),
                    row.courseMonth() == null ? null : row.courseMonth().toString(),
                    row.standing().name(),
                    row.firstAfterCourse(),
                    row.before() == null ? null : row.before().id().toString(),
                    row.before() == null ? null : row.before().period(),
                    b == null ? null : b.evaluationId().toString(),
                    b == null ? null : b.revision(),
                    b == null ? null : b.index(),
                    b == null ? null : b.answerHours()));
        }
        return rows;
    }

    private static final String AB = "GRADUATES_VS_NOT_TRAINED";
    private static final String BA = "BEFORE_AFTER";

    private static List<List<Object>> figures(EffectFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        String id = f.campaignId().toString();
        group(rows, id, AB, "GRADUATES", f.graduates());
        group(rows, id, AB, "NOT_TRAINED", f.notTrained());
        difference(
                rows,
                id,
                AB,
                "MEDIAN_INDEX",
                f.graduates().indexed(),
                f.notTrained().indexed(),
                f.indexDifference());
        difference(
                rows,
                id,
                AB,
                "MEDIAN_ANSWER_HOURS",
                f.graduates().timed(),
                f.notTrained().timed(),
                f.answerHoursDifference());
        group(rows, id, BA, "BEFORE", f.before());
        group(rows, id, BA, "AFTER", f.after());
        difference(rows, id, BA, "MEDIAN_INDEX", f.before().indexed(), f.after().indexed(), f.indexChange());
        difference(
                rows,
                id,
                BA,
                "MEDIAN_ANSWER_HOURS",
                f.before().timed(),
                f.after().timed(),
                f.answerHoursChange());
        rows.add(row(
                id, BA, "PAIRED", "MEDIAN_INDEX_CHANGE", null, f.pairedIndexes(), null, f.medianPairedIndexChange()));
        return rows;
    }

    private static void group(List<List<Object>> rows, String id, String comparison, String name, EffectGroup g) {
        List<Object> accounts = row(id, comparison, name, "ACCOUNTS", null, g.accounts(), null, null);
        accounts.set(8, g.suppressed());
        rows.add(accounts);
        rows.add(row(id, comparison, name, "MEDIAN_INDEX", null, g.indexed(), null, g.medianIndex()));
        rows.add(row(id, comparison, name, "MEDIAN_ANSWER_HOURS", null, g.timed(), null, g.medianAnswerHours()));
        for (EffectCriterion c : g.criteria()) {
            rows.add(row(id, comparison, name, "CRITERION_MET_SHARE", c.code(), c.assessed(), c.met(), c.shareMet()));
        }
    }

    private static void difference(
            List<List<Object>> rows, String id, String comparison, String measure, int n1, int n2, BigDecimal value) {
        rows.add(row(id, comparison, "DIFFERENCE", measure, null, Math.min(n1, n2), null, value));
    }

    private static List<Object> row(
            String id,
            String comparison,
            String group,
            String measure,
            String code,
            int n,
            Integer met,
            BigDecimal value) {
        return new ArrayList<>(Arrays.asList(id, comparison, group, measure, code, n, met, value, value == null));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
