package ru.digitalbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate's warnings about a failed statement quote it with its bound values: two simultaneous creations of one
 * user logged the e-mail, the name and the password hash at WARN. Those lines stay off; the problem mappers log the
 * request and the kind of conflict instead.
 */
@QuarkusTest
class SqlErrorLogTest {

    @Test
    void failedStatementsAreNotLoggedWithTheirValues() {
        assertThat(Logger.getLogger("org.hibernate.orm.jdbc.error").isEnabled(Logger.Level.WARN))
                .isFalse();
    }
}
