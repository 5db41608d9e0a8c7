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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded CSV or XLSX file read into rows of cells named by column key. The first non-empty row is
 * the header; headers are matched in English or Russian ({@link ImportColumns}); unknown headers are
 * reported and their cells ignored. Empty rows are skipped. Row numbers are those a spreadsheet shows
 * (the header is row 1 when it is the first line).
 */
record ImportTable(List<String> unknownHeaders, List<String> missingColumns, List<ImportRow> rows) {

    /** One data row: its number in the file and its non-blank cells by column key. */
    record ImportRow(int number, Map<String, String> cells) {
        String get(String key) {
            return cells.get(key);
        }
    }

    /** The file formats accepted. */
    enum Format {
        CSV,
        XLSX
    }

    /** The content is neither CSV text nor an XLSX workbook. */
    static final class UnsupportedFileException extends RuntimeException {
        UnsupportedFileException(String message) {
            super(message);
        }
    }

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** Decides the format from the content itself; the declared type only breaks no ties. */
    static Format detect(byte[] content) {
        if (startsWith(content, ZIP)) {
            return Format.XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw new UnsupportedFileException("legacy .xls workbook");
        }
        decode(content);
        return Format.CSV;
    }

    /** Reads the file; {@code required} columns missing from the header are listed in the result. */
    static ImportTable read(byte[] content, ImportColumns columns, List<String> required) {
        List<List<String>> raw = detect(content) == Format.XLSX ? xlsxRows(content) : csvRows(decode(content));
        List<String> unknown = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Map<Integer, String> keyByIndex = new HashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                for (int c = 0; c < cells.size(); c++) {
                    String header = cells.get(c) == null ? "" : cells.get(c).strip();
                    if (header.isEmpty()) {
                        continue;
                    }
                    String key = columns.keyOf(header);
                    if (key == null || keyByIndex.containsValue(key)) {
                        unknown.add(header);
                    } else {
                        keyByIndex.put(c, key);
                    }
                }
                continue;
            }
            Map<String, String> named = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                String key = keyByIndex.get(c);
                String value = cells.get(c) == null ? null : cells.get(c).strip();
                if (key != null && value != null && !value.isEmpty()) {
                    named.put(key, value);
                }
            }
            rows.add(new ImportRow(i + 1, named));
        }
        List<String> missing =
                required.stream().filter(key -> !keyByIndex.containsValue(key)).toList();
        return new ImportTable(List.copyOf(unknown), missing, List.copyOf(rows));
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw new UnsupportedFileException("binary content");
            }
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

    private static List<List<String>> xlsxRows(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                var stream = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                while (rows.size() + 1 < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedFileException("unreadable workbook: " + e.getMessage());
        }
        return rows;
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
            default -> cell.getText();
        };
    }
}
