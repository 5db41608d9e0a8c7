package ru.digitalbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every foreign key has an index that leads with its columns (issue 7, §6): without one, joins from the parent
 * and every delete of a parent row scan the child table. The query reads the migrated schema's catalogue.
 */
@QuarkusTest
class ForeignKeyIndexTest {
    /** Foreign keys of the public schema whose columns are not the leading columns of any index. */
    static final String UNINDEXED = """
            select c.conrelid::regclass::text || '.' || c.conname || ' (' ||
                   (select string_agg(a.attname, ', ' order by k.n)
                      from unnest(c.conkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) ||
                   ') → ' || c.confrelid::regclass::text
              from pg_constraint c
             where c.contype = 'f'
               and c.connamespace = 'public'::regnamespace
               and not exists (select 1 from pg_index i
                                where i.indrelid = c.conrelid
                                  and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                                  and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
             order by 1
            """;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyForeignKeyHasALeadingIndex() throws SQLException {
        List<String> unindexed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(UNINDEXED)) {
            while (rows.next()) {
                unindexed.add(rows.getString(1));
            }
        }
        assertThat(unindexed)
                .as("foreign keys without an index leading with their columns")
                .isEmpty();
    }

    @Test
    void theQueryFindsAForeignKeyWithoutAnIndex() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table fk_probe_parent (id int primary key)");
                statement.execute("create table fk_probe_child (id int primary key, parent int references"
                        + " fk_probe_parent (id))");
                List<String> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(UNINDEXED)) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                assertThat(found).anyMatch(line -> line.startsWith("fk_probe_child.") && line.contains("(parent)"));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
