package ru.digitalbridge.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * Enrolment from CSV/XLSX files as Russian Excel and LibreOffice save them, through HTTP: dry-run preview with
 * per-cell problems, all-or-nothing apply, de-duplication by e-mail and СНИЛС within the file and against recorded
 * learners and the cohort's enrolments, consent date and version, capacity, who may call it.
 */
@QuarkusTest
class EnrolmentImportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEADER =
            "Фамилия;Имя;Отчество;Электронная почта;Телефон;ИНН организации;Волонтёр;Должность;Дата рождения;СНИЛС;"
                    + "Уровень образования;Дата согласия;Версия согласия";

    private static String programme;

    private static synchronized String programme() {
        if (programme == null) {
            programme = Training.approvedProgramme(1);
        }
        return programme;
    }

    private static String cohort(Person trainer, int capacity) {
        return as(Role.COORDINATOR)
                .body(Training.cohortBody(programme(), List.of(trainer.id()), null, false, false, capacity))
                .post("/api/v1/training/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A 10-digit INN with a correct check digit. */
    private static String inn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = new StringBuilder("7");
        int sum = 7 * weights[0];
        for (int i = 1; i < 9; i++) {
            int digit = RANDOM.nextInt(10);
            inn.append(digit);
            sum += weights[i] * digit;
        }
        return inn.append(sum % 11 % 10).toString();
    }

    private static String organization(String inn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Школа " + unique());
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", "64000000-0000-4000-8000-000000000005");
        body.put("inn", inn);
        return as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse upload(
            Person who, String cohortId, String type, byte[] file, boolean dryRun, String language) {
        return who.call()
                .contentType(type)
                .header("Accept-Language", language)
                .queryParam("dryRun", dryRun)
                .body(file)
                .post("/api/v1/training/cohorts/" + cohortId + "/enrolments/import")
                .then();
    }

    private static List<Map<String, Object>> roster(Person trainer, String cohortId) {
        return trainer.call()
                .get("/api/v1/training/cohorts/" + cohortId + "/roster")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static String digits(String snils) {
        return snils.replaceAll("[^0-9]", "");
    }

    @Test
    void dryRunOfARussianExcelCsvReportsEveryCellAndWritesNothing() {
        Person trainer = Training.person(Role.TRAINER);
        String cohortId = cohort(trainer, 30);
        String inn = inn();
        organization(inn);
        String w = unique();
        String good = Training.snils();
        String csv = "Список слушателей потока;;;\r\n"
                + HEADER + "\r\n"
                + "Петрова;Анна;Сергеевна;anna-" + w + "@bridge.test;+7 845 200-00-01;" + inn
                + ";нет;Специалист;17.05.1990;" + digits(good) + ";высшее;10.01.2023;2023-01\r\n"
                + "Сидоров;Павел;;pavel-" + w
                + "@bridge.test;;;да;;31.02.1990;112-233-445 96;магистр;01.01.2023;2023-01\r\n"
                + "Петрова;Анна;;ANNA-" + w + "@bridge.test;;;да;;;;;10.01.2023;2023-01\r\n"
                + ";Ольга;;not-an-email;;;да;;;;;вчера;2023-01\r\n";
        JsonPath report = upload(trainer, cohortId, "text/csv", csv.getBytes(CP1251), true, "ru")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("applied", equalTo(false))
                .body("headerRow", equalTo(2))
                .body("totals.created", equalTo(1))
                .body("totals.errors", equalTo(3))
                .extract()
                .jsonPath();
        assertThat(report.getString("rows[0].outcome")).isEqualTo("CREATED");
        assertThat(report.getInt("rows[0].row")).isEqualTo(3);
        assertThat(report.getString("rows[0].key")).isEqualTo("anna-" + w + "@bridge.test");
        assertThat(report.getString("rows[0].id")).isNull();
        Map<String, String> second = columns(report, 1);
        assertThat(second).containsKeys("Дата рождения", "СНИЛС", "Уровень образования");
        assertThat(second.get("Дата рождения")).contains("«31.02.1990» — не дата");
        assertThat(second.get("СНИЛС")).contains("контрольным числом");
        Map<String, String> third = columns(report, 2);
        assertThat(third.get("Электронная почта")).contains("строка 3");
        Map<String, String> fourth = columns(report, 3);
        assertThat(fourth).containsKeys("Фамилия", "Электронная почта", "Дата согласия");
        assertThat(report.getList("trailingRows")).isEmpty();
        assertThat(roster(trainer, cohortId)).isEmpty();

        // an apply of the same file writes nothing either: all or nothing
        upload(trainer, cohortId, "text/csv", csv.getBytes(CP1251), false, "ru")
                .statusCode(200)
                .body("applied", equalTo(false));
        assertThat(roster(trainer, cohortId)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> columns(JsonPath report, int row) {
        Map<String, String> byColumn = new HashMap<>();
        for (Map<String, Object> error : report.<Map<String, Object>>getList("rows[" + row + "].errors")) {
            byColumn.merge((String) error.get("column"), (String) error.get("message"), (a, b) -> a + " | " + b);
        }
        return byColumn;
    }

    @Test
    void applyEnrolsRecordsConsentAndAnUploadAgainChangesNothing() {
        Person trainer = Training.person(Role.TRAINER);
        String cohortId = cohort(trainer, 30);
        String w = unique();
        String snils = Training.snils();
        // UTF-8 with a BOM, comma separated, ISO and dotted dates, СНИЛС with separators
        String csv =
                "\uFEFFSurname,Name,E-mail,Volunteer,Birth date,SNILS,Education level,Consent date,Consent version\n"
                        + "Кузнецова,Елена,elena-" + w + "@bridge.test,yes,1985-03-02," + snils
                        + ",HIGHER,2023-01-15,v2\n"
                        + "Орлов,Иван,ivan-" + w + "@bridge.test,да,02.03.1985,,студент,15.01.2023,v2\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        JsonPath applied = upload(trainer, cohortId, "text/csv", file, false, "en")
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(2))
                .body("rows[0].id", not(nullValue()))
                .extract()
                .jsonPath();
        List<Map<String, Object>> roster = roster(trainer, cohortId);
        assertThat(roster).hasSize(2);
        assertThat(roster).allSatisfy(entry -> assertThat(entry.get("status")).isEqualTo("ENROLLED"));
        String enrolment = applied.getString("rows[0].id");
        Map<String, Object> elena = roster.stream()
                .filter(e -> enrolment.equals(e.get("enrolmentId")) || enrolment.equals(e.get("id")))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> learner = (Map<String, Object>) elena.get("learner");
        @SuppressWarnings("unchecked")
        Map<String, Object> personal = (Map<String, Object>) learner.get("personal");
        assertThat(personal.get("snils")).isEqualTo(snils);
        assertThat(personal.get("birthDate")).isEqualTo("1985-03-02");
        assertThat(personal.get("consentVersion")).isEqualTo("v2");
        assertThat((String) personal.get("consentAt")).startsWith("2023-01-1");

        upload(trainer, cohortId, "text/csv", file, false, "en")
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(0))
                .body("totals.unchanged", equalTo(2))
                .body("rows[0].warnings[0].message", containsString("already in this cohort"));
        assertThat(roster(trainer, cohortId)).hasSize(2);
    }

    @Test
    void recordedLearnersAreMatchedByEmailOrSnilsAndNeverMerged() {
        Person trainer = Training.person(Role.TRAINER);
        String first = cohort(trainer, 30);
        String second = cohort(trainer, 30);
        String w = unique();
        Map<String, Object> a = Training.learnerBody("a-" + w + "@bridge.test");
        Map<String, Object> b = Training.learnerBody("b-" + w + "@bridge.test");
        Training.enrol(trainer, first, a);
        Training.enrol(trainer, first, b);
        String csv = HEADER + "\n"
                // СНИЛС of a, another e-mail: a is enrolled, data kept
                + "Иванова;Мария;;new-" + w + "@bridge.test;;;да;;;" + a.get("snils") + ";;01.02.2023;2023-01\n"
                // e-mail of a, СНИЛС of b: two people
                + "Иванова;Мария;;a-" + w + "@bridge.test;;;да;;;" + b.get("snils") + ";;01.02.2023;2023-01\n";
        JsonPath report = upload(trainer, second, "text/csv", csv.getBytes(StandardCharsets.UTF_8), true, "ru")
                .statusCode(200)
                .body("totals.created", equalTo(1))
                .body("totals.errors", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(report.getString("rows[0].warnings[0].message")).contains("уже есть в базе");
        assertThat(report.getString("rows[1].errors[0].column")).isEqualTo("СНИЛС");
        assertThat(report.getString("rows[1].errors[0].message")).contains("разным слушателям");
    }

    @Test
    void xlsxFromExcelWithDateCellsAndNumericSnilsIsRead() throws IOException {
        Person trainer = Training.person(Role.TRAINER);
        String cohortId = cohort(trainer, 30);
        String w = unique();
        String snils = Training.snils();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Слушатели");
        List<String> header = List.of(
                "Фамилия",
                "Имя",
                "Электронная почта",
                "Волонтёр",
                "Дата рождения",
                "СНИЛС",
                "Дата согласия",
                "Версия согласия");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, "Смирнова");
        sheet.value(1, 1, "Ольга");
        sheet.value(1, 2, "olga-" + w + "@bridge.test");
        sheet.value(1, 3, "Да");
        sheet.value(1, 4, LocalDate.of(1979, 11, 30));
        sheet.style(1, 4).format("dd.mm.yyyy").set();
        sheet.value(1, 5, Long.parseLong(digits(snils)));
        sheet.value(1, 6, LocalDate.of(2023, 1, 20));
        sheet.style(1, 6).format("dd.mm.yyyy").set();
        sheet.value(1, 7, "2023-01");
        workbook.finish();
        upload(trainer, cohortId, XLSX, out.toByteArray(), false, "ru")
                .statusCode(200)
                .body("sheet", equalTo("Слушатели"))
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(1));
        @SuppressWarnings("unchecked")
        Map<String, Object> personal = (Map<String, Object>)
                ((Map<String, Object>) roster(trainer, cohortId).get(0).get("learner")).get("personal");
        assertThat(personal.get("birthDate")).isEqualTo("1979-11-30");
        assertThat(personal.get("snils")).isEqualTo(snils);
        assertThat((String) personal.get("consentAt")).startsWith("2023-01-");
    }

    @Test
    void rowsBeyondTheFreePlacesAreErrorsAndMissingColumnsAreNamed() {
        Person trainer = Training.person(Role.TRAINER);
        String cohortId = cohort(trainer, 1);
        String w = unique();
        String csv = HEADER + "\n"
                + "Один;Первый;;one-" + w + "@bridge.test;;;да;;;;;01.02.2023;1\n"
                + "Два;Второй;;two-" + w + "@bridge.test;;;да;;;;;01.02.2023;1\n";
        upload(trainer, cohortId, "text/csv", csv.getBytes(StandardCharsets.UTF_8), false, "en")
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows[1].outcome", equalTo("ERROR"))
                .body("rows[1].errors[0].message", containsString("No free place"));
        assertThat(roster(trainer, cohortId)).isEmpty();

        upload(trainer, cohortId, "text/csv", "Фамилия;Имя\nА;Б\n".getBytes(StandardCharsets.UTF_8), true, "ru")
                .statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].outcome", equalTo("ERROR"))
                .body(
                        "rows[0].errors.column",
                        org.hamcrest.Matchers.hasItems("Электронная почта", "Дата согласия", "Версия согласия"));
    }

    @Test
    void onlyTheCohortsPeopleMayImportAndOnlySpreadsheets() {
        Person trainer = Training.person(Role.TRAINER);
        Person other = Training.person(Role.TRAINER);
        String cohortId = cohort(trainer, 5);
        byte[] csv = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        upload(other, cohortId, "text/csv", csv, true, "ru").statusCode(403);
        upload(Training.person(Role.LEARNER), cohortId, "text/csv", csv, true, "ru")
                .statusCode(403);
        given().contentType("text/csv")
                .body(csv)
                .post("/api/v1/training/cohorts/" + cohortId + "/enrolments/import")
                .then()
                .statusCode(401);
        byte[] legacy = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        upload(trainer, cohortId, "application/vnd.ms-excel", legacy, true, "ru")
                .statusCode(415)
                .contentType(containsString("application/problem+json"));
        as(Role.COORDINATOR)
                .contentType("text/csv")
                .body(csv)
                .queryParam("dryRun", true)
                .post("/api/v1/training/cohorts/00000000-0000-0000-0000-000000000001/enrolments/import")
                .then()
                .statusCode(404);
    }
}
