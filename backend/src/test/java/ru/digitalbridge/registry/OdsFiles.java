package ru.digitalbridge.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument spreadsheets for tests, written the way LibreOffice saves them: an uncompressed {@code mimetype}
 * entry first, a manifest, and a hand-written {@code content.xml}. Cells are XML snippets so a test shows exactly
 * what the office wrote.
 */
public final class OdsFiles {
    public static final String TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
            + " office:version=\"1.3\"";

    private OdsFiles() {}

    /** A spreadsheet of the given tables ({@link #table}). */
    public static byte[] spreadsheet(String... tables) {
        return zip(content(String.join("", tables)), TYPE);
    }

    /** The {@code content.xml} of a spreadsheet holding {@code tablesXml}. */
    public static String content(String tablesXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES + ">"
                + "<office:body><office:spreadsheet>" + tablesXml + "</office:spreadsheet></office:body>"
                + "</office:document-content>";
    }

    /** A package with the given {@code content.xml} and {@code mimetype} (null: without that entry). */
    public static byte[] zip(String contentXml, String mimetype) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            if (mimetype != null) {
                byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                            + " manifest:version=\"1.3\">"
                            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + TYPE + "\"/>"
                            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                            + "</manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet; LibreOffice ends each with the unused columns and rows as repeats, as here. */
    public static String table(String name, String... rows) {
        return "<table:table table:name=\"" + escape(name) + "\">"
                + "<table:table-column table:number-columns-repeated=\"6\"/>"
                + "<table:table-column table:number-columns-repeated=\"16378\"/>"
                + String.join("", rows)
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
                + " table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "</table:table>";
    }

    /** A row of cells; a row saved by LibreOffice ends with the empty rest of the line as one repeated cell. */
    public static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells)
                + "<table:table-cell table:number-columns-repeated=\"1018\"/></table:table-row>";
    }

    /** Rows with nothing in them, as one repeated row. */
    public static String emptyRows(int count) {
        return "<table:table-row table:number-rows-repeated=\"" + count
                + "\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
    }

    /** A string cell; a null is an empty cell. */
    public static String text(String value) {
        if (value == null) {
            return "<table:table-cell/>";
        }
        return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + escape(value)
                + "</text:p></table:table-cell>";
    }

    /** Several string cells. */
    public static String texts(String... values) {
        StringBuilder cells = new StringBuilder();
        for (String value : values) {
            cells.append(text(value));
        }
        return cells.toString();
    }

    /** A number cell as LibreOffice writes it: the value and its displayed text (here in the default format). */
    public static String number(String value) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value
                + "\" calcext:value-type=\"float\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    /** An empty cell repeated. */
    public static String empty(int count) {
        return "<table:table-cell table:number-columns-repeated=\"" + count + "\"/>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
