package ru.digitalbridge.training;

import static io.restassured.RestAssured.given;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.unique;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.Api;

/** Test data for training, created through the API with unique names and e-mails. */
final class Training {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A valid issuer INN (7707083893, a well-known 10-digit INN with a correct check digit). */
    static final String ISSUER_INN = "7707083893";

    private Training() {}

    /** A user with one role and a token for them. */
    record Person(UUID id, String email, String token) {
        RequestSpecification call() {
            return given().contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .header("Authorization", "Bearer " + token);
        }
    }

    static Person person(Role role) {
        String email = role.name().toLowerCase() + "-" + unique() + "@bridge.test";
        UUID id = Api.createUser(email, List.of(role), null);
        return new Person(id, email, Api.login(email, Api.PASSWORD));
    }

    /** A random СНИЛС with a correct check number, so tests never share one. */
    static String snils() {
        StringBuilder nine = new StringBuilder();
        nine.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < 9; i++) {
            nine.append(RANDOM.nextInt(10));
        }
        int check = Snils.checkNumber(nine.toString());
        return Snils.format(nine + String.format("%02d", check));
    }

    static Map<String, Object> question(String text) {
        return Map.of("text", text, "multiple", false, "options", List.of("да", "нет"), "correct", List.of(0));
    }

    static Map<String, Object> programmeBody(int questionsPerModule) {
        List<Object> questions = new ArrayList<>();
        for (int i = 0; i < questionsPerModule; i++) {
            questions.add(question("Вопрос " + i));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Цифровой мост " + unique());
        body.put("annotation", "Программа повышения квалификации");
        body.put("totalHours", 36);
        body.put("form", "BLENDED");
        body.put(
                "modules",
                List.of(
                        Map.of(
                                "title",
                                "Модуль 1",
                                "hours",
                                20,
                                "topics",
                                List.of(Map.of("title", "Тема 1", "hours", 20)),
                                "questions",
                                questions),
                        Map.of("title", "Модуль 2", "hours", 16, "topics", List.of(), "questions", List.of())));
        body.put("outcomes", List.of("Ведёт официальный аккаунт по методике"));
        body.put(
                "issuer",
                Map.of(
                        "name", "АНО «Цифровой мост»",
                        "inn", ISSUER_INN,
                        "licenceNumber", "Л035-01234-64/00123456",
                        "licenceDate", "2021-03-15"));
        return body;
    }

    /** An approved programme with {@code questions} single-choice questions (answer: option 0) in module 1. */
    static String approvedProgramme(int questions) {
        var created = as(Role.COORDINATOR)
                .body(programmeBody(questions))
                .post("/api/v1/training/programmes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        as(Role.COORDINATOR)
                .body(Map.of("version", created.getLong("version")))
                .post("/api/v1/training/programmes/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    static Map<String, Object> cohortBody(
            String programmeId,
            List<UUID> trainers,
            Integer attendancePercent,
            boolean assignments,
            boolean finalTest,
            int capacity) {
        Map<String, Object> completion = new HashMap<>();
        completion.put("attendancePercent", attendancePercent);
        completion.put("requireAssignments", assignments);
        completion.put("requireFinalTest", finalTest);
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("title", "Поток " + unique());
        body.put("startsOn", "2023-02-01");
        body.put("endsOn", "2023-03-31");
        body.put("capacity", capacity);
        body.put("autoIssue", true);
        body.put("trainerIds", trainers);
        body.put("completion", completion);
        body.put("finalTest", Map.of("passPercent", 70, "attempts", 2, "questionsPerModule", 3));
        return body;
    }

    static String cohort(String programmeId, Person trainer, Integer attendance, boolean assignments, boolean test) {
        return as(Role.COORDINATOR)
                .body(cohortBody(programmeId, List.of(trainer.id()), attendance, assignments, test, 30))
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String session(Person trainer, String cohortId, int day) {
        OffsetDateTime start = OffsetDateTime.of(2023, 2, day, 10, 0, 0, 0, ZoneOffset.UTC);
        return trainer.call()
                .body(Map.of(
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plusHours(2).toString(),
                        "topic",
                        "Занятие " + day,
                        "mode",
                        "ONLINE",
                        "link",
                        "https://meet.example.org/" + unique()))
                .post("/api/v1/training/cohorts/" + cohortId + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> learnerBody(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("surname", "Иванова");
        body.put("name", "Мария");
        body.put("patronymic", "Петровна");
        body.put("email", email);
        body.put("phone", "+7 845 200-00-00");
        body.put("volunteer", true);
        body.put("position", "SMM-специалист");
        body.put("birthDate", LocalDate.of(1990, 5, 17).toString());
        body.put("snils", snils());
        body.put("educationLevel", "HIGHER");
        body.put("consentGiven", true);
        body.put("consentVersion", "2023-01");
        return body;
    }

    /** Enrols a new learner (by data) and answers the enrolment id. */
    static String enrol(Person trainer, String cohortId, Map<String, Object> learner) {
        return trainer.call()
                .body(Map.of("learner", learner))
                .post("/api/v1/training/cohorts/" + cohortId + "/enrolments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
