package ru.digitalbridge.training;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/** Who may act on a cohort, an enrolment or a learner: staff, the cohort's trainers, the learner themself. */
@ApplicationScoped
public class TrainingAccess {
    private final Sql db;

    TrainingAccess(Sql db) {
        this.db = db;
    }

    boolean trains(TrainingCaller caller, UUID cohortId) {
        return caller.trainer()
                && caller.userId() != null
                && db.exists(
                        "select 1 from training_cohort_trainer where cohort_id = ? and user_id = ?",
                        cohortId,
                        caller.userId());
    }

    /** Staff or one of the cohort's trainers; 404 for a cohort that does not exist, else 403. */
    void requireRuns(TrainingCaller caller, UUID cohortId) {
        if (!db.exists("select 1 from training_cohort where id = ?", cohortId)) {
            throw TrainingProblems.cohortNotFound(cohortId);
        }
        if (!caller.staff() && !trains(caller, cohortId)) {
            throw TrainingProblems.forbidden();
        }
    }

    /** {@link #requireRuns(TrainingCaller, UUID)} for another package's resource. */
    public void requireRuns(SecurityIdentity identity, UUID cohortId) {
        requireRuns(TrainingCaller.of(identity), cohortId);
    }

    /** The caller's learner record, if they have one. */
    Optional<UUID> learnerOf(TrainingCaller caller) {
        if (caller.userId() == null) {
            return Optional.empty();
        }
        return db.one(
                "select id from training_learner where user_id = ?",
                rs -> rs.getObject(1, UUID.class),
                caller.userId());
    }

    /**
     * Whether the caller may see a learner's personal data (birth date, СНИЛС, phone, education, diploma surname):
     * administrators, the trainers of a cohort the learner is (or applied to be) enrolled in, and the learner.
     */
    boolean seesPersonal(TrainingCaller caller, UUID learnerId) {
        if (caller.admin()) {
            return true;
        }
        if (caller.userId() == null) {
            return false;
        }
        if (learnerOf(caller).filter(learnerId::equals).isPresent()) {
            return true;
        }
        return caller.trainer()
                && db.exists(
                        "select 1 from training_enrolment e join training_cohort_trainer t on t.cohort_id = e.cohort_id"
                                + " where e.learner_id = ? and t.user_id = ?",
                        learnerId,
                        caller.userId());
    }

    /** Whether the caller is a TRAINER of one of the cohorts the learner is enrolled in. */
    boolean trainsLearner(TrainingCaller caller, UUID learnerId) {
        return caller.trainer()
                && caller.userId() != null
                && db.exists(
                        "select 1 from training_enrolment e join training_cohort_trainer t on t.cohort_id = e.cohort_id"
                                + " where e.learner_id = ? and t.user_id = ?",
                        learnerId,
                        caller.userId());
    }

    /** Whether the caller may see the learner at all: staff, trainers of one of their cohorts, the learner. */
    boolean sees(TrainingCaller caller, UUID learnerId) {
        return caller.staff() || seesPersonal(caller, learnerId);
    }
}
