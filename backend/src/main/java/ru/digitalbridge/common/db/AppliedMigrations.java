package ru.digitalbridge.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Whether a database already holds exactly the packaged migrations, so that the launcher may start without Flyway
 * (README, "Start-up"). Flyway scans and checksums every migration and loads itself and most of Jackson at every
 * start; when the schema history lists every packaged migration, applied successfully, with the checksum Flyway
 * computes for the packaged file, and nothing else, Flyway would do nothing. Anything else (a missing, changed,
 * failed or unknown migration, no history table, a packaged file that cannot be read or listed) answers
 * {@code false}, and Flyway runs at start as always: it migrates, or stops the application on a changed migration.
 */
public final class AppliedMigrations {
    /** Where Flyway reads the migrations (Quarkus' default location). */
    static final String LOCATION = "db/migration";

    /** Flyway's versioned SQL migration names: {@code V<version>__<description>.sql}. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__(.+)\\.sql");

    private AppliedMigrations() {}

    /** A packaged migration as Flyway records it in the schema history. */
    public record Migration(String version, String description, String script, int checksum) {}

    /**
     * True when the history table of the connection's schema holds exactly {@code packaged}: one successful SQL row
     * per packaged migration with the same version, description, script and checksum, and no other row.
     */
    public static boolean upToDate(Connection connection, List<Migration> packaged) {
        if (packaged.isEmpty()) {
            return false;
        }
        Map<String, Migration> expected = new HashMap<>();
        for (Migration migration : packaged) {
            if (expected.put(migration.version(), migration) != null) {
                return false; // two files of one version: Flyway's own error, let it report it
            }
        }
        int rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version, description, type, script, checksum, success"
                        + " from flyway_schema_history")) {
            while (rs.next()) {
                rows++;
                Migration migration = expected.get(rs.getString(1));
                int checksum = rs.getInt(5);
                boolean checksumNull = rs.wasNull();
                if (migration == null
                        || !"SQL".equals(rs.getString(3))
                        || !rs.getBoolean(6)
                        || checksumNull
                        || checksum != migration.checksum()
                        || !migration.description().equals(rs.getString(2))
                        || !migration.script().equals(rs.getString(4))) {
                    return false;
                }
            }
        } catch (SQLException e) {
            return false; // no history table (a new database), or it cannot be read: Flyway decides
        }
        return rows == expected.size();
    }

    /**
     * The versioned SQL migrations packaged with the application (in the jar or class directory that holds this
     * class), with Flyway's checksums; empty when they cannot be listed or read (Flyway then runs).
     */
    public static List<Migration> packaged() {
        try {
            var source = AppliedMigrations.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return List.of();
            }
            Path root = Path.of(source.getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(root)) {
                Path folder = root.resolve(LOCATION);
                if (!Files.isDirectory(folder)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(file -> names.add(file.getFileName().toString()));
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (JarEntry entry : jar.stream().toList()) {
                        String name = entry.getName();
                        if (!entry.isDirectory()
                                && name.startsWith(LOCATION + "/")
                                && name.indexOf('/', LOCATION.length() + 1) < 0) {
                            names.add(name.substring(LOCATION.length() + 1));
                        }
                    }
                }
            }
            List<Migration> migrations = new ArrayList<>();
            for (String name : names) {
                Matcher matcher = VERSIONED.matcher(name);
                if (!matcher.matches()) {
                    return List.of(); // a repeatable or other kind of migration: Flyway handles it
                }
                String script = LOCATION + "/" + name;
                Integer checksum = checksum(script);
                if (checksum == null) {
                    return List.of();
                }
                migrations.add(new Migration(
                        matcher.group(1).replace('_', '.'), matcher.group(2).replace('_', ' '), script, checksum));
            }
            return migrations;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Flyway's checksum of a SQL migration (its {@code ChecksumCalculator}): CRC-32 of the UTF-8 bytes of every line
     * without its line break, a byte-order mark at the start removed.
     */
    static Integer checksum(String resource) throws IOException {
        try (InputStream in = AppliedMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : checksum(in.readAllBytes());
        }
    }

    /**
     * The same checksum computed on the file's bytes: the lines of a UTF-8 file, each encoded again, are its bytes
     * between the line breaks ({@code \n}, {@code \r} — the ones {@code BufferedReader.readLine} splits at), so the
     * CRC of the lines one after another is the CRC of the bytes with every CR and LF left out. One pass over the bytes
     * instead of decoding and encoding every line: the launcher does this for every migration at every start. (A file
     * that is not valid UTF-8 would give another checksum than Flyway's: then the launcher lets Flyway run.)
     */
    static int checksum(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        int kept = 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != '\n' && b != '\r') {
                bytes[kept++] = b;
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, kept);
        return (int) crc.getValue();
    }

    /** For the launcher: the packaged migrations are all applied, unchanged, and nothing else is. */
    public static boolean upToDate(Connection connection) {
        List<Migration> packaged = packaged();
        return !packaged.isEmpty() && upToDate(Objects.requireNonNull(connection), packaged);
    }
}
