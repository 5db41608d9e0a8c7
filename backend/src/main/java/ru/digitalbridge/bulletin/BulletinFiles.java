package ru.digitalbridge.bulletin;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.digitalbridge.common.db.Sql;

/**
 * The bulletin's open datasets, CSV (RFC 4180, UTF-8) or NDJSON: every published revision of every issue, and the
 * follow-up statistics of the latest revision of each issue (from its FOLLOW_UP block: the compiler's numbers, which
 * editors cannot change). Rows in a fixed order, so the same data give the same bytes.
 */
@ApplicationScoped
public class BulletinFiles {
    static final List<String> ISSUE_COLUMNS = List.of(
            "issue_id",
            "series",
            "number",
            "revision",
            "title",
            "period_from",
            "period_to",
            "published_at",
            "note",
            "campaign_id",
            "blocks",
            "url");
    static final List<String> FOLLOW_UP_COLUMNS = List.of(
            "issue_id",
            "series",
            "number",
            "revision",
            "campaign_id",
            "previous_campaign_id",
            "dimension",
            "key",
            "name",
            "recommended",
            "reassessed",
            "followed",
            "share_followed");

    private static final int FETCH = 200;

    private final Sql db;
    private final ObjectMapper json;
    private final BulletinIssues issues;

    BulletinFiles(Sql db, ObjectMapper json, BulletinIssues issues) {
        this.db = db;
        this.json = json;
        this.issues = issues;
    }

    /** When the published data last changed (the newest revision), empty before any publication. */
    public Optional<OffsetDateTime> lastChange() {
        return db.one(
                "select published_at from bulletin_published_revision_view order by published_at desc limit 1",
                rs -> rs.getObject(1, OffsetDateTime.class));
    }

    void issues(boolean csv, OutputStream out) throws IOException {
        write(
                csv,
                out,
                ISSUE_COLUMNS,
                each -> db.stream(
                        "select issue_id, series, number, revision, title, period_from, period_to, published_at, note,"
                                + " campaign_id, jsonb_array_length(document -> 'blocks') from bulletin_published_revision_view"
                                + " order by series, number, revision",
                        FETCH,
                        rs -> each.accept(Arrays.asList(
                                rs.getObject(1, UUID.class).toString(),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getObject(6, java.time.LocalDate.class).toString(),
                                rs.getObject(7, java.time.LocalDate.class).toString(),
                                time(rs.getObject(8, OffsetDateTime.class)),
                                rs.getString(9),
                                rs.getObject(10, UUID.class) == null
                                        ? null
                                        : rs.getObject(10, UUID.class).toString(),
                                rs.getInt(11),
                                "/api/v1/bulletins/issues/" + rs.getObject(1, UUID.class) + "/revisions/"
                                        + rs.getInt(4)))));
    }

    void followUp(boolean csv, OutputStream out) throws IOException {
        record Latest(UUID id, String series, int number, int revision, UUID campaign) {}
        List<Latest> latest = db.list(
                "select issue_id, series, number, revision, campaign_id from bulletin_published_revision_view v"
                        + " where revision = (select max(revision) from bulletin_published_revision_view w"
                        + " where w.issue_id = v.issue_id) order by series, number",
                rs -> new Latest(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, UUID.class)));
        write(csv, out, FOLLOW_UP_COLUMNS, each -> {
            for (Latest l : latest) {
                PublishedIssue issue = issues.published(l.id(), l.revision()).orElseThrow();
                for (Block block : issue.document().blocks()) {
                    if (block.kind() != BlockKind.FOLLOW_UP) {
                        continue;
                    }
                    Map<String, Object> data = block.data();
                    Object previous = data.get("previousCampaign") instanceof Map<?, ?> p ? p.get("id") : null;
                    List<Object> head = Arrays.asList(
                            l.id().toString(),
                            l.series(),
                            l.number(),
                            l.revision(),
                            l.campaign() == null ? null : l.campaign().toString(),
                            previous == null ? null : previous.toString());
                    if (data.get("total") instanceof Map<?, ?> total) {
                        each.accept(row(head, "TOTAL", "", "", total));
                    }
                    for (String[] dimension : new String[][] {
                        {"byCriterion", "CRITERION"}, {"byMunicipality", "MUNICIPALITY"}, {"bySector", "SECTOR"}
                    }) {
                        if (data.get(dimension[0]) instanceof List<?> items) {
                            for (Object item : items) {
                                if (item instanceof Map<?, ?> m) {
                                    each.accept(row(
                                            head,
                                            dimension[1],
                                            String.valueOf(m.get("id")),
                                            m.get("name") == null ? "" : String.valueOf(m.get("name")),
                                            m));
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    private static List<Object> row(List<Object> head, String dimension, String key, String name, Map<?, ?> counts) {
        List<Object> row = new ArrayList<>(head);
        row.add(dimension);
        row.add(key);
        row.add(name);
        row.add(integer(counts.get("recommended")));
        row.add(integer(counts.get("reassessed")));
        row.add(integer(counts.get("followed")));
        Object share = counts.get("shareFollowed");
        row.add(share == null ? null : new BigDecimal(share.toString()).setScale(2, java.math.RoundingMode.HALF_UP));
        return row;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String time(OffsetDateTime at) {
        return at == null
                ? null
                : at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @FunctionalInterface
    private interface Rows {
        void each(java.util.function.Consumer<List<Object>> row);
    }

    private void write(boolean csv, OutputStream out, List<String> columns, Rows rows) throws IOException {
        if (csv) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(columns);
            rows.each(values -> {
                try {
                    printer.printRecord(values.stream()
                            .map(v -> v == null ? "" : v.toString())
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
            writer.flush();
            return;
        }
        JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        rows.each(values -> {
            try {
                generator.writeStartObject();
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    generator.writeFieldName(columns.get(i));
                    if (value == null) {
                        generator.writeNull();
                    } else if (value instanceof Integer number) {
                        generator.writeNumber(number);
                    } else if (value instanceof BigDecimal number) {
                        generator.writeNumber(number);
                    } else {
                        generator.writeString(value.toString());
                    }
                }
                generator.writeEndObject();
                // one line per record; the generator's buffer goes out in blocks, not a flush per row
                generator.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        generator.flush();
    }
}
