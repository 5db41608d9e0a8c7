package ru.digitalbridge.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import ru.digitalbridge.training.CompletionRule;
import ru.digitalbridge.training.Snils;

/**
 * The demo programme «Цифровой мост: ведение официальных аккаунтов» (36 h, approved) and three cohorts of 2022–2023
 * trained by the demo trainer: synthetic learners (valid, checksummed fake СНИЛС) from organisations of the demo
 * registry, each linked to one of their organisation's accounts — one that every published demo campaign evaluated,
 * so that the training effect compares graduates' accounts before and after their cohort; six sessions per cohort
 * (one in person), two required assignments, a final test; attendance, grades and test results such that most
 * learners meet the rule. Completion is computed with the same {@link CompletionRule} the application uses and
 * recorded on the last session's day. The demo learner user is one of the third cohort's learners.
 */
final class DemoTraining {
    static final UUID PROGRAMME = UUID.fromString("10000000-0000-4000-8000-000000000010");
    private static final int PER_COHORT = 16;
    private static final String[] SURNAMES = {
        "Абрамова", "Белова", "Васильева", "Григорьева", "Денисова", "Егорова", "Жукова", "Зайцева", "Ильина",
        "Козлова", "Лукина", "Медведева", "Никитина", "Осипова", "Попова", "Романова", "Семёнова", "Тихонова",
        "Уварова", "Фомина", "Чернова", "Широкова", "Яковлева"
    };
    private static final String[] NAMES = {"Анна", "Ирина", "Ольга", "Татьяна", "Юлия", "Светлана", "Наталья", "Дарья"};
    private static final String[] PATRONYMICS = {"Алексеевна", "Викторовна", "Игоревна", "Сергеевна", "Павловна"};
    private static final String MODULES = """
            [{"title":"Официальный аккаунт: правила и методика оценки","hours":10,
              "topics":[{"title":"Требования к госпабликам","hours":4},{"title":"Критерии методики","hours":6}],
              "questions":[
               {"text":"За какое время нужно ответить на вопрос жителя?","multiple":false,
                "options":["24 часа","3 дня","Неделя"],"correct":[0]},
               {"text":"Что должно быть в профиле официального аккаунта?","multiple":true,
                "options":["Название учреждения","Ссылка на сайт","Личный номер руководителя"],"correct":[0,1]}]},
             {"title":"Контент и обратная связь","hours":10,
              "topics":[{"title":"План публикаций","hours":4},{"title":"Работа с обращениями","hours":6}],
              "questions":[
               {"text":"Что делать с негативным комментарием?","multiple":false,
                "options":["Ответить по существу","Удалить","Игнорировать"],"correct":[0]}]},
             {"title":"Мониторинг аккаунтов (очное занятие)","hours":8,"topics":[],
              "questions":[
               {"text":"Что считается доказательством при оценке?","multiple":false,
                "options":["Ссылка на пост","Устное мнение"],"correct":[0]}]},
             {"title":"Итоговая аттестация","hours":8,"topics":[],"questions":[]}]
            """;

    private DemoTraining() {}

    static int insert(Connection connection, DemoData data, List<DemoData.User> users, long seed) throws SQLException {
        UUID trainer = userId(users, "trainer@demo.bridge");
        UUID learnerUser = userId(users, "learner@demo.bridge");
        if (trainer == null) {
            return 0;
        }
        Random random = new Random(seed ^ 0x7472L);
        update(
                connection,
                "insert into training_programme (id, family_id, edition, status, title, annotation, total_hours, form,"
                        + " modules, outcomes, issuer_name, issuer_inn, licence_number, licence_date, approved_at)"
                        + " values (?, ?, 1, 'APPROVED', ?, ?, 36, 'BLENDED', ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)",
                PROGRAMME,
                PROGRAMME,
                "Цифровой мост: ведение официальных аккаунтов",
                "Дополнительная профессиональная программа повышения квалификации для сотрудников органов власти,"
                        + " учреждений и волонтёров, ведущих официальные аккаунты в социальных сетях.",
                MODULES,
                "[\"Ведёт официальный аккаунт по региональным требованиям\","
                        + "\"Отвечает на обращения жителей в течение 24 часов\","
                        + "\"Оценивает аккаунт по методике мониторинга\"]",
                "АНО ДПО «Цифровой мост»",
                "6450000001",
                "Л035-01251-64/00581234",
                LocalDate.of(2021, 11, 23),
                OffsetDateTime.of(2022, 8, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        List<DemoData.Account> active = data.accounts().stream()
                .filter(a -> "ACTIVE".equals(a.status()))
                .toList();
        // learners run accounts that every published demo campaign evaluated, so that the training effect has
        // graduates' accounts before and after their cohort (docs/training.md, "Training effect")
        Map<UUID, Integer> campaigns = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select e.account_id, count(distinct e.campaign_id)::int
                  from evaluation e join campaign c on c.id = e.campaign_id
                 where c.stage = 'PUBLISHED' and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
                   and e.account_id = any(?)
                 group by e.account_id
                """)) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", active.stream().map(DemoData.Account::id).toArray()));
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    campaigns.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        int most = campaigns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<DemoData.Account> evaluated = active.stream()
                .filter(a -> most > 0 && campaigns.getOrDefault(a.id(), 0) == most)
                .toList();
        List<DemoData.Account> accounts = evaluated.size() >= PER_COHORT ? evaluated : active;
        LocalDate[] starts = {LocalDate.of(2022, 10, 3), LocalDate.of(2023, 3, 6), LocalDate.of(2023, 10, 2)};
        int learners = 0;
        for (int c = 0; c < starts.length; c++) {
            UUID cohort = new UUID(0x1000000000004000L, 0x8000000000000100L + c);
            LocalDate start = starts[c];
            update(
                    connection,
                    "insert into training_cohort (id, programme_id, title, starts_on, ends_on, capacity, auto_issue,"
                            + " attendance_percent, require_assignments, require_final_test, test_pass_percent,"
                            + " test_attempts, test_questions) values (?, ?, ?, ?, ?, 25, ?, 75, true, true, 70, 3, 2)",
                    cohort,
                    PROGRAMME,
                    "Поток " + (c + 1) + " (" + start.getYear() + ")",
                    start,
                    start.plusWeeks(6),
                    c != 1);
            update(
                    connection,
                    "insert into training_cohort_trainer (cohort_id, user_id) values (?, ?)",
                    cohort,
                    trainer);
            List<UUID> sessions = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                UUID session = new UUID(0x1000000000004000L, 0x8000000000001000L + c * 16L + s);
                OffsetDateTime at = start.plusWeeks(s).atTime(15, 0).atOffset(ZoneOffset.ofHours(4));
                boolean inPerson = s == 3;
                update(
                        connection,
                        "insert into training_session (id, cohort_id, starts_at, ends_at, topic, mode, link, address)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                        session,
                        cohort,
                        at,
                        at.plusHours(2),
                        inPerson ? "Мониторинг аккаунтов: практикум" : "Вебинар " + (s + 1),
                        inPerson ? "IN_PERSON" : "ONLINE",
                        inPerson ? null : "https://meet.demo.bridge/cohort-" + (c + 1),
                        inPerson ? "Саратов, ул. Московская, 72, ауд. 305" : null);
                sessions.add(session);
            }
            UUID[] assignments = new UUID[2];
            for (int a = 0; a < 2; a++) {
                assignments[a] = new UUID(0x1000000000004000L, 0x8000000000002000L + c * 16L + a);
                update(
                        connection,
                        "insert into training_assignment (id, cohort_id, title, description, due_at, required)"
                                + " values (?, ?, ?, ?, ?, true)",
                        assignments[a],
                        cohort,
                        a == 0 ? "Контент-план на месяц" : "Самооценка своего аккаунта по методике",
                        "Ответ текстом и ссылками на публикации.",
                        start.plusWeeks(2L + 2L * a).atTime(23, 59).atOffset(ZoneOffset.ofHours(4)));
            }
            LocalDate lastDay = start.plusWeeks(5);
            for (int l = 0; l < PER_COHORT; l++) {
                boolean demoLearner = c == 2 && l == 0 && learnerUser != null;
                DemoData.Account account = accounts.isEmpty() ? null : accounts.get(random.nextInt(accounts.size()));
                boolean volunteer = account == null || l % 7 == 6;
                UUID learner = new UUID(0x1000000000004000L, 0x8000000000100000L + c * 1000L + l);
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                String name = NAMES[random.nextInt(NAMES.length)];
                String email =
                        demoLearner ? "learner@demo.bridge" : "learner" + (c + 1) + "-" + (l + 1) + "@demo.bridge";
                update(
                        connection,
                        "insert into training_learner (id, user_id, surname, name, patronymic, email, phone,"
                                + " organization_id, volunteer, position, birth_date, snils, education_level,"
                                + " consent_at, consent_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        learner,
                        demoLearner ? learnerUser : null,
                        demoLearner ? "Орлов" : surname,
                        demoLearner ? "Сергей" : name,
                        demoLearner ? "Михайлович" : PATRONYMICS[random.nextInt(PATRONYMICS.length)],
                        email,
                        "+7 900 "
                                + String.format(
                                        "%03d-%02d-%02d",
                                        random.nextInt(1000), random.nextInt(100), random.nextInt(100)),
                        volunteer ? null : account.organizationId(),
                        volunteer,
                        volunteer ? "Волонтёр" : "Специалист по связям с общественностью",
                        LocalDate.of(1970 + random.nextInt(33), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        snils(random),
                        random.nextInt(5) == 0 ? "SECONDARY_VOCATIONAL" : "HIGHER",
                        start.minusDays(7).atTime(12, 0).atOffset(ZoneOffset.ofHours(4)),
                        "2022-09");
                if (account != null && !volunteer) {
                    update(
                            connection,
                            "insert into training_learner_account (learner_id, account_id) values (?, ?)",
                            learner,
                            account.id());
                }
                // most learners attend and pass; about one in six falls short on attendance or the test
                boolean weak = random.nextInt(6) == 0;
                int present = 0;
                int excused = 0;
                UUID enrolment = new UUID(0x1000000000004000L, 0x8000000000200000L + c * 1000L + l);
                update(
                        connection,
                        "insert into training_enrolment (id, cohort_id, learner_id, status, created_at)"
                                + " values (?, ?, ?, 'ENROLLED', ?)",
                        enrolment,
                        cohort,
                        learner,
                        start.minusDays(5).atStartOfDay().atOffset(ZoneOffset.ofHours(4)));
                for (int s = 0; s < sessions.size(); s++) {
                    String status = weak && s % 2 == 1 ? "ABSENT" : random.nextInt(12) == 0 ? "EXCUSED" : "PRESENT";
                    present += "PRESENT".equals(status) ? 1 : 0;
                    excused += "EXCUSED".equals(status) ? 1 : 0;
                    update(
                            connection,
                            "insert into training_attendance (session_id, enrolment_id, status, marked_at)"
                                    + " values (?, ?, ?, ?)",
                            sessions.get(s),
                            enrolment,
                            status,
                            start.plusWeeks(s).atTime(18, 0).atOffset(ZoneOffset.ofHours(4)));
                }
                int passed = 0;
                for (int a = 0; a < 2; a++) {
                    boolean pass = !weak || a == 0;
                    passed += pass ? 1 : 0;
                    update(
                            connection,
                            "insert into training_submission (id, assignment_id, enrolment_id, attempt, body, links,"
                                    + " submitted_at, grade, comment, graded_at, graded_by)"
                                    + " values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                            UUID.nameUUIDFromBytes(
                                    (enrolment + "/" + a).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            assignments[a],
                            enrolment,
                            "Выполнено: план и разбор публикаций.",
                            new String[] {"https://vk.com/wall-1_" + (c * 1000 + l)},
                            start.plusWeeks(2L + 2L * a).atTime(20, 0).atOffset(ZoneOffset.ofHours(4)),
                            pass ? "PASS" : "FAIL",
                            pass ? "Зачтено" : "Нужно добавить ссылки на ответы жителям",
                            start.plusWeeks(2L + 2L * a)
                                    .plusDays(2)
                                    .atTime(10, 0)
                                    .atOffset(ZoneOffset.ofHours(4)),
                            trainer);
                }
                boolean testPassed = !weak || random.nextBoolean();
                int score = testPassed ? 75 + 25 * random.nextInt(2) : 50;
                update(
                        connection,
                        "insert into training_test_attempt (id, enrolment_id, attempt, questions, answers, started_at,"
                                + " finished_at, score_percent, passed) values (?, ?, 1, '[]'::jsonb, '[]'::jsonb, ?, ?,"
                                + " ?, ?)",
                        UUID.nameUUIDFromBytes((enrolment + "/test").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        enrolment,
                        lastDay.atTime(15, 0).atOffset(ZoneOffset.ofHours(4)),
                        lastDay.atTime(15, 40).atOffset(ZoneOffset.ofHours(4)),
                        score,
                        testPassed);
                boolean met = new CompletionRule(75, true, true)
                        .evaluate(new CompletionRule.Progress(sessions.size(), present, excused, 2, passed, testPassed))
                        .met();
                if (met) {
                    update(
                            connection,
                            "update training_enrolment set completed_on = ? where id = ?",
                            lastDay,
                            enrolment);
                }
                learners++;
            }
        }
        if (learnerUser != null) {
            selfAssessment(connection, new UUID(0x1000000000004000L, 0x8000000000002000L + 2 * 16L + 1));
        }
        return learners;
    }

    /**
     * The third cohort's second assignment is the built-in self-assessment (docs/training.md): the demo learner's
     * submission to it carries a self-assessment of the account they run against the methodology of the latest
     * published campaign — yes/no alternately, the middle level of a scale, a number on the best threshold; DERIVED
     * criteria are not part of a self-assessment. Other learners' answers to it stay plain text.
     */
    private static void selfAssessment(Connection connection, UUID assignment) throws SQLException {
        record Target(UUID enrolment, UUID account, String platform, String sector, String kind, UUID criteriaSet) {}
        Target target = null;
        try (PreparedStatement statement = connection.prepareStatement("""
                select e.id, a.id, a.platform, o.sector, o.kind,
                       (select c.criteria_set_id from campaign c where c.stage = 'PUBLISHED'
                         order by c.published_at desc nulls last, c.id limit 1)
                  from training_enrolment e
                  join training_learner l on l.id = e.learner_id
                  join training_learner_account la on la.learner_id = l.id
                  join account a on a.id = la.account_id
                  join organization o on o.id = a.organization_id
                  join training_assignment g on g.cohort_id = e.cohort_id and g.id = ?
                 where l.email = 'learner@demo.bridge'
                 limit 1
                """)) {
            statement.setObject(1, assignment);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                if (rs.next() && rs.getObject(6) != null) {
                    target = new Target(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, UUID.class));
                }
            }
        }
        if (target == null) {
            return;
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        List<ru.digitalbridge.methodology.Scoring.Scored> scored = new java.util.ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, position, type, weight, max_points, levels::text, thresholds::text from criterion
                 where criteria_set_id = ? and type <> 'DERIVED'
                   and (cardinality(platforms) = 0 or ? = any(platforms))
                   and (cardinality(sectors) = 0 or ? = any(sectors))
                   and (cardinality(organization_kinds) = 0 or ? = any(organization_kinds))
                 order by position
                """)) {
            statement.setObject(1, target.criteriaSet());
            statement.setString(2, target.platform());
            statement.setString(3, target.sector());
            statement.setString(4, target.kind());
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    java.math.BigDecimal max = rs.getBigDecimal(5);
                    java.math.BigDecimal value;
                    java.math.BigDecimal points;
                    try {
                        switch (rs.getString(3)) {
                            case "BOOLEAN" -> {
                                value = rs.getInt(2) % 2 == 1 ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO;
                                points = value.signum() > 0 ? max : java.math.BigDecimal.ZERO;
                            }
                            case "SCALE" -> {
                                var levels = json.readTree(rs.getString(6));
                                var level = levels.get(levels.size() / 2);
                                value = level.get("value").decimalValue();
                                points = level.get("points").decimalValue();
                            }
                            default -> {
                                var best = json.readTree(rs.getString(7)).get(0);
                                value = best.get("bound").decimalValue();
                                points = best.get("points").decimalValue();
                            }
                        }
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new SQLException("cannot read a criterion's levels or thresholds", e);
                    }
                    answers.add(Map.of("criterionId", rs.getObject(1, UUID.class), "value", value));
                    scored.add(new ru.digitalbridge.methodology.Scoring.Scored(rs.getBigDecimal(4), points, max));
                }
            }
        }
        UUID submission =
                UUID.nameUUIDFromBytes((target.enrolment() + "/1").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String stored;
        try {
            stored = json.writeValueAsString(Map.of(
                    "subject",
                    Map.of("platform", target.platform(), "sector", target.sector(), "kind", target.kind()),
                    "answers",
                    answers));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot write the demo self-assessment", e);
        }
        update(
                connection,
                "insert into training_self_assessment_task (assignment_id, criteria_set_id) values (?, ?)",
                assignment,
                target.criteriaSet());
        update(
                connection,
                "update training_submission set body = ?, links = ? where id = ?",
                "Самооценка аккаунта / Self-assessment of the account",
                new String[0],
                submission);
        update(
                connection,
                "insert into training_self_assessment (id, submission_id, assignment_id, enrolment_id, account_id,"
                        + " criteria_set_id, answers, index_value) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)",
                UUID.nameUUIDFromBytes((submission + "/self").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                submission,
                assignment,
                target.enrolment(),
                target.account(),
                target.criteriaSet(),
                stored,
                ru.digitalbridge.methodology.Scoring.index(scored));
    }

    /** A fake СНИЛС with a correct check number (the first digit 1–9, so above the pre-rule range). */
    private static String snils(Random random) {
        StringBuilder nine = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < 9; i++) {
            nine.append(random.nextInt(10));
        }
        return nine + String.format("%02d", Snils.checkNumber(nine.toString()));
    }

    private static UUID userId(List<DemoData.User> users, String email) {
        return users.stream()
                .filter(u -> u != null && email.equalsIgnoreCase(u.email()))
                .map(DemoData.User::id)
                .findFirst()
                .orElse(null);
    }

    private static void update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object value = params[i];
                if (value instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }
}
