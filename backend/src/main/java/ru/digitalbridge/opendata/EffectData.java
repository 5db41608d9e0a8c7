package ru.digitalbridge.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import ru.digitalbridge.training.EffectFigures.Line;
import ru.digitalbridge.training.EffectRevisions;
import ru.digitalbridge.training.EffectRevisions.Revision;
import ru.digitalbridge.training.TrainingEffect;
import ru.digitalbridge.training.TrainingEffect.AccountRow;
import ru.digitalbridge.training.TrainingEffect.Computation;

/**
 * A published campaign's training effect as open data, one dataset per frozen revision: the accounts the figures were
 * computed from and the figures. Revisions never change (revision 1 at publication, the next on a coordinator's
 * recompute or a correction), so neither do their files: they are written from the stored revision, and their entity
 * tag is derived from the revision's id.
 */
@ApplicationScoped
class EffectData {
    static final String PATH = OpenDataService.BASE + "/training-effect/";

    private final EffectRevisions revisions;
    private final ObjectMapper json;

    EffectData(EffectRevisions revisions, ObjectMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    /** The latest revision of a published campaign (404 problem for any other). */
    Revision current(UUID campaign) {
        return revisions.current(campaign);
    }

    /** One revision of a published campaign (404 problem when there is none such). */
    Revision revision(UUID campaign, int revision) {
        return revisions.revision(campaign, revision);
    }

    /** The entity tag of one file of a revision (never changes). */
    static String tag(Revision revision, String file, boolean excel) {
        return tag(("training-effect|" + revision.id() + "|" + file + "|" + excel).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file of a revision to {@code out}. */
    void write(Revision revision, EffectTable table, FileFormat format, boolean excel, OutputStream out)
            throws IOException {
        Computation computation = revision.computation();
        EffectFigures f = computation.figures();
        String source = OpenDataService.SOURCE + ", " + PATH + f.campaignId() + "/revisions/" + revision.revision();
        try (TableWriter writer = TableWriter.open(format, table, out, json, excel, source)) {
            for (List<Object> row : table == EffectTable.ACCOUNTS ? accounts(computation) : figures(f)) {
                writer.row(row);
            }
        }
    }

    /** One file's bytes. */
    byte[] file(Revision revision, EffectTable table, FileFormat format, boolean excel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(revision, table, format, excel, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    DataPackage dataPackage(Revision revision) {
        Computation computation = revision.computation();
        EffectFigures f = computation.figures();
        List<Resource> resources = new ArrayList<>();
        for (EffectTable table : EffectTable.values()) {
            for (FileFormat format : FileFormat.values()) {
                if (!format.deterministic()) {
                    continue;
                }
                byte[] bytes = file(revision, table, format, false);
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
                        + f.period().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-")
                        + "-r"
                        + revision.revision(),
                f.campaignId(),
                f.title() + " (" + f.period() + "): training effect, revision " + revision.revision(),
                "r" + revision.revision() + "@" + revision.createdAt().toInstant(),
                revision.createdAt(),
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

    private static List<List<Object>> figures(EffectFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        String id = f.campaignId().toString();
        for (Line l : f.lines()) {
            rows.add(Arrays.asList(
                    id,
                    l.comparison(),
                    l.group(),
                    l.measure(),
                    l.criterionCode(),
                    l.n(),
                    l.met(),
                    l.value(),
                    l.suppressed()));
        }
        return rows;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
