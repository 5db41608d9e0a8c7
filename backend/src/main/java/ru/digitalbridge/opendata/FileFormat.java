package ru.digitalbridge.opendata;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats of a published table. CSV (comma, CRLF, RFC 4180, UTF-8) and NDJSON are byte-for-byte the same for the
 * same edition of a dataset, so their SHA-256 is published in the data package; XLSX is offered for people, but a
 * spreadsheet file carries its own timestamps, so its bytes are not pinned.
 */
enum FileFormat {
    CSV("csv", "text/csv; charset=UTF-8", true),
    NDJSON("ndjson", "application/x-ndjson", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);

    private final String extension;
    private final String mediaType;
    private final boolean deterministic;

    FileFormat(String extension, String mediaType, boolean deterministic) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.deterministic = deterministic;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    boolean deterministic() {
        return deterministic;
    }

    static Optional<FileFormat> ofExtension(String extension) {
        for (FileFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
