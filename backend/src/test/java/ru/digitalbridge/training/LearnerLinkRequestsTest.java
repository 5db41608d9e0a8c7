package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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
        return askFor(learner.call(), account)
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("account.id", equalTo(account.toString()))
                .extract()
                .path("id");
    }

    /** The caller asks to be linked to an account. */
    private static ValidatableResponse askFor(RequestSpecification caller, Object account) {
        return caller.body(Map.of("accountId", account))
                .post("/api/v1/training/me/link-requests")
                .then();
    }

    /** The caller confirms, rejects or withdraws a request. */
    private static ValidatableResponse decide(RequestSpecification caller, Object request, String action) {
        return caller.post("/api/v1/training/link-requests/" + request + "/" + action)
                .then();
    }

    private static ValidatableResponse cohortRequests(RequestSpecification caller, String cohort) {
        return caller.get("/api/v1/training/cohorts/" + cohort + "/link-requests")
                .then();
    }

    private static ValidatableResponse myRequests(RequestSpecification caller) {
        return caller.get("/api/v1/training/me/link-requests").then();
    }

    /** The caller removes its link to an account. */
    private static ValidatableResponse unlink(RequestSpecification caller, UUID account) {
        return caller.delete("/api/v1/training/me/accounts/" + account).then();
    }

    @Test
    void aRequestCountsOnceTheCohortsTrainerConfirmsIt() {
        Setup s = setup();
        UUID account = data.account(data.organization("EDUCATION"));
        String request = ask(s.learner(), account);

        // pending: not a link yet; asking again is a conflict
        assertThat(myAccounts(s.learner())).isEmpty();
        askFor(s.learner().call(), account).statusCode(409).body("type", endsWith("training-link-requested"));

        // the cohort's trainer sees it among the cohort's pending requests, with the learner's name only
        cohortRequests(s.trainer().call(), s.cohort())
                .statusCode(200)
                .body("id", hasItem(request))
                .body("[0].learnerId", equalTo(s.learnerId()))
                .body("[0]", not(hasKey("email")));

        // a trainer of another cohort, another learner, an expert, anonymous: refused; nothing changes
        Person stranger = setup().trainer();
        cohortRequests(stranger.call(), s.cohort()).statusCode(403);
        decide(stranger.call(), request, "confirm").statusCode(403);
        decide(stranger.call(), request, "reject").statusCode(403);
        decide(as(Role.LEARNER), request, "confirm").statusCode(403);
        decide(as(Role.EXPERT), request, "confirm").statusCode(403);
        decide(anonymous(), request, "confirm").statusCode(401);
        cohortRequests(anonymous(), s.cohort()).statusCode(401);
        decide(s.trainer().call(), UUID.randomUUID(), "confirm").statusCode(404);
        assertThat(myAccounts(s.learner())).isEmpty();

        decide(s.trainer().call(), request, "confirm").statusCode(200).body("status", equalTo("CONFIRMED"));
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
        decide(s.trainer().call(), request, "reject").statusCode(409);
        decide(s.learner().call(), request, "withdraw").statusCode(409);
        askFor(s.learner().call(), account).statusCode(409).body("type", endsWith("training-account-linked"));
        cohortRequests(s.trainer().call(), s.cohort()).statusCode(200).body("id", not(hasItem(request)));

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
        unlink(as(Role.LEARNER), account).statusCode(404);
        unlink(anonymous(), account).statusCode(401);
        unlink(s.trainer().call(), account).statusCode(403);
        assertThat(myAccounts(s.learner())).containsExactly(account.toString());
        unlink(s.learner().call(), account).statusCode(204);
        assertThat(myAccounts(s.learner())).isEmpty();
        unlink(s.learner().call(), account).statusCode(404);
    }

    @Test
    void theLearnerWithdrawsTheTrainerRejectsAndOnlyTheLearnerSeesTheirRequests() {
        Setup s = setup();
        UUID account = data.account(data.organization("CULTURE"));
        String first = ask(s.learner(), account);

        // another learner, a trainer, anonymous: no withdrawing someone else's request
        Person other = Training.person(Role.LEARNER);
        Training.enrol(s.trainer(), s.cohort(), Training.learnerBody(other.email()));
        decide(other.call(), first, "withdraw").statusCode(403);
        decide(s.trainer().call(), first, "withdraw").statusCode(403);
        decide(anonymous(), first, "withdraw").statusCode(401);
        myRequests(other.call()).statusCode(200).body("id", not(hasItem(first)));

        decide(s.learner().call(), first, "withdraw").statusCode(200).body("status", equalTo("WITHDRAWN"));
        decide(s.trainer().call(), first, "confirm").statusCode(409);

        // asked again, rejected: still no link
        String second = ask(s.learner(), account);
        decide(s.trainer().call(), second, "reject").statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(myAccounts(s.learner())).isEmpty();
        myRequests(s.learner().call())
                .statusCode(200)
                .body("id", equalTo(List.of(second, first)))
                .body("status", equalTo(List.of("REJECTED", "WITHDRAWN")));

        // an unknown account; a caller who is not a learner; anonymous
        askFor(s.learner().call(), UUID.randomUUID())
                .statusCode(400)
                .body("violations.field", equalTo(List.of("accountId")));
        askFor(as(Role.EXPERT), account).statusCode(403);
        myRequests(s.trainer().call()).statusCode(404);
        myRequests(anonymous()).statusCode(401);
        askFor(anonymous(), account).statusCode(401);
    }
}
