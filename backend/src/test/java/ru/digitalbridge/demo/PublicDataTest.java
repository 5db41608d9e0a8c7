package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.methodology.CriteriaCatalog;

/**
 * Public output carries no person's e-mail or user id: with the demo registry and its monitoring history in the
 * database, every GET operation of the contract (read from /q/openapi) is called anonymously, path parameters
 * filled with ids of the demo's published records, and every body is scanned for e-mail addresses and for the ids
 * of app_user rows, and phone numbers, and a certificate's learner SNILS. Path parameters are filled in two rounds:
 * the first gathers ids from the anonymous answers (ratings, snapshots, bulletin issues, open data, a certificate the
 * test issues), the second uses them; every {@code format} the contract lists is requested, links to downloads in the
 * answers are followed, and XLSX files are scanned as their XML parts.
 */
@QuarkusTest
class PublicDataTest {
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Inject
    DataSource dataSource;

    @Inject
    CriteriaCatalog catalog;

    @Inject
    ru.digitalbridge.monitoring.evaluations.EvaluationTestData data;

    @Test
    void noAnonymousResponseCarriesAnEmailOrAUserId() throws Exception {
        PublicDemo.load(dataSource, catalog);
        Set<String> userIds = new HashSet<>();
        Map<String, String> ids = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet rs = connection.createStatement().executeQuery("select id::text from app_user")) {
                while (rs.next()) {
                    userIds.add(rs.getString(1));
                }
            }
            // ids of published demo records, as the public lists show them
            ids.put("organizations", text(connection, "select id::text from organization order by created_at limit 1"));
            ids.put("accounts", text(connection, "select id::text from account order by created_at limit 1"));
            ids.put("campaigns", text(connection, """
                    select c.id::text from campaign c join campaign_expert e on e.campaign_id = c.id
                     where c.stage = 'PUBLISHED' limit 1"""));
            ids.put("evaluations", text(connection, """
                    select e.id::text from evaluation e
                     where e.status = 'PUBLISHED' and exists (select 1 from objection o where o.evaluation_id = e.id)
                       and exists (select 1 from citizen_question q where q.evaluation_id = e.id)
                     order by e.id limit 1"""));
            ids.put(
                    "objections",
                    text(
                            connection,
                            "select o.id::text from objection o join evaluation e"
                                    + " on e.id = o.evaluation_id where e.id = '" + ids.get("evaluations")
                                    + "' limit 1"));
            ids.put(
                    "questions",
                    text(
                            connection,
                            "select id::text from citizen_question where evaluation_id = '" + ids.get("evaluations")
                                    + "' limit 1"));
            ids.put(
                    "criteria-sets",
                    text(connection, "select id::text from criteria_set where status = 'APPROVED' limit 1"));
        }
        assertThat(ids.values()).doesNotContainNull();

        // a certificate with a learner's e-mail and SNILS: its register entry, verification page and files are public
        Map<String, Object> learner = new LinkedHashMap<>();
        learner.put("surname", "Сканова");
        learner.put("givenName", "Анна");
        learner.put("patronymic", "Петровна");
        learner.put("email", "learner-" + ru.digitalbridge.support.Api.unique() + "@bridge.test");
        learner.put("language", "ru");
        learner.put("programmeTitle", "Цифровой мост: ведение официальных аккаунтов");
        learner.put("programmeVersion", "2023.1");
        learner.put("hours", 36);
        learner.put("studyStart", "2025-03-01");
        learner.put("studyEnd", "2025-04-28");
        learner.put("issueDate", "2025-05-12");
        learner.put("issuerName", "АНО «Цифровой мост» (учебный центр)");
        learner.put("issuerInn", "6450000000");
        learner.put("licenceNumber", "Л035-01234-64/00567890");
        learner.put("licenceDate", "2023-09-01");
        learner.put("birthDate", "1990-07-15");
        learner.put("snils", "112-233-445 95");
        learner.put("educationLevel", "ВО");
        var certificate = ru.digitalbridge.support.Api.asAdmin()
                .body(learner)
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        ids.put("certificates", certificate.getString("id"));
        ids.put("code", certificate.getString("code"));
        // a campaign published through the API, which computes its rating snapshot (the demo's are inserted as they
        // are), and a published bulletin issue on it: ratings, snapshots, their open data and the issue's pages,
        // feeds and PDF are public
        var rated = data.scenario("FINAL", false);
        data.approve(rated.primary(), "78.4");
        ru.digitalbridge.support.Api.as(ru.digitalbridge.security.Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + rated.campaign() + "/transition")
                .then()
                .statusCode(200);
        var editor = data.person(ru.digitalbridge.security.Role.COORDINATOR, null);
        var reviewer = data.person(ru.digitalbridge.security.Role.COORDINATOR, null);
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("series", "main");
        issue.put("title", "Сканирование " + ru.digitalbridge.support.Api.unique());
        issue.put("periodFrom", "2023-04-01");
        issue.put("periodTo", "2023-06-30");
        issue.put("campaignId", rated.campaign().toString());
        issue.put("reviewerId", reviewer.id());
        var draft = editor.api()
                .body(issue)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        editor.api()
                .body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/bulletins/issues/" + draft.getString("id") + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", draft.getLong("version") + 1))
                .post("/api/v1/bulletins/issues/" + draft.getString("id") + "/publish")
                .then()
                .statusCode(200);
        ids.put("issues", draft.getString("id"));
        ids.put("slug", "main");
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("select id::text from app_user")) {
            while (rs.next()) {
                userIds.add(rs.getString(1));
            }
        }
        Set<String> secrets = new HashSet<>(userIds);
        secrets.add("112-233-445 95");
        secrets.add("11223344595");

        Map<String, Object> paths = RestAssured.given()
                .accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> leaks = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        int ok = 0;
        int called = 0;
        // two rounds: the first also gathers ids from the anonymous lists (ratings, snapshots, bulletin issues, open
        // data…) and the links to downloads they carry; the second fills every path parameter with them
        List<String> links = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            List<String> targets = new ArrayList<>();
            for (Map.Entry<String, Object> entry : paths.entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operations = (Map<String, Object>) entry.getValue();
                if (!operations.containsKey("get")) {
                    continue;
                }
                for (String template : expand(entry.getKey(), operations.get("get"))) {
                    String path = fill(template, ids);
                    targets.add(path);
                    for (String format : formats(operations.get("get"))) {
                        targets.add(path + "?format=" + format);
                    }
                }
            }
            // the second round also follows the links both rounds found (the list grows while it is walked)
            for (int i = 0; i < targets.size() || (round == 1 && i < targets.size() + links.size()); i++) {
                String target = i < targets.size() ? targets.get(i) : links.get(i - targets.size());
                if (!visited.add(target)) {
                    continue;
                }
                Response response = RestAssured.given()
                        .urlEncodingEnabled(false)
                        .header("Accept-Language", round == 0 ? "ru" : "en")
                        .header("X-Forwarded-For", ru.digitalbridge.support.Api.uniqueAddress())
                        .get(target);
                called++;
                if (response.statusCode() != 200) {
                    continue;
                }
                ok++;
                String body = text(response);
                scan("GET " + target, body, secrets, leaks);
                gather(target, body, ids);
                Matcher link = LINK.matcher(body);
                while (link.find() && links.size() < 300) {
                    String found = link.group(1).replace("\\u0026", "&").replace("&amp;", "&");
                    if (!visited.contains(found) && !links.contains(found)) {
                        links.add(found);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        // the scan is real: public reads answered with data, including the campaigns with experts, the newer public
        // documents were reached with real ids
        assertThat(called).isGreaterThan(80);
        assertThat(ok).isGreaterThan(50);
        assertThat(visited)
                .anyMatch(v -> v.startsWith("/api/v1/verifications/" + ids.get("code")))
                .anyMatch(v -> v.startsWith("/api/v1/bulletins/issues/" + ids.get("issues") + "/pdf"))
                .anyMatch(v -> v.contains("format=xlsx") || v.endsWith(".xlsx"));
        assertThat(RestAssured.get("/api/v1/campaigns/" + ids.get("campaigns")).asString())
                .contains("\"experts\":[]");
    }

    private static final Pattern PHONE =
            Pattern.compile("\\+7[\\s(-]*\\d{3}[\\s)-]*\\d{3}[\\s-]*\\d{2}[\\s-]*\\d{2}(?!\\d)");
    private static final Pattern LINK = Pattern.compile("\"(?:https?://[^\"/]+)?(/api/v1/[^\"\\s<>]+)\"");
    private static final Pattern ID_FIELD =
            Pattern.compile("\"(id|code|slug|number|campaignId|snapshotId|dataset)\"\\s*:\\s*\"?([A-Za-z0-9._-]+)\"?");

    /** Records a leak in {@code body}: an e-mail address, a phone number or one of {@code secrets}. */
    static void scan(String where, String body, Set<String> secrets, List<String> leaks) {
        Matcher email = EMAIL.matcher(body);
        if (email.find()) {
            leaks.add(where + " → e-mail " + email.group());
        }
        Matcher phone = PHONE.matcher(body);
        if (phone.find()) {
            leaks.add(where + " → phone " + phone.group());
        }
        for (String secret : secrets) {
            if (body.contains(secret)) {
                leaks.add(where + " → " + secret);
                break;
            }
        }
    }

    /** The first value of each id-like field of an answer, for the parameters named so and the path's collection. */
    private static void gather(String target, String body, Map<String, String> ids) {
        String path = target.replaceAll("\\?.*", "");
        String collection = path.substring(path.lastIndexOf('/') + 1);
        Matcher field = ID_FIELD.matcher(body);
        while (field.find()) {
            String name = field.group(1);
            String value = field.group(2);
            if (name.equals("id")) {
                ids.putIfAbsent(collection, value);
            } else {
                ids.putIfAbsent(name, value);
            }
        }
    }

    /** The template once per value of each path parameter the contract enumerates (e.g. an open-data file). */
    @SuppressWarnings("unchecked")
    private static List<String> expand(String template, Object operation) {
        List<String> out = new ArrayList<>(List.of(template));
        Object parameters = ((Map<String, Object>) operation).get("parameters");
        if (parameters instanceof List<?> list) {
            for (Object parameter : list) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("path".equals(p.get("in"))
                        && p.get("schema") instanceof Map<?, ?> schema
                        && schema.get("enum") instanceof List<?> values) {
                    List<String> expanded = new ArrayList<>();
                    for (String t : out) {
                        for (Object value : values) {
                            expanded.add(t.replace("{" + p.get("name") + "}", String.valueOf(value)));
                        }
                    }
                    out = expanded;
                }
            }
        }
        return out;
    }

    /** The values of the operation's {@code format} query parameter (all the platform's file formats when the
     * contract does not enumerate them). */
    @SuppressWarnings("unchecked")
    private static List<String> formats(Object operation) {
        List<String> out = new ArrayList<>();
        Object parameters = ((Map<String, Object>) operation).get("parameters");
        if (parameters instanceof List<?> list) {
            for (Object parameter : list) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("format".equals(p.get("name")) && "query".equals(p.get("in"))) {
                    if (p.get("schema") instanceof Map<?, ?> schema && schema.get("enum") instanceof List<?> values) {
                        values.forEach(v -> out.add(String.valueOf(v)));
                    } else {
                        out.addAll(List.of("csv", "ndjson", "xlsx", "json"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The answer as text: an XLSX (or any zip) as its XML parts, a PDF as the text it shows and its document
     * information (its compressed streams are bytes, in which a pattern can match by chance), everything else as it
     * came.
     */
    static String text(Response response) throws java.io.IOException {
        byte[] bytes = response.asByteArray();
        if (bytes.length > 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                var info = pdf.getDocumentInformation();
                return String.join(
                        "\n",
                        String.valueOf(info.getTitle()),
                        String.valueOf(info.getAuthor()),
                        String.valueOf(info.getSubject()),
                        String.valueOf(info.getKeywords()),
                        String.valueOf(info.getCreator()),
                        String.valueOf(info.getProducer()),
                        new org.apache.pdfbox.text.PDFTextStripper().getText(pdf));
            }
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            // read by the central directory, as a spreadsheet program does (a streamed part's local header has no size)
            java.nio.file.Path file = java.nio.file.Files.createTempFile("publicdata", ".zip");
            StringBuilder out = new StringBuilder();
            try {
                java.nio.file.Files.write(file, bytes);
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var part : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(part)) {
                            out.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                                    .append('\n');
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return out.toString();
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The path with its parameters filled: {id} by the collection it follows, the others by name. */
    private static String fill(String template, Map<String, String> ids) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String before = template.substring(0, parameter.start());
            String collection = before.replaceAll("/$", "");
            collection = collection.substring(collection.lastIndexOf('/') + 1);
            String value = switch (name) {
                case "revision" -> "1";
                case "questionId" -> ids.get("questions");
                case "evaluationId" -> ids.get("evaluations");
                case "file" -> ids.getOrDefault("file", "evaluations.ndjson");
                default ->
                    ids.getOrDefault(
                            name.equals("id") ? collection : name,
                            ids.getOrDefault(collection, ids.get("organizations")));
            };
            parameter.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(out);
        return out.toString();
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
