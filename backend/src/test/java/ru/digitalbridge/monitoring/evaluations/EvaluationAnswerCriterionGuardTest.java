package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;

/**
 * evaluation_answer.criterion_id has no foreign key (V355: its FOR KEY SHARE locks made every first save of 32
 * experts contend on the same criterion rows); the trigger on criterion keeps the guarantee instead. An answered
 * criterion cannot be deleted or renumbered (even if its set were turned back into a draft), a criterion of an
 * approved set cannot be deleted at all, and a draft's unanswered criteria still can be. If the trigger is dropped
 * or loosened, an answer is left pointing at nothing and these fail.
 */
@QuarkusTest
class EvaluationAnswerCriterionGuardTest {
    @Inject
    EvaluationTestData data;

    /** The evaluation's expert saves an answer to B.PHONE through the API: the criterion is now answered. */
    private Scenario answered() {
        Scenario s = data.scenario("EVALUATION", false);
        s.expert()
                .api()
                .body(EvaluationResourceTest.answers(
                        0, java.util.List.of(EvaluationResourceTest.answer(s.criterion("B.PHONE"), 1))))
                .put("/api/v1/evaluations/" + s.primary() + "/answers")
                .then()
                .statusCode(200);
        assertThat(data.count(
                        "select count(*) from evaluation_answer where evaluation_id = ? and criterion_id = ?",
                        s.primary(),
                        s.criterion("B.PHONE")))
                .isEqualTo(1);
        return s;
    }

    @Test
    void anAnsweredCriterionCannotBeDeletedEvenFromADraft() {
        Scenario s = answered();
        data.update("update criteria_set set status = 'DRAFT' where id = ?", s.criteriaSet());
        assertThatThrownBy(() -> data.update("delete from criterion where id = ?", s.criterion("B.PHONE")))
                .rootCause()
                .hasMessageContaining("criterion " + s.criterion("B.PHONE") + " is referenced by evaluation answers");
        assertThatThrownBy(() -> data.update("delete from criteria_set where id = ?", s.criteriaSet()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(data.count("select count(*) from criterion where id = ?", s.criterion("B.PHONE")))
                .isEqualTo(1);
    }

    @Test
    void anAnsweredCriterionKeepsItsId() {
        Scenario s = answered();
        assertThatThrownBy(() -> data.update(
                        "update criterion set id = ? where id = ?", UUID.randomUUID(), s.criterion("B.PHONE")))
                .isInstanceOf(IllegalStateException.class);
        // other columns may still change (the trigger watches the id only)
        data.update("update criterion set title = title where id = ?", s.criterion("B.PHONE"));
    }

    @Test
    void criteriaOfAnApprovedSetCannotBeDeletedEvenUnanswered() {
        Scenario s = answered();
        assertThatThrownBy(() -> data.update("delete from criterion where id = ?", s.criterion("S.QUALITY")))
                .rootCause()
                .hasMessageContaining(
                        "criterion " + s.criterion("S.QUALITY") + " belongs to a criteria set that is not a draft");
    }

    @Test
    void aDraftsUnansweredCriteriaCanStillBeDeleted() {
        UUID draft = UUID.randomUUID();
        var criteria = data.criteriaSet(draft);
        data.update("update criteria_set set status = 'DRAFT' where id = ?", draft);
        data.update("delete from criterion where id = ?", criteria.get("B.PHONE"));
        data.update("delete from criteria_set where id = ?", draft);
        assertThat(data.count("select count(*) from criterion where criteria_set_id = ?", draft))
                .isZero();
    }
}
