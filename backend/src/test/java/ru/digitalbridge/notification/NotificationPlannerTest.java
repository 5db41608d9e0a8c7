package ru.digitalbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.notification.NotificationTestData.choose;
import static ru.digitalbridge.notification.NotificationTestData.message;
import static ru.digitalbridge.notification.NotificationTestData.messagesTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

/**
 * Who is told what: the planner's rules on real campaigns, each occasion queued once however often it runs, and each
 * recipient's choices honoured. Messages are read back through the outbox viewer.
 */
@QuarkusTest
class NotificationPlannerTest {
    @Inject
    EvaluationTestData data;

    @Inject
    NotificationPlanner planner;

    /** Plans until nothing new is found (the test database holds other tests' campaigns too). */
    private void planAll() {
        for (int round = 0; round < 50 && planner.plan() != 0; round++) {
            // another round: each rule queues at most a bounded number per round
        }
    }

    @Test
    void representativesAreToldWhenTheReplyWindowOpensAndBeforeItClosesOnce() {
        Scenario s = data.scenario("REPLY", false);
        Person english = data.person(Role.REPRESENTATIVE, s.organization());
        Person switchedOff = data.person(Role.REPRESENTATIVE, s.organization());
        Person elsewhere = data.person(Role.REPRESENTATIVE, data.organization("EDUCATION"));
        choose(english, "en", List.of());
        choose(switchedOff, "ru", List.of("REPLY_WINDOW_OPENED"));

        planAll();
        planAll();

        var opened = messagesTo(english.id(), "REPLY_WINDOW_OPENED");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).containsEntry("status", "HELD");
        var full = message(opened.get(0).get("id"));
        String link = "https://bridge.test/my/organization/evaluations/" + s.primary();
        assertThat(full.getString("link")).isEqualTo(link);
        assertThat(full.getString("subject")).startsWith("Reply window open: Аккаунт оценки");
        assertThat(full.getString("text")).contains(link).contains("Open the evaluation");
        assertThat(full.getString("html")).contains("href=\"" + link + "\"");
        assertThat(messagesTo(switchedOff.id(), "REPLY_WINDOW_OPENED"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("status", "SWITCHED_OFF"));
        assertThat(messagesTo(elsewhere.id())).isEmpty();
        assertThat(messagesTo(english.id(), "REPLY_WINDOW_CLOSING")).isEmpty();

        data.replyWindow(s.campaign(), OffsetDateTime.now().plusHours(36));
        planAll();
        planAll();
        var closing = messagesTo(english.id(), "REPLY_WINDOW_CLOSING");
        assertThat(closing).hasSize(1);
        assertThat(message(closing.get(0).get("id")).getString("link")).isEqualTo(link);
        assertThat(messagesTo(switchedOff.id(), "REPLY_WINDOW_CLOSING"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("status", "HELD"));
        assertThat(messagesTo(english.id(), "REPLY_WINDOW_OPENED")).hasSize(1);
    }

    @Test
    void expertsAreToldOfAssignmentsReturnsAndTheirDeadline() {
        Scenario s = data.scenario("EVALUATION", false);
        data.update("update campaign set evaluation_deadline = current_date + 1 where id = ?", s.campaign());
        planAll();
        var assigned = messagesTo(s.expert().id(), "EXPERT_ASSIGNED");
        assertThat(assigned).hasSize(1);
        var full = message(assigned.get(0).get("id"));
        assertThat(full.getString("link")).isEqualTo("https://bridge.test/my/queue");
        assertThat(full.getString("text")).contains("вам назначено аккаунтов для оценки: 1");
        assertThat(messagesTo(s.expert().id(), "EXPERT_DEADLINE")).hasSize(1);

        data.status(s.primary(), "RETURNED");
        data.update(
                "insert into evaluation_event (evaluation_id, action, reason) values (?, 'returned', ?)",
                s.primary(),
                "Добавьте ссылку на пост с расписанием");
        planAll();
        planAll();
        var returned = messagesTo(s.expert().id(), "EVALUATION_RETURNED");
        assertThat(returned).hasSize(1);
        var text = message(returned.get(0).get("id"));
        assertThat(text.getString("link")).isEqualTo("https://bridge.test/evaluations/" + s.primary() + "/edit");
        assertThat(text.getString("text")).contains("Комментарий: Добавьте ссылку на пост с расписанием");
        assertThat(messagesTo(s.expert().id(), "EXPERT_ASSIGNED")).hasSize(1);
        assertThat(messagesTo(s.expert().id(), "EXPERT_DEADLINE")).hasSize(1);
    }

    @Test
    void coordinatorsAreToldWhenAStageIsCompleteAndOfObjections() {
        Person coordinator = data.person(Role.COORDINATOR, null);
        Scenario s = data.scenario("EVALUATION", false);
        planAll();
        assertThat(stageComplete(coordinator.id(), s.campaign())).isEmpty();

        data.status(s.primary(), "SUBMITTED");
        planAll();
        planAll();
        var complete = stageComplete(coordinator.id(), s.campaign());
        assertThat(complete).hasSize(1);
        assertThat(message(complete.get(0).get("id")).getString("text")).contains("завершён этап «Оценка»");

        Scenario reply = data.scenario("REPLY", false);
        Person representative = data.person(Role.REPRESENTATIVE, reply.organization());
        UUID objection = UUID.randomUUID();
        data.update(
                "insert into objection (id, evaluation_id, criterion_id, organization_id, author_id, comment)"
                        + " values (?, ?, ?, ?, ?, ?)",
                objection,
                reply.primary(),
                reply.criterion("B.PHONE"),
                reply.organization(),
                representative.id(),
                "Телефон приёмной указан в описании");
        planAll();
        planAll();
        var objections = messagesTo(coordinator.id(), "OBJECTION_FILED").stream()
                .filter(m -> message(m.get("id"))
                        .getString("link")
                        .contains(reply.primary().toString()))
                .toList();
        assertThat(objections).hasSize(1);
        var full = message(objections.get(0).get("id"));
        assertThat(full.getString("link"))
                .isEqualTo(
                        "https://bridge.test/campaigns/" + reply.campaign() + "/review?evaluation=" + reply.primary());
        assertThat(full.getString("text")).contains("Телефон приёмной указан в описании");
    }

    private List<java.util.Map<String, Object>> stageComplete(UUID coordinator, UUID campaign) {
        return messagesTo(coordinator, "STAGE_COMPLETE").stream()
                .filter(m -> message(m.get("id")).getString("link").endsWith("/campaigns/" + campaign))
                .toList();
    }
}
