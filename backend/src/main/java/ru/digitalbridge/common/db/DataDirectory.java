package ru.digitalbridge.common.db;

import java.nio.file.Path;

/**
 * The local folder for what the platform keeps on disk when no external service is configured: the embedded
 * PostgreSQL cluster and generated signing keys. {@code bridge.data-dir} (system property) or
 * {@code BRIDGE_DATA_DIR}; default {@code .bridge-data} in the working directory.
 */
public final class DataDirectory {
    private DataDirectory() {}

    public static Path resolve() {
        String configured = System.getProperty("bridge.data-dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("BRIDGE_DATA_DIR");
        }
        if (configured == null || configured.isBlank()) {
            configured = ".bridge-data";
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }
}
