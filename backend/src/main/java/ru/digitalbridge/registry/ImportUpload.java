package ru.digitalbridge.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import ru.digitalbridge.common.error.ProblemException;

/**
 * Reads an uploaded import file, refusing with 413 anything over {@link ImportService#MAX_BYTES}, and reads it as a
 * table, with the problems every import answers for a file it cannot read.
 */
public final class ImportUpload {
    public static final String CSV = "text/csv";
    public static final String XLSX = ImportTable.XLSX_TYPE;
    public static final String ODS = ImportOds.MEDIA_TYPE;
    public static final String EXCEL_LEGACY = "application/vnd.ms-excel";
    public static final String OCTET_STREAM = "application/octet-stream";

    private ImportUpload() {}

    public static byte[] read(InputStream body) {
        if (body == null) {
            throw new ProblemException(415, "unsupported-import-file");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (out.size() > ImportService.MAX_BYTES) {
                    throw new ProblemException(413, "import-too-large", 10).with("maxBytes", ImportService.MAX_BYTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() == 0) {
            throw new ProblemException(415, "unsupported-import-file");
        }
        return out.toByteArray();
    }

    /**
     * The file as a table ({@link ImportTable#read(byte[], ImportColumns, List, String)}): 415 for what is not a CSV,
     * XLSX or ODS spreadsheet (a legacy .xls with what to do about it), 413 for a spreadsheet that unpacks to more
     * than an import reads, 400 on {@code sheet} for a sheet the workbook does not have.
     */
    public static ImportTable table(byte[] content, ImportColumns columns, List<String> required, String sheet) {
        try {
            return ImportTable.read(content, columns, required, sheet);
        } catch (ImportTable.LegacyWorkbookException e) {
            throw new ProblemException(415, "unsupported-import-file", "unsupported-import-file.legacy", List.of());
        } catch (ImportTable.UnsupportedFileException e) {
            throw new ProblemException(415, "unsupported-import-file");
        } catch (ImportTable.TooLargeException e) {
            throw new ProblemException(413, "import-too-large", "import-too-large.unpacked", List.of());
        } catch (ImportTable.UnknownSheetException e) {
            throw ProblemException.invalidField(
                    "sheet", "registry.import.unknown-sheet", String.join(", ", e.sheets()));
        }
    }
}
