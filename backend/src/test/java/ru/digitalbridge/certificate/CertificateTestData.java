package ru.digitalbridge.certificate;

import static ru.digitalbridge.support.Api.asAdmin;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import ru.digitalbridge.support.Api;

/** Issue requests for tests: synthetic people with unique surnames. */
final class CertificateTestData {
    private CertificateTestData() {}

    /** A valid issue request for a learner with a unique surname (Cyrillic), issued in {@code year}. */
    static Map<String, Object> request(int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("surname", "Тестова-" + cyrillic(Api.unique()));
        body.put("givenName", "Анна");
        body.put("patronymic", "Петровна");
        body.put("email", "learner-" + Api.unique() + "@bridge.test");
        body.put("language", "ru");
        body.put("programmeTitle", "Цифровой мост: ведение официальных аккаунтов");
        body.put("programmeVersion", "2023.1");
        body.put("hours", 36);
        body.put("studyStart", LocalDate.of(year, 3, 1).toString());
        body.put("studyEnd", LocalDate.of(year, 4, 28).toString());
        body.put("issueDate", LocalDate.of(year, 5, 12).toString());
        body.put("issuerName", "АНО «Цифровой мост» (учебный центр)");
        body.put("issuerInn", "6450000000");
        body.put("licenceNumber", "Л035-01234-64/00567890");
        body.put("licenceDate", LocalDate.of(year - 2, 9, 1).toString());
        body.put("birthDate", "1990-07-15");
        body.put("snils", "112-233-445 95");
        body.put("educationLevel", "ВО");
        return body;
    }

    static JsonPath issue(Map<String, Object> body) {
        return asAdmin()
                .body(body)
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** Digits and letters written as Cyrillic letters, so a surname stays a Russian word. */
    static String cyrillic(String text) {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder out = new StringBuilder();
        for (char ch : text.toLowerCase().toCharArray()) {
            int i = Character.isDigit(ch) ? ch - '0' : Character.isLetter(ch) ? ch - 'a' + 10 : 0;
            out.append(letters.charAt(Math.floorMod(i, letters.length())));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
