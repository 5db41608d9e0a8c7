package ru.digitalbridge.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import ru.digitalbridge.common.error.ProblemException;

/** Reads an uploaded import file, refusing with 413 anything over {@link ImportService#MAX_BYTES}. */
public final class ImportUpload {
    public static final String CSV = "text/csv";
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
}
