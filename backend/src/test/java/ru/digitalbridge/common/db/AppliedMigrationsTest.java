package ru.digitalbridge.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.common.db.AppliedMigrations.Migration;

/**
 * The launcher skips Flyway only when the database holds exactly the packaged migrations (README, "Start-up"). The
 * test database was migrated by Flyway at the start of the test run, so its schema history is Flyway's own record:
 * it must match, and every change to it (a changed checksum, a missing, failed or unknown migration, a packaged
 * migration not applied) must make the launcher leave Flyway on. Changes are made in a transaction rolled back.
 */
@QuarkusTest
class AppliedMigrationsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPackagedMigrationIsListedWithFlywaysChecksum() throws SQLException, IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources", AppliedMigrations.LOCATION))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<Migration> packaged = AppliedMigrations.packaged();
        assertThat(packaged)
                .extracting(m -> m.script().substring(AppliedMigrations.LOCATION.length() + 1))
                .containsExactlyInAnyOrderElementsOf(files);
        try (Connection connection = dataSource.getConnection()) {
            // the checksums Flyway wrote when it migrated this database are the ones computed here
            assertThat(AppliedMigrations.upToDate(connection, packaged)).isTrue();
            assertThat(AppliedMigrations.upToDate(connection)).isTrue();
        }
    }

    /** Each change to Flyway's record that Flyway would act on (migrate, or refuse to start) turns the fast path off. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "update flyway_schema_history set checksum = checksum + 1 where installed_rank = %d",
                "update flyway_schema_history set checksum = null where installed_rank = %d",
                "update flyway_schema_history set success = false where installed_rank = %d",
                "update flyway_schema_history set description = description || 'x' where installed_rank = %d",
                "update flyway_schema_history set script = script || 'x' where installed_rank = %d",
                "delete from flyway_schema_history where installed_rank = %d",
                "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) select max(installed_rank) + %d, '9999', 'later',"
                        + " 'SQL', 'db/migration/V9999__later.sql', 1, 'test', 1, true from flyway_schema_history",
                "alter table flyway_schema_history rename to flyway_schema_history_%d"
            })
    void aChangedHistoryRunsFlyway(String change) throws SQLException {
        List<Migration> packaged = AppliedMigrations.packaged();
        // a row in the middle of the history, the same one every run
        int rank = 1 + packaged.size() / 2;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThat(AppliedMigrations.upToDate(connection, packaged)).isTrue();
                statement.execute(change.formatted(rank));
                assertThat(AppliedMigrations.upToDate(connection, packaged))
                        .as(change)
                        .isFalse();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void aPackagedMigrationNotAppliedRunsFlyway() throws SQLException {
        List<Migration> packaged = new ArrayList<>(AppliedMigrations.packaged());
        try (Connection connection = dataSource.getConnection()) {
            assertThat(AppliedMigrations.upToDate(connection, packaged)).isTrue();
            packaged.add(new Migration("9999", "later", "db/migration/V9999__later.sql", 1));
            assertThat(AppliedMigrations.upToDate(connection, packaged)).isFalse();
            // a packaged file whose content changed since it was applied
            List<Migration> changed = new ArrayList<>(AppliedMigrations.packaged());
            Migration first = changed.get(0);
            changed.set(0, new Migration(first.version(), first.description(), first.script(), first.checksum() ^ 1));
            assertThat(AppliedMigrations.upToDate(connection, changed)).isFalse();
            assertThat(AppliedMigrations.upToDate(connection, List.of())).isFalse();
        }
    }

    @Test
    void checksumIgnoresLineBreaksAndALeadingByteOrderMark() {
        int plain = AppliedMigrations.checksum(utf8("create table t();\nselect 1;"));
        assertThat(AppliedMigrations.checksum(utf8("\uFEFFcreate table t();\r\nselect 1;\n")))
                .isEqualTo(plain);
        assertThat(AppliedMigrations.checksum(utf8("create table t();\nselect 2;")))
                .isNotEqualTo(plain);
        assertThat(AppliedMigrations.checksum(utf8("select 1; -- \uFEFF in the middle stays")))
                .isEqualTo(linesChecksum("select 1; -- \uFEFF in the middle stays"));
    }

    /** The launcher's one pass over the bytes equals Flyway's way, line by line, on varied text (seeded). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void checksumOfTheBytesEqualsFlywaysLineByLine(long seed) throws IOException {
        Random random = new Random(seed);
        String[] pieces = {
            "\n", "\r", "\r\n", "\n\n", "\r\r\n", " ", "select", "школа", "ё", "\t", "€", "😀", "\uFEFF", ";"
        };
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        for (int i = random.nextInt(200); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        assertThat(AppliedMigrations.checksum(utf8(text.toString()))).isEqualTo(linesChecksum(text.toString()));
    }

    /** And on every packaged migration file as it is. */
    @Test
    void checksumOfEveryMigrationFileEqualsFlywaysLineByLine() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("src/main/resources", AppliedMigrations.LOCATION))) {
            for (Path file : list.toList()) {
                assertThat(AppliedMigrations.checksum(Files.readAllBytes(file)))
                        .as(file.toString())
                        .isEqualTo(linesChecksum(Files.readString(file)));
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Flyway's {@code ChecksumCalculator}: CRC-32 of each line's UTF-8 bytes, a leading byte-order mark removed. */
    private static int linesChecksum(String text) {
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            CRC32 crc = new CRC32();
            String line = reader.readLine();
            if (line != null) {
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                do {
                    crc.update(line.getBytes(StandardCharsets.UTF_8));
                } while ((line = reader.readLine()) != null);
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
