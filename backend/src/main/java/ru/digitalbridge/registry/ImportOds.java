package ru.digitalbridge.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import ru.digitalbridge.registry.ImportTable.Merge;
import ru.digitalbridge.registry.ImportTable.SheetRows;
import ru.digitalbridge.registry.ImportTable.TooLargeException;
import ru.digitalbridge.registry.ImportTable.UnsupportedFileException;

/**
 * An OpenDocument spreadsheet (.ods: LibreOffice, МойОфис, Р7-Офис) read into the rows {@link ImportTable} reads from
 * an XLSX workbook. {@code content.xml} is streamed with StAX (no DTD, no external entities) and never expanded
 * beyond what holds data: the empty cells and rows an office writes as repeats up to the sheet's edge (a last row
 * repeated a million times, a row's rest as one cell repeated a thousand times) cost nothing, and repeats that do
 * hold values are expanded only within {@link #MAX_CELLS} cells a file, {@link #MAX_COLUMNS} columns a row and
 * {@link #MAX_ROWS} rows a sheet. Numbers read as the XLSX path reads them (6450012345, not 6.450012345E9), dates
 * as ISO dates, merged cells ({@code table:number-rows-spanned}) are filled down like an XLSX merge, and hidden or
 * filtered rows are read like any other, as in a workbook.
 */
final class ImportOds {
    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    /** Largest {@code content.xml} unpacked: twenty times the largest upload, far above a real 10 MB file's. */
    static final long MAX_CONTENT_BYTES = 20L * ImportService.MAX_BYTES;

    static final int MAX_CELLS = ImportTable.MAX_CELLS;
    static final int MAX_ROWS = ImportTable.MAX_ROWS;

    static final int MAX_COLUMNS = 16_384;
    /** Longest text of one cell (LibreOffice's and Excel's limit). */
    static final int MAX_CELL_CHARS = 32_767;

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private ImportOds() {}

    /**
     * Whether the zip is an OpenDocument spreadsheet: its {@code mimetype} entry says so, or it has a
     * {@code content.xml} and no {@code xl/workbook.xml}. Only the zip's directory and the short mimetype entry are
     * read. Another OpenDocument (a text, a presentation) is refused here.
     */
    static boolean isOds(byte[] zipContent) {
        try (ZipFile zip = open(zipContent)) {
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                if (type.equals(MEDIA_TYPE)) {
                    return true;
                }
                if (type.startsWith("application/vnd.oasis.opendocument.")) {
                    throw new UnsupportedFileException("OpenDocument " + type);
                }
            }
            return zip.getEntry("content.xml") != null && zip.getEntry("xl/workbook.xml") == null;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedFileException unsupported) {
                throw unsupported;
            }
            // not a zip this reader can open: the XLSX reader has its say
            return false;
        }
    }

    /** The sheets of the spreadsheet, in order. */
    static List<SheetRows> read(byte[] zipContent) {
        try (ZipFile zip = open(zipContent)) {
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new UnsupportedFileException("spreadsheet without content.xml");
            }
            try (InputStream in = zip.getInputStream(content)) {
                return new ContentReader().read(new Bounded(in, MAX_CONTENT_BYTES));
            }
        } catch (IOException e) {
            throw new UnsupportedFileException("unreadable spreadsheet: " + e.getMessage());
        }
    }

    /** The zip by its central directory: entries are found without unpacking the ones before them. */
    private static ZipFile open(byte[] zipContent) throws IOException {
        return ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zipContent))
                .get();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }

    /** Reads {@code content.xml}: every {@code table:table} of {@code office:spreadsheet} into rows of cells. */
    private static final class ContentReader {
        private final List<SheetRows> sheets = new ArrayList<>();
        private long cells;

        // the sheet being read
        private List<List<String>> rows;
        private List<Merge> merges;
        /** Row index of the next row to read (0-based), counting repeats. */
        private int rowIndex;

        // the row being read
        private List<String> row;
        /** Column index of the next cell, counting repeats. */
        private int columnIndex;

        List<SheetRows> read(InputStream content) {
            XMLStreamReader xml = null;
            try {
                xml = factory().createXMLStreamReader(content, "UTF-8");
                int tableDepth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new UnsupportedFileException("a DTD or an entity in content.xml");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && is(xml, TABLE, "table")) {
                        if (tableDepth++ == 0) {
                            startSheet();
                            String name = xml.getAttributeValue(TABLE, "name");
                            readSheet(xml);
                            tableDepth--;
                            finishSheet(name == null ? "Sheet" + (sheets.size() + 1) : name);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && is(xml, TABLE, "table")) {
                        tableDepth--;
                    }
                }
            } catch (XMLStreamException | RuntimeException e) {
                if (e instanceof TooLargeException tooLarge) {
                    throw tooLarge;
                }
                if (e.getCause() instanceof TooLargeException tooLarge) {
                    throw tooLarge;
                }
                if (e instanceof UnsupportedFileException unsupported) {
                    throw unsupported;
                }
                throw new UnsupportedFileException("unreadable spreadsheet: " + e.getMessage());
            } finally {
                close(xml);
            }
            if (sheets.isEmpty()) {
                throw new UnsupportedFileException("spreadsheet without sheets");
            }
            return sheets;
        }

        private void startSheet() {
            rows = new ArrayList<>();
            merges = new ArrayList<>();
            rowIndex = 0;
        }

        private void finishSheet(String name) {
            ImportTable.fillMergedDown(rows, merges);
            sheets.add(new SheetRows(name, rows));
        }

        /** Reads the rows of the table the reader is at, up to its end tag; nested tables are left out. */
        private void readSheet(XMLStreamReader xml) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, TABLE, "table-row")) {
                        readRow(xml);
                    } else if (is(xml, TABLE, "table") || is(xml, OFFICE, "annotation")) {
                        skip(xml);
                    } else {
                        // table:table-header-rows, table:table-row-group, table:table-rows hold rows too
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of content.xml");
                }
            }
        }

        private void readRow(XMLStreamReader xml) throws XMLStreamException {
            int repeated = count(xml.getAttributeValue(TABLE, "number-rows-repeated"));
            row = new ArrayList<>();
            columnIndex = 0;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, TABLE, "table-cell") || is(xml, TABLE, "covered-table-cell")) {
                        readCell(xml);
                    } else {
                        skip(xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of content.xml");
                }
            }
            if (row.isEmpty()) {
                // empty rows, however many, are kept only as a distance to the next row with a value
                rowIndex = (int) Math.min((long) rowIndex + repeated, Integer.MAX_VALUE);
                return;
            }
            List<String> cellsOfRow = Collections.unmodifiableList(row);
            for (int i = 0; i < repeated; i++) {
                addRow(cellsOfRow);
            }
        }

        private void addRow(List<String> cellsOfRow) {
            if (rowIndex >= MAX_ROWS) {
                throw new TooLargeException("more than " + MAX_ROWS + " rows");
            }
            while (rows.size() < rowIndex) {
                rows.add(List.of());
                spend(1);
            }
            spend(cellsOfRow.size());
            rows.add(cellsOfRow);
            rowIndex++;
        }

        private void spend(int count) {
            cells += count;
            if (cells > MAX_CELLS) {
                throw new TooLargeException("more than " + MAX_CELLS + " cells");
            }
        }

        private void readCell(XMLStreamReader xml) throws XMLStreamException {
            int repeated = count(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            int rowsSpanned = count(xml.getAttributeValue(TABLE, "number-rows-spanned"));
            String type = xml.getAttributeValue(OFFICE, "value-type");
            String value = switch (type == null ? "" : type) {
                case "float", "percentage", "currency" -> number(xml.getAttributeValue(OFFICE, "value"));
                case "date" -> date(xml.getAttributeValue(OFFICE, "date-value"));
                case "boolean" -> bool(xml.getAttributeValue(OFFICE, "boolean-value"));
                case "string" -> xml.getAttributeValue(OFFICE, "string-value");
                default -> null;
            };
            String text = cellText(xml);
            if (value == null) {
                value = text;
            }
            if (value == null || value.isEmpty()) {
                columnIndex = (int) Math.min((long) columnIndex + repeated, Integer.MAX_VALUE);
                return;
            }
            if ((long) columnIndex + repeated > MAX_COLUMNS) {
                throw new TooLargeException("more than " + MAX_COLUMNS + " columns");
            }
            while (row.size() < columnIndex) {
                row.add(null);
            }
            for (int i = 0; i < repeated; i++) {
                if (rowsSpanned > 1) {
                    merges.add(new Merge(rowIndex, columnIndex, rowIndex + rowsSpanned - 1, columnIndex));
                }
                row.add(value);
                columnIndex++;
            }
        }

        /**
         * The text of the cell the reader is at, up to its end tag: its paragraphs on separate lines, with
         * {@code text:s} spaces, tabs and line breaks; comments ({@code office:annotation}) and drawings are left out.
         */
        private String cellText(XMLStreamReader xml) throws XMLStreamException {
            StringBuilder text = null;
            int paragraphs = 0;
            int depth = 1;
            int inParagraph = 0;
            while (depth > 0) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (inParagraph == 0 && (is(xml, TEXT, "p") || is(xml, TEXT, "h"))) {
                            if (text == null) {
                                text = new StringBuilder();
                            }
                            if (paragraphs++ > 0) {
                                text.append('\n');
                            }
                            inParagraph = 1;
                            depth++;
                        } else if (inParagraph > 0 && is(xml, TEXT, "s")) {
                            int spaces = Math.min(count(xml.getAttributeValue(TEXT, "c")), MAX_CELL_CHARS + 1);
                            text.append(" ".repeat(spaces));
                            skip(xml);
                        } else if (inParagraph > 0 && is(xml, TEXT, "tab")) {
                            text.append('\t');
                            skip(xml);
                        } else if (inParagraph > 0 && is(xml, TEXT, "line-break")) {
                            text.append('\n');
                            skip(xml);
                        } else if (inParagraph > 0 && (is(xml, TEXT, "span") || is(xml, TEXT, "a"))) {
                            inParagraph++;
                            depth++;
                        } else {
                            // office:annotation, draw:frame, text:note and the like are not the cell's value
                            skip(xml);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (inParagraph > 0) {
                            inParagraph--;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inParagraph > 0) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end");
                    default -> {}
                }
                if (text != null && text.length() > MAX_CELL_CHARS) {
                    throw new TooLargeException("a cell longer than " + MAX_CELL_CHARS + " characters");
                }
            }
            return text == null ? null : text.toString();
        }
    }

    /** Skips the element the reader is at, up to its end tag. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of content.xml");
            }
        }
    }

    private static boolean is(XMLStreamReader xml, String namespace, String name) {
        return name.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    /** A repeat or span count: at least 1; a count beyond any sheet is kept as the sheet's size. */
    private static int count(String attribute) {
        if (attribute == null) {
            return 1;
        }
        try {
            long n = Long.parseLong(attribute.strip());
            return (int) Math.max(1, Math.min(n, MAX_ROWS));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The same text as the XLSX path gives a number: plain digits, no exponent, no trailing zeros. */
    private static String number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 2026-12-01} for a date; a date with a time of day keeps it ({@code 2026-12-01T10:30:00}). */
    private static String date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String date = value.strip();
        return date.endsWith("T00:00:00") ? date.substring(0, date.length() - "T00:00:00".length()) : date;
    }

    private static String bool(String value) {
        return value == null ? null : String.valueOf(Boolean.parseBoolean(value.strip()));
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was written; the reader holds only the in-memory stream
            }
        }
    }

    /** The unpacked {@code content.xml}, refused past {@code limit} bytes: a zip bomb never unpacks further. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLargeException("content.xml unpacks to more than " + limit + " bytes");
            }
        }
    }
}
