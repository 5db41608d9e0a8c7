package ru.digitalbridge.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one table row by row in one {@link FileFormat}, in constant memory. Values are {@code String}, {@code
 * BigDecimal}, {@code Integer}, {@code Boolean}, {@code OffsetDateTime} (written in UTC) or null (empty).
 */
abstract class TableWriter implements AutoCloseable {
    static final String LICENSE = "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/";

    abstract void row(List<Object> values) throws IOException;

    @Override
    public abstract void close() throws IOException;

    /**
     * A writer of {@code table} to {@code out}. {@code excel} (CSV only) adds a byte-order mark, so that Excel reads the
     * file as UTF-8, and an apostrophe before text that Excel would run as a formula.
     */
    static TableWriter open(
            FileFormat format, Table table, OutputStream out, ObjectMapper json, boolean excel, String source)
            throws IOException {
        return switch (format) {
            case CSV -> new Csv(table, out, excel);
            case NDJSON -> new Ndjson(table, out, json);
            case XLSX -> new Xlsx(table, out, source);
        };
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime at) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    private static final class Csv extends TableWriter {
        private final Writer writer;
        private final CSVPrinter printer;
        private final boolean excel;

        Csv(Table table, OutputStream out, boolean excel) throws IOException {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.excel = excel;
            if (excel) {
                writer.write('\uFEFF');
            }
            this.printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(table.columns().stream().map(Column::name).toList());
        }

        @Override
        void row(List<Object> values) throws IOException {
            List<String> cells = new ArrayList<>(values.size());
            for (Object value : values) {
                String cell = text(value);
                cells.add(excel && value instanceof String ? defuse(cell) : cell);
            }
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            writer.flush();
        }

        private static String defuse(String cell) {
            return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        }
    }

    private static final class Ndjson extends TableWriter {
        private final Table table;
        private final JsonGenerator generator;

        Ndjson(Table table, OutputStream out, ObjectMapper json) throws IOException {
            this.table = table;
            this.generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
        }

        @Override
        void row(List<Object> values) throws IOException {
            generator.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
                generator.writeFieldName(table.columns().get(i).name());
                Object value = values.get(i);
                if (value == null) {
                    generator.writeNull();
                } else if (value instanceof BigDecimal number) {
                    generator.writeNumber(number);
                } else if (value instanceof Integer number) {
                    generator.writeNumber(number);
                } else if (value instanceof Boolean flag) {
                    generator.writeBoolean(flag);
                } else {
                    generator.writeString(text(value));
                }
            }
            generator.writeEndObject();
            // one line per record; the generator's buffer goes out in blocks, not a flush per row
            generator.writeRaw('\n');
        }

        @Override
        public void close() throws IOException {
            generator.flush();
        }
    }

    private static final class Xlsx extends TableWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int next = 1;

        Xlsx(Table table, OutputStream out, String source) throws IOException {
            this.workbook = new Workbook(out, "Digital Bridge", "1.0");
            Worksheet about = workbook.newWorksheet("licence");
            about.inlineString(0, 0, "Licence");
            about.inlineString(0, 1, LICENSE);
            about.inlineString(1, 0, "Source");
            about.inlineString(1, 1, source);
            about.finish();
            this.sheet = workbook.newWorksheet(table.tableName());
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                sheet.inlineString(0, c, columns.get(c).name());
                sheet.style(0, c).bold().set();
            }
            workbook.setActiveTab(1);
        }

        @Override
        void row(List<Object> values) throws IOException {
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof BigDecimal number) {
                    sheet.value(next, c, number);
                } else if (value instanceof Integer number) {
                    sheet.value(next, c, number);
                } else if (value instanceof Boolean flag) {
                    sheet.value(next, c, flag);
                } else if (value != null) {
                    sheet.inlineString(next, c, text(value));
                }
            }
            next++;
            if (next % 500 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }
}
