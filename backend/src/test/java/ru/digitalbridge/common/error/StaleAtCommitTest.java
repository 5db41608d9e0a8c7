package ru.digitalbridge.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/**
 * An optimistic-lock failure found only at commit reaches the mappers wrapped: the transaction manager throws its
 * rollback with the failure of the flush suppressed, or a wrapper with it as a cause. Such a failure is a 409 problem
 * (pinned through HTTP, simultaneous sign-ins before they stopped editing the user, in the commit that added this);
 * everything else stays a 500.
 */
class StaleAtCommitTest {

    @Test
    void aFailureSuppressedByTheRollbackOrWrappedAsACauseIsStale() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.addSuppressed(new OptimisticLockException("row count 0"));
        assertThat(ProblemMappers.staleAtCommit(rollback)).isTrue();

        RuntimeException wrapped = new RuntimeException(
                "commit failed", new IllegalStateException(new StaleObjectStateException("app_user", "id")));
        assertThat(ProblemMappers.staleAtCommit(wrapped)).isTrue();
    }

    @Test
    void otherFailuresAreNotStale() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.addSuppressed(new IllegalStateException("disk full", new SQLException("no space", "53100")));
        assertThat(ProblemMappers.staleAtCommit(rollback)).isFalse();
        assertThat(ProblemMappers.staleAtCommit(new NullPointerException())).isFalse();

        // a cycle of causes and suppressions ends the search instead of looping
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertThat(ProblemMappers.staleAtCommit(second)).isFalse();
    }
}
