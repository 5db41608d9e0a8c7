package ru.digitalbridge.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * A genuine server error is logged with its whole cause chain, and PostgreSQL's error detail quotes the failed row
 * ("Key (email)=(…) already exists"). The application's connections leave that detail out of exception messages, so a
 * person's e-mail never reaches the log that way; the SQLSTATE and the constraint, which the problem mappers use, stay
 * readable.
 */
@QuarkusTest
class SqlErrorDetailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aUniqueViolationsMessageDoesNotQuoteTheRow() throws SQLException {
        String email = "detail-" + UUID.randomUUID() + "@example.org";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create temporary table detail_probe (email text constraint detail_probe_email unique)");
            statement.execute("insert into detail_probe values ('" + email + "')");
            PSQLException failure = catchThrowableOfType(
                    PSQLException.class, () -> statement.execute("insert into detail_probe values ('" + email + "')"));
            assertThat(failure.getSQLState()).isEqualTo("23505");
            assertThat(failure.getServerErrorMessage().getConstraint()).isEqualTo("detail_probe_email");
            assertThat(failure.getMessage()).doesNotContain(email);
            assertThat(failure.toString()).doesNotContain(email);
            statement.execute("drop table detail_probe");
        }
    }
}
