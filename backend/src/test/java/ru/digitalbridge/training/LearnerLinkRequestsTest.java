package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * A learner asks to be linked to an account they run; a trainer of one of their cohorts confirms or rejects it; the
 * learner withdraws a pending request or removes a link. Only a confirmed request is a link (the cabinet's accounts).
 */
@QuarkusTest
class LearnerLinkRequestsTest {
    @Inject
    EvaluationTestData data;

    private record Setup(Person trainer, Person learner, String cohort, String learnerId) {}

    private Setup setup() {
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        Person learner = Training.person(Role.LEARNER);
        String cohort = Training.cohort(programme, trainer, null, false, false);
        Training.enrol(trainer, cohort, Training.learnerBody(learner.email()));
        String learnerId = learner.call()
                .get("/api/v1/training/me")
                .then()
                .statusCode(200)
                .extract()
                .path("learner.id");
        return new Setup(trainer, learner, cohort, learnerId);
    }

    private static List<String> myAccounts(Person learner) {
        return learner.call()
                .get("/api/v1/training/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("accounts.id", String.class);
    }

    private static String ask(Person learner, UUID account) {
        return learner.call()
                .body(Map.of("accountId", account))
                .post("/api/v1/training/me/link-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("account.id", equalTo(account.toString()))
                .extract()
                .path("id");
    }

    @Test
    void aRequestCountsOnceTheCohortsTrainerConfirmsIt() {
        Setup s = setup();
        UUID account = data.account(data.organization("EDUCATION"));
        String request = ask(s.learner(), account);

        // pending: not a link yet; asking again is a conflict
        assertThat(myAccounts(s.learner())).isEmpty();
        s.learner()
                .call()
                .body(Map.of("accountId", account))
                .post("/api/v1/training/me/link-requests")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("training-link-requested"));

        // the cohort's trainer sees it among the cohort's pending requests, with the learner's name only
        s.trainer()
                .call()
                .get("/api/v1/training/cohorts/" + s.cohort() + "/link-requests")
                .then()
                .statusCode(200)
                .body("id", hasItem(request))
                .body("[0].learnerId", equalTo(s.learnerId()))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("email")));

        // a trainer of another cohort, another learner, an expert, anonymous: refused; nothing changes
        Person stranger = Training.person(Role.TRAINER);
        String otherCohort = Training.cohort(Training.approvedProgramme(1), stranger, null, false, false);
        Training.enrol(
                stranger,
                otherCohort,
                Training.learnerBody(Training.person(Role.LEARNER).email()));
        stranger.call()
                .get("/api/v1/training/cohorts/" + s.cohort() + "/link-requests")
                .then()
                .statusCode(403);
        stranger.call()
                .post("/api/v1/training/link-requests/" + request + "/confirm")
                .then()
                .statusCode(403);
        stranger.call()
                .post("/api/v1/training/link-requests/" + request + "/reject")
                .then()
                .statusCode(403);
        as(Role.LEARNER)
                .post("/api/v1/training/link-requests/" + request + "/confirm")
                .then()
                .statusCode(403);
        as(Role.EXPERT)
                .post("/api/v1/training/link-requests/" + request + "/confirm")
                .then()
                .statusCode(403);
        anonymous()
                .post("/api/v1/training/link-requests/" + request + "/confirm")
                .then()
                .statusCode(401);
        anonymous()
                .get("/api/v1/training/cohorts/" + s.cohort() + "/link-requests")
                .then()
                .statusCode(401);
        s.trainer()
                .call()
                .post("/api/v1/training/link-requests/" + UUID.randomUUID() + "/confirm")
                .then()
                .statusCode(404);
        assertThat(myAccounts(s.learner())).isEmpty();

        s.trainer()
                .call()
                .post("/api/v1/training/link-requests/" + request + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        assertThat(myAccounts(s.learner())).containsExactly(account.toString());
        // the same link a trainer sets directly: the learner record shows it
        assertThat(as(Role.ADMIN)
                        .get("/api/v1/training/learners/" + s.learnerId())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("accounts.id", String.class))
                .containsExactly(account.toString());

        // decided: no second decision, no withdrawal, no new request for a linked account
        s.trainer()
                .call()
                .post("/api/v1/training/link-requests/" + request + "/reject")
                .then()
                .statusCode(409);
        s.learner()
                .call()
                .post("/api/v1/training/link-requests/" + request + "/withdraw")
                .then()
                .statusCode(409);
        s.learner()
                .call()
                .body(Map.of("accountId", account))
                .post("/api/v1/training/me/link-requests")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("training-account-linked"));
        s.trainer()
                .call()
                .get("/api/v1/training/cohorts/" + s.cohort() + "/link-requests")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(request)));

        // audit: the request's life and the learner's links, without personal data
        String audit = as(Role.ADMIN)
                .queryParam("entityType", "training-link-request")
                .queryParam("entityId", request)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("create"))
                .body("items.action", hasItem("confirm"))
                .extract()
                .jsonPath()
                .getList("items.summary")
                .toString();
        // the entries' contents name ids and statuses only (the actor column is the audit log's own)
        assertThat(audit).doesNotContain(s.learner().email()).doesNotContain("Иванова");

        // another learner cannot remove it; the learner can, once
        as(Role.LEARNER)
                .delete("/api/v1/training/me/accounts/" + account)
                .then()
                .statusCode(404);
        anonymous().delete("/api/v1/training/me/accounts/" + account).then().statusCode(401);
        s.trainer()
                .call()
                .delete("/api/v1/training/me/accounts/" + account)
                .then()
                .statusCode(403);
        assertThat(myAccounts(s.learner())).containsExactly(account.toString());
        s.learner()
                .call()
                .delete("/api/v1/training/me/accounts/" + account)
                .then()
                .statusCode(204);
        assertThat(myAccounts(s.learner())).isEmpty();
        s.learner()
                .call()
                .delete("/api/v1/training/me/accounts/" + account)
                .then()
                .statusCode(404);
    }

    @Test
    void theLearnerWithdrawsTheTrainerRejectsAndOnlyTheLearnerSeesTheirRequests() {
        Setup s = setup();
        UUID account = data.account(data.organization("CULTURE"));
        String first = ask(s.learner(), account);

        // another learner, a trainer, anonymous: no withdrawing someone else's request
        Person other = Training.person(Role.LEARNER);
        Training.enrol(s.trainer(), s.cohort(), Training.learnerBody(other.email()));
        other.call()
                .post("/api/v1/training/link-requests/" + first + "/withdraw")
                .then()
                .statusCode(403);
        s.trainer()
                .call()
                .post("/api/v1/training/link-requests/" + first + "/withdraw")
                .then()
                .statusCode(403);
        anonymous()
                .post("/api/v1/training/link-requests/" + first + "/withdraw")
                .then()
                .statusCode(401);
        other.call()
                .get("/api/v1/training/me/link-requests")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(first)));

        s.learner()
                .call()
                .post("/api/v1/training/link-requests/" + first + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        s.trainer()
                .call()
                .post("/api/v1/training/link-requests/" + first + "/confirm")
                .then()
                .statusCode(409);

        // asked again, rejected: still no link
        String second = ask(s.learner(), account);
        s.trainer()
                .call()
                .post("/api/v1/training/link-requests/" + second + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(myAccounts(s.learner())).isEmpty();
        s.learner()
                .call()
                .get("/api/v1/training/me/link-requests")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(second, first)))
                .body("status", equalTo(List.of("REJECTED", "WITHDRAWN")));

        // an unknown account; a caller who is not a learner; anonymous
        s.learner()
                .call()
                .body(Map.of("accountId", UUID.randomUUID()))
                .post("/api/v1/training/me/link-requests")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("accountId")));
        as(Role.EXPERT)
                .body(Map.of("accountId", account))
                .post("/api/v1/training/me/link-requests")
                .then()
                .statusCode(403);
        s.trainer().call().get("/api/v1/training/me/link-requests").then().statusCode(404);
        anonymous().get("/api/v1/training/me/link-requests").then().statusCode(401);
        anonymous()
                .body(Map.of("accountId", account))
                .post("/api/v1/training/me/link-requests")
                .then()
                .statusCode(401);
    }
}
