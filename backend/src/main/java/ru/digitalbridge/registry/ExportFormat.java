package ru.digitalbridge.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Export file formats, written row by row so an export of any size runs in constant memory. CSV is
 * UTF-8 with a BOM and {@code ;} between cells, which is what Excel opens correctly in a Russian
 * locale; cells that Excel would read as a formula are prefixed with an apostrophe. XLSX keeps strings
 * inline (no shared-strings table held in memory) and flushes its sheet every few hundred rows. NDJSON is for
 * machines: one API record (codes, ids) per line; it is written by {@link ExportService} without a table writer.
 */
enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX(ImportTable.XLSX_TYPE, "xlsx"),
    NDJSON("application/x-ndjson", "ndjson");

    /** Receives the rows of one export. */
    interface TableWriter extends AutoCloseable {
        void row(List<String> cells) throws IOException;

        @Override
        void close() throws IOException;
    }

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return CSV;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            case "ndjson" -> NDJSON;
            default -> null;
        };
    }

    TableWriter open(OutputStream out, String sheetName) throws IOException {
        return switch (this) {
            case CSV -> csv(out);
            case XLSX -> xlsx(out, sheetName);
            case NDJSON -> throw new IllegalStateException("NDJSON has no table layout");
        };
    }

    private static TableWriter csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.EXCEL
                        .builder()
                        .setDelimiter(';')
                        .setRecordSeparator("\r\n")
                        .get());
        return new TableWriter() {
            @Override
            public void row(List<String> cells) throws IOException {
                printer.printRecord(cells.stream().map(ExportFormat::defuse).toList());
            }

            @Override
            public void close() throws IOException {
                printer.flush();
                writer.flush();
            }
        };
    }

    private static TableWriter xlsx(OutputStream out, String sheetName) {
        Workbook workbook = new Workbook(out, "Digital Bridge", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        return new TableWriter() {
            private int next;

            @Override
            public void row(List<String> cells) throws IOException {
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        sheet.inlineString(next, c, cells.get(c));
                    }
                    if (next == 0) {
                        sheet.style(next, c).bold().set();
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
        };
    }

    /** Cells starting with = + - @ would run as formulas in Excel; an apostrophe keeps them text. */
    static String defuse(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** Undoes {@link #defuse} when a file we exported comes back. */
    static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
