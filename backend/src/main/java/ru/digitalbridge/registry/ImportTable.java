package ru.digitalbridge.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An uploaded CSV, XLSX or OpenDocument (.ods, {@link ImportOds}) file read into rows of cells named by column key. The header is the first row
 * that names at least two known columns (rows above it, such as a title, are skipped); headers are
 * matched in English or Russian ({@link ImportColumns}); unknown headers are reported and their cells
 * ignored. Vertically merged cells of a workbook are filled down. Rows after the last data row that fill
 * fewer than two known columns (a signature line, notes) are set aside as {@link #trailing()}. Empty rows
 * are skipped. Row numbers are those a spreadsheet shows.
 */
public record ImportTable(
        List<String> unknownHeaders,
        List<String> missingColumns,
        List<ImportRow> rows,
        List<String> sheets,
        String sheet,
        int headerRow,
        Map<String, String> headers,
        List<TrailingRow> trailing) {

    /** One data row: its number in the file and its non-blank cells by column key. */
    public record ImportRow(int number, Map<String, String> cells) {
        public String get(String key) {
            return cells.get(key);
        }

        public boolean has(String key) {
            return cells.containsKey(key);
        }
    }

    /** A row under the data that is not data (a signature, a note): its number and its text. */
    public record TrailingRow(int number, String text) {}

    /** The file formats accepted. */
    enum Format {
        CSV,
        XLSX,
        ODS
    }

    /** The content is neither CSV text nor an XLSX or ODS spreadsheet. */
    public static class UnsupportedFileException extends RuntimeException {
        UnsupportedFileException(String message) {
            super(message);
        }
    }

    /** A legacy .xls workbook (OLE2), which the user can save again as XLSX or ODS. */
    public static final class LegacyWorkbookException extends UnsupportedFileException {
        LegacyWorkbookException() {
            super("legacy .xls workbook");
        }
    }

    /** The spreadsheet unpacks to more than the import reads (a zip bomb, a sheet filled to its edge). */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message, null, false, false);
        }
    }

    /** The requested sheet is not in the workbook. */
    public static final class UnknownSheetException extends RuntimeException {
        private final List<String> sheets;

        UnknownSheetException(String sheet, List<String> sheets) {
            super("no sheet " + sheet);
            this.sheets = sheets;
        }

        public List<String> sheets() {
            return sheets;
        }
    }

    /** Cells kept from one workbook (XLSX or ODS), counting the empty ones between values and empty rows. */
    static final int MAX_CELLS = 2_000_000;
    /** A sheet's edge, as in Excel and LibreOffice. */
    static final int MAX_ROWS = 1_048_576;
    /**
     * Largest part of an XLSX workbook unpacked (a sheet, the shared strings): ~1 million cells of a sheet, far above a
     * real registry file's. The reader holds a sheet's XML for its merged cells and a cell's text whole, so a part is
     * refused before it is read into memory.
     */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** All parts of a workbook together unpacked: twenty times the largest upload, as for an ODS's content.xml. */
    static final long MAX_UNPACKED_BYTES = 20L * ImportService.MAX_BYTES;

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern MERGE = Pattern.compile("<mergeCell\\s+ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\s[^>]*>");

    /** Decides the format from the content itself; the declared type only breaks no ties. */
    static Format detect(byte[] content) {
        if (startsWith(content, ZIP)) {
            return ImportOds.isOds(content) ? Format.ODS : Format.XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw new LegacyWorkbookException();
        }
        decode(content);
        return Format.CSV;
    }

    /** Reads the file (the first sheet that has a header, for a workbook). */
    static ImportTable read(byte[] content, ImportColumns columns, List<String> required) {
        return read(content, columns, required, null);
    }

    /**
     * Reads the file; {@code sheet} (a sheet's name or its 1-based number; null: the first sheet with a
     * header) picks a workbook's sheet. {@code required} columns missing from the header are listed.
     */
    public static ImportTable read(byte[] content, ImportColumns columns, List<String> required, String sheet) {
        Format format = detect(content);
        if (format == Format.CSV) {
            return table(csvRows(decode(content)), columns, required, List.of(), null);
        }
        Workbook workbook = format == Format.ODS ? new Workbook(ImportOds.read(content)) : xlsx(content);
        List<String> names = workbook.sheets.stream().map(SheetRows::name).toList();
        SheetRows chosen = null;
        if (sheet != null && !sheet.isBlank()) {
            String wanted = sheet.strip();
            for (int i = 0; i < workbook.sheets.size(); i++) {
                SheetRows candidate = workbook.sheets.get(i);
                if (candidate.name.strip().equalsIgnoreCase(wanted) || wanted.equals(String.valueOf(i + 1))) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                throw new UnknownSheetException(wanted, names);
            }
        } else {
            for (SheetRows candidate : workbook.sheets) {
                if (headerIndex(candidate.rows, columns, 2) >= 0) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                chosen = workbook.sheets.get(0);
            }
        }
        return table(chosen.rows, columns, required, names, chosen.name);
    }

    private static ImportTable table(
            List<List<String>> raw, ImportColumns columns, List<String> required, List<String> sheets, String sheet) {
        int header = headerIndex(raw, columns, 2);
        if (header < 0) {
            header = headerIndex(raw, columns, 1);
        }
        if (header < 0) {
            for (int i = 0; i < raw.size(); i++) {
                if (!blank(raw.get(i))) {
                    header = i;
                    break;
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        Map<Integer, String> keyByIndex = new HashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        if (header >= 0) {
            List<String> cells = raw.get(header);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c) == null ? "" : clean(cells.get(c));
                if (text.isEmpty()) {
                    continue;
                }
                String key = columns.keyOf(text);
                if (key == null || headers.containsKey(key)) {
                    unknown.add(text);
                } else {
                    keyByIndex.put(c, key);
                    headers.put(key, text);
                }
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = header + 1; header >= 0 && i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (blank(cells)) {
                continue;
            }
            Map<String, String> named = new LinkedHashMap<>();
            List<String> all = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                String key = keyByIndex.get(c);
                String value = cells.get(c) == null ? null : clean(cells.get(c));
                if (value == null || value.isEmpty()) {
                    continue;
                }
                all.add(value);
                if (key != null) {
                    named.put(key, value);
                }
            }
            rows.add(new ImportRow(i + 1, named));
            texts.add(String.join(" ", all));
        }
        List<TrailingRow> trailing = new ArrayList<>();
        if (keyByIndex.size() >= 2 && !rows.isEmpty()) {
            // the columns most rows fill; a row under the data that misses half of them is not data
            Map<String, Integer> filled = new HashMap<>();
            for (ImportRow row : rows) {
                row.cells().forEach((key, value) -> {
                    if (meaningful(value)) {
                        filled.merge(key, 1, Integer::sum);
                    }
                });
            }
            int total = rows.size();
            List<String> core = filled.entrySet().stream()
                    .filter(e -> e.getValue() * 2 >= total)
                    .map(Map.Entry::getKey)
                    .toList();
            int end = rows.size();
            while (end > 0 && !dataLike(rows.get(end - 1), core)) {
                end--;
            }
            for (int i = end; i < rows.size(); i++) {
                trailing.add(new TrailingRow(rows.get(i).number(), texts.get(i)));
            }
            rows = new ArrayList<>(rows.subList(0, end));
        }
        List<String> missing =
                required.stream().filter(key -> !headers.containsKey(key)).toList();
        return new ImportTable(
                List.copyOf(unknown),
                missing,
                List.copyOf(rows),
                sheets,
                sheet,
                header + 1,
                Map.copyOf(headers),
                List.copyOf(trailing));
    }

    /**
     * A data row fills at least two known columns, and at least half of the columns that most rows fill
     * (a signature line or a note under the data does not).
     */
    private static boolean dataLike(ImportRow row, List<String> core) {
        long known =
                row.cells().values().stream().filter(ImportTable::meaningful).count();
        long coreFilled = core.stream()
                .filter(key -> row.has(key) && meaningful(row.get(key)))
                .count();
        return known >= 2 && (core.isEmpty() || coreFilled * 2 > core.size());
    }

    /** Not just a line to sign on. */
    private static boolean meaningful(String value) {
        return !value.matches("[_\\-.\\s]*");
    }

    /** The first row (among the first few) naming at least {@code least} known columns, or -1. */
    private static int headerIndex(List<List<String>> raw, ImportColumns columns, int least) {
        int seen = 0;
        for (int i = 0; i < raw.size() && seen < HEADER_SEARCH_ROWS; i++) {
            List<String> cells = raw.get(i);
            if (blank(cells)) {
                continue;
            }
            seen++;
            long known = cells.stream()
                    .filter(c -> c != null)
                    .map(c -> columns.keyOf(clean(c)))
                    .filter(key -> key != null)
                    .distinct()
                    .count();
            if (known >= least) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || clean(c).isEmpty());
    }

    /** Strips whitespace of every kind, including the no-break spaces spreadsheets keep. */
    public static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && space(value.charAt(start))) {
            start++;
        }
        while (end > start && space(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (with or without BOM); Windows-1251, as Russian Excel saves CSV, when not UTF-8. */
    static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1251);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // a few control characters are cells to report (ClientText); many mean a binary file
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                controls++;
            }
        }
        if (controls > 2 && controls * 50 > text.length()) {
            throw new UnsupportedFileException("binary content");
        }
        if (text.isBlank()) {
            throw new UnsupportedFileException("empty file");
        }
        return text;
    }

    /** The delimiter of the first line that has one: the most frequent of ; , and tab outside quotes. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static List<List<String>> csvRows(String text) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long previousLine = 1;
            for (CSVRecord record : parser) {
                // blank lines are skipped by the parser: pad so row numbers stay those of the file
                while (rows.size() + 1 < previousLine) {
                    rows.add(List.of());
                }
                rows.add(record.stream().map(ExportFormat::restore).toList());
                previousLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnsupportedFileException("malformed CSV: " + e.getMessage());
        }
        return rows;
    }

    /** One sheet of a workbook: its name and its rows of cells (null: an empty cell). */
    record SheetRows(String name, List<List<String>> rows) {}

    /** A merged range of cells, 0-based and inclusive. */
    record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {}

    private record Workbook(List<SheetRows> sheets) {}

    private static Workbook xlsx(byte[] content) {
        checkUnpackedSize(content);
        List<SheetRows> sheets = new ArrayList<>();
        Map<String, String> targets = relationships(content);
        long kept = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        // a row numbered past the sheet's edge, or more cells than an import reads: 413, not padding
                        if (row.getRowNum() > MAX_ROWS) {
                            throw new TooLargeException("row " + row.getRowNum());
                        }
                        kept += Math.max(0, row.getRowNum() - 1 - rows.size()) + row.getCellCount();
                        if (kept > MAX_CELLS) {
                            throw new TooLargeException("more than " + MAX_CELLS + " cells");
                        }
                        while (rows.size() + 1 < row.getRowNum()) {
                            rows.add(List.of());
                        }
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(text(row.getCell(c)));
                        }
                        rows.add(cells);
                    }
                }
                fillMergedDown(rows, merges(entry(content, targets.get(sheet.getId()))));
                sheets.add(new SheetRows(sheet.getName(), rows));
            }
        } catch (TooLargeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedFileException("unreadable workbook: " + e.getMessage());
        }
        if (sheets.isEmpty()) {
            throw new UnsupportedFileException("workbook without sheets");
        }
        return new Workbook(sheets);
    }

    /** Relationship id → part name of the workbook's sheets (from xl/_rels/workbook.xml.rels). */
    /**
     * Unpacks every part once, keeping nothing, and refuses the workbook (413) as soon as a part or all of them pass
     * their limit: a zip bomb never reaches the reader. The sizes in the zip's headers are not trusted; the bytes are
     * counted.
     */
    private static void checkUnpackedSize(byte[] content) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                long part = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    part += read;
                    total += read;
                    if (part > MAX_PART_BYTES || total > MAX_UNPACKED_BYTES) {
                        throw new TooLargeException("a part unpacks past " + MAX_PART_BYTES
                                + " bytes or the workbook past " + MAX_UNPACKED_BYTES);
                    }
                }
            }
        } catch (IOException e) {
            throw new UnsupportedFileException("unreadable workbook: " + e.getMessage());
        }
    }

    private static Map<String, String> relationships(byte[] content) {
        Map<String, String> targets = new HashMap<>();
        String rels = entry(content, "xl/_rels/workbook.xml.rels");
        if (rels == null) {
            return targets;
        }
        Matcher matcher = RELATIONSHIP.matcher(rels);
        while (matcher.find()) {
            String element = matcher.group();
            String id = attribute(element, "Id");
            String target = attribute(element, "Target");
            if (id != null && target != null) {
                targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
        }
        return targets;
    }

    private static String attribute(String element, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The text of one part of the zip, or null. */
    private static String entry(byte[] content, String name) {
        if (name == null) {
            return null;
        }
        // commons-compress: unlike java.util.zip it reads stored entries followed by a data descriptor
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The merged ranges of an XLSX sheet. */
    private static List<Merge> merges(String sheetXml) {
        List<Merge> merges = new ArrayList<>();
        if (sheetXml == null) {
            return merges;
        }
        Matcher matcher = MERGE.matcher(sheetXml);
        while (matcher.find()) {
            merges.add(new Merge(
                    Integer.parseInt(matcher.group(2)) - 1,
                    column(matcher.group(1)),
                    Integer.parseInt(matcher.group(4)) - 1,
                    column(matcher.group(3))));
        }
        return merges;
    }

    /** Copies the value of each vertically merged range's top cell into the cells under it. */
    static void fillMergedDown(List<List<String>> rows, List<Merge> merges) {
        for (Merge merge : merges) {
            int firstColumn = merge.firstColumn();
            int lastColumn = merge.lastColumn();
            int firstRow = merge.firstRow();
            int lastRow = Math.min(merge.lastRow(), rows.size() - 1);
            if (firstRow >= rows.size() || lastRow <= firstRow) {
                continue;
            }
            for (int c = firstColumn; c <= lastColumn; c++) {
                String top = cell(rows.get(firstRow), c);
                if (top == null) {
                    continue;
                }
                for (int r = firstRow + 1; r <= lastRow; r++) {
                    List<String> row = new ArrayList<>(rows.get(r));
                    while (row.size() <= c) {
                        row.add(null);
                    }
                    if (row.get(c) == null || row.get(c).isBlank()) {
                        row.set(c, top);
                    }
                    rows.set(r, row);
                }
            }
        }
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : null;
    }

    /** Column letters (A, Z, AA…) → 0-based index. */
    private static int column(String letters) {
        int index = 0;
        for (char c : letters.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal number = cell.asNumber();
                yield number == null ? null : number.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> null;
            default -> unescape(cell.getText());
        };
    }

    private static final Pattern XML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * Cell text with the escapes of ECMA-376 ST_Xstring decoded: Excel writes a character that XML cannot hold
     * (a control character such as U+0000) as {@code _xHHHH_}, and a literal {@code _x…_} as {@code _x005F_x…_}.
     * Decoded, such characters reach the same check as a CSV cell's.
     */
    static String unescape(String text) {
        if (text == null || !text.contains("_x")) {
            return text;
        }
        return XML_ESCAPE
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
}
