package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.registry.Registry.countOrganizations;
import static ru.digitalbridge.registry.Registry.createAccount;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newAccount;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.randomInn;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/**
 * Import as officials use it: the product's own export comes back with no change, absent columns leave
 * stored values alone, a file keyed by INN updates instead of duplicating, an account moves only when the
 * file says so, and messages name the file's own columns in the user's language.
 */
@QuarkusTest
class ImportRoundTripTest {
    private static final String XLSX = ImportTable.XLSX_TYPE;
    private static final String[] KINDS = {
        "MUNICIPAL_INSTITUTION", "STATE_INSTITUTION", "REGIONAL_BODY", "LOCAL_GOVERNMENT", "OTHER"
    };

    private static JsonPath importFile(String entity, String type, byte[] body, boolean dryRun, String language) {
        return as(Role.COORDINATOR)
                .contentType(type)
                .header("Accept-Language", language)
                .queryParam("dryRun", dryRun)
                .body(body)
                .post("/api/v1/" + entity + "/import")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static byte[] export(String entity, String format, String q, String language) {
        return anonymous()
                .header("Accept-Language", language)
                .queryParam("format", format)
                .queryParam("q", q)
                .queryParam("sort", "name")
                .get("/api/v1/" + entity + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * A registry of 240 organizations in a three-level tree, most without an external id (as created in
     * the UI), some with INN, website and a short name, and 120 accounts on every platform (some
     * archived, some unofficial): export it in every table format and language, import it back — the dry
     * run and the import change nothing and a second export is identical.
     */
    @Test
    void theProductsOwnExportImportsBackWithNoChange() throws IOException {
        String w = token();
        Random random = new Random(20261202L);
        List<String> ids = new ArrayList<>();
        int parents = 0;
        for (int i = 0; i < 240; i++) {
            Map<String, Object> body = newOrganization(String.format("Организация %s %03d", w, i));
            body.put("kind", KINDS[i % KINDS.length]);
            if (i % 5 == 0) {
                body.put("externalId", "rt-" + w + "-" + i);
            }
            if (i % 3 == 0) {
                body.put("inn", randomInn());
            }
            if (i % 4 == 0) {
                body.put("website", "https://school" + i + "." + w + ".ru/about");
                body.put("shortName", (i % 8 == 0 ? "=" : "-") + "Кратко " + i);
            }
            if (i >= 20) {
                body.put("parentId", ids.get(random.nextInt(i < 80 ? 20 : 80)));
                parents++;
            }
            var response = as(Role.COORDINATOR).body(body).post("/api/v1/organizations");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            ids.add(response.jsonPath().getString("id"));
        }
        String[] urls = {
            "https://vk.com/%s%d",
            "https://t.me/%s%d",
            "https://ok.ru/group/%d%d",
            "https://rutube.ru/channel/%d%d",
            "https://dzen.ru/%s%d",
            "https://max.ru/u/%sX%d"
        };
        for (int i = 0; i < 120; i++) {
            String pattern = urls[i % urls.length];
            String url = pattern.contains("%s")
                    ? String.format(pattern, w, i)
                    : String.format(pattern, 1000 + i, Math.abs(w.hashCode()));
            Map<String, Object> body = newAccount(ids.get(random.nextInt(ids.size())), url);
            body.put("displayName", String.format("Аккаунт %s %03d", w, i));
            if (i % 7 == 0) {
                body.put("official", false);
            }
            if (i % 10 == 0) {
                body.put("externalId", "acc-" + w + "-" + i);
            }
            JsonPath account = createAccount(body);
            if (i % 9 == 0) {
                as(Role.COORDINATOR)
                        .body(Map.of("version", account.getLong("version")))
                        .post("/api/v1/accounts/" + account.getString("id") + "/archive")
                        .then()
                        .statusCode(200);
            }
        }
        assertThat(countOrganizations(w)).isEqualTo(240);

        for (String language : List.of("ru", "en")) {
            for (String entity : List.of("organizations", "accounts")) {
                int expected = entity.equals("organizations") ? 240 : 120;
                byte[] csv = export(entity, "csv", w, language);
                byte[] xlsx = export(entity, "xlsx", w, language);
                for (var file : List.of(Map.entry("text/csv", csv), Map.entry(XLSX, xlsx))) {
                    for (boolean dryRun : List.of(true, false)) {
                        JsonPath report = importFile(entity, file.getKey(), file.getValue(), dryRun, language);
                        String what = language + " " + entity + " " + file.getKey() + " dryRun=" + dryRun;
                        assertThat(report.getInt("totals.errors")).as(what).isZero();
                        assertThat(report.getInt("totals.created")).as(what).isZero();
                        assertThat(report.getInt("totals.updated")).as(what).isZero();
                        assertThat(report.getInt("totals.unchanged")).as(what).isEqualTo(expected);
                        assertThat(report.getList("ignoredColumns")).as(what).isEmpty();
                        assertThat(report.getList("trailingRows")).as(what).isEmpty();
                        assertThat(report.getBoolean("applied")).as(what).isEqualTo(!dryRun);
                    }
                }
                assertThat(export(entity, "csv", w, language)).as(entity).isEqualTo(csv);
                assertThat(cells(export(entity, "xlsx", w, language))).isEqualTo(cells(xlsx));
            }
        }
        // every parent link is still there
        List<List<String>> organizations = cells(export("organizations", "xlsx", w, "ru"));
        int parentColumn = organizations.get(0).indexOf("ID записи вышестоящей организации");
        assertThat(parentColumn).isPositive();
        long withParent = organizations.stream()
                .skip(1)
                .filter(row ->
                        row.size() > parentColumn && !row.get(parentColumn).isEmpty())
                .count();
        assertThat(withParent).isEqualTo(parents);
    }

    @Test
    void aColumnTheFileDoesNotHaveLeavesTheStoredValueAlone() {
        String w = token();
        Map<String, Object> parentBody = newOrganization("Министерство " + w);
        String parent = createOrganization(parentBody).getString("id");
        Map<String, Object> body = newOrganization("Школа " + w);
        body.put("externalId", "keep-" + w);
        body.put("website", "https://school." + w + ".ru");
        body.put("shortName", "СОШ " + w);
        body.put("parentId", parent);
        String inn = randomInn();
        body.put("inn", inn);
        String id = createOrganization(body).getString("id");
        String account = createAccount(Map.of(
                        "organizationId",
                        id,
                        "url",
                        "https://vk.com/" + w,
                        "displayName",
                        "Школа " + w + " ВК",
                        "official",
                        false))
                .getString("id");
        JsonPath created =
                anonymous().get("/api/v1/accounts/" + account).then().extract().jsonPath();
        as(Role.COORDINATOR)
                .body(Map.of("version", created.getLong("version")))
                .post("/api/v1/accounts/" + account + "/archive")
                .then()
                .statusCode(200);

        // a misspelled website header and no kind, sector, municipality, INN or parent columns
        String file = "Внешний ID;Наименование;Сайт организацыи\nkeep-" + w + ";Школа № 1 " + w + ";\n";
        JsonPath dry = importFile("organizations", "text/csv", file.getBytes(StandardCharsets.UTF_8), true, "ru");
        assertThat(dry.getList("ignoredColumns.header")).containsExactly("Сайт организацыи");
        assertThat(dry.getList("ignoredColumns.suggestion")).containsExactly("Сайт");
        assertThat(dry.getList("rows.outcome")).containsExactly("UPDATED");
        importFile("organizations", "text/csv", file.getBytes(StandardCharsets.UTF_8), false, "ru");
        anonymous()
                .get("/api/v1/organizations/" + id)
                .then()
                .body("name", equalTo("Школа № 1 " + w))
                .body("website", equalTo("https://school." + w + ".ru"))
                .body("shortName", equalTo("СОШ " + w))
                .body("inn", equalTo(inn))
                .body("kind", equalTo("MUNICIPAL_INSTITUTION"))
                .body("parent.id", equalTo(parent));

        // no «Статус» and no «Официальный»: the account stays archived and unofficial
        String accounts = "Ссылка;Название аккаунта\nhttps://vk.com/" + w + ";Новое имя " + w + "\n";
        JsonPath applied = importFile("accounts", "text/csv", accounts.getBytes(StandardCharsets.UTF_8), false, "ru");
        assertThat(applied.getList("rows.outcome")).containsExactly("UPDATED");
        anonymous()
                .get("/api/v1/accounts/" + account)
                .then()
                .body("displayName", equalTo("Новое имя " + w))
                .body("status", equalTo("ARCHIVED"))
                .body("official", equalTo(false))
                .body("organization.id", equalTo(id));
    }

    @Test
    void aFileKeyedByInnOrOgrnUpdatesInsteadOfDuplicating() {
        String w = token();
        String inn = randomInn();
        Map<String, Object> body = newOrganization("Больница " + w);
        body.put("inn", inn);
        String id = createOrganization(body).getString("id");
        String newInn = randomInn();
        String file = "ИНН;Наименование;Вид;Отрасль;Муниципальное образование\n"
                + inn + ";Больница № 2 " + w + ";Государственное учреждение;Здравоохранение;Саратов\n"
                + newInn + ";Поликлиника " + w + ";Государственное учреждение;Здравоохранение;Саратов\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        JsonPath report = importFile("organizations", "text/csv", bytes, false, "ru");
        assertThat(report.getList("rows.outcome")).containsExactly("UPDATED", "CREATED");
        assertThat(report.getString("rows[0].id")).isEqualTo(id);
        assertThat(countOrganizations(w)).isEqualTo(2);
        JsonPath again = importFile("organizations", "text/csv", bytes, false, "ru");
        assertThat(again.getList("rows.outcome")).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(countOrganizations(w)).isEqualTo(2);
        anonymous().get("/api/v1/organizations/" + id).then().body("name", equalTo("Больница № 2 " + w));

        // a new organization in a file without the columns it needs is named, not half-created
        String partial = "ИНН;Наименование\n" + randomInn() + ";Аптека " + w + "\n";
        JsonPath refused =
                importFile("organizations", "text/csv", partial.getBytes(StandardCharsets.UTF_8), false, "ru");
        assertThat(refused.getList("rows[0].errors.column")).contains("Вид", "Отрасль", "Муниципальное образование");
        assertThat(countOrganizations(w)).isEqualTo(2);
    }

    @Test
    void anAccountMovesOnlyWhenTheFileSaysSo() {
        String w = token();
        Map<String, Object> from = newOrganization("Библиотека " + w);
        from.put("externalId", "lib-" + w);
        String fromId = createOrganization(from).getString("id");
        Map<String, Object> to = newOrganization("Музей " + w);
        to.put("externalId", "mus-" + w);
        String toId = createOrganization(to).getString("id");
        String account =
                createAccount(newAccount(fromId, "https://max.ru/u/Ab" + w)).getString("id");
        // another MAX channel must not be taken for this one (all max.ru/u/… once shared one key)
        createAccount(newAccount(fromId, "https://max.ru/u/Cd" + w));

        String file =
                "Внешний ID организации;Ссылка;Название аккаунта\nmus-" + w + ";max.ru/u/Ab" + w + ";Музей " + w + "\n";
        JsonPath refused = importFile("accounts", "text/csv", file.getBytes(StandardCharsets.UTF_8), false, "ru");
        assertThat(refused.getBoolean("applied")).isFalse();
        assertThat(refused.getString("rows[0].errors[0].column")).isEqualTo("Внешний ID организации");
        assertThat(refused.getString("rows[0].errors[0].message"))
                .contains("Библиотека " + w)
                .contains("Перенести в организацию");
        anonymous().get("/api/v1/accounts/" + account).then().body("organization.id", equalTo(fromId));

        String move = "Внешний ID организации;Ссылка;Название аккаунта;Перенести в организацию\nmus-" + w
                + ";max.ru/u/Ab" + w + ";Музей " + w + ";да\n";
        JsonPath dry = importFile("accounts", "text/csv", move.getBytes(StandardCharsets.UTF_8), true, "ru");
        assertThat(dry.getString("rows[0].move.from")).isEqualTo("Библиотека " + w);
        assertThat(dry.getString("rows[0].move.to")).isEqualTo("Музей " + w);
        assertThat(dry.getInt("totals.moved")).isEqualTo(1);
        importFile("accounts", "text/csv", move.getBytes(StandardCharsets.UTF_8), false, "ru");
        anonymous().get("/api/v1/accounts/" + account).then().body("organization.id", equalTo(toId));
    }

    @Test
    void platformNamesAsPeopleWriteThemAndTheLinkDecides() {
        String w = token();
        Map<String, Object> org = newOrganization("Театр " + w);
        org.put("externalId", "th-" + w);
        createOrganization(org);
        String file = "Внешний ID организации;Соцсеть;Ссылка;Название аккаунта\n"
                + "th-" + w + ";ВК;vk.com/" + w + "\u00a0;Театр ВК " + w + "\n"
                + "th-" + w + ";Телеграм;@" + w + ";Театр ТГ " + w + "\n"
                + "th-" + w + ";ОК;https://ok.ru/group/" + Math.abs(w.hashCode()) + ";Театр ОК " + w + "\n"
                + "th-" + w + ";Макс;https://max.ru/" + w + ";Театр Макс " + w + "\n"
                + "th-" + w + ";Одноклассники;tg://resolve?domain=" + w + "_news;Театр новости " + w + "\n";
        JsonPath report = importFile("accounts", "text/csv", file.getBytes(StandardCharsets.UTF_8), false, "ru");
        assertThat(report.getInt("totals.errors")).isZero();
        assertThat(report.getList("rows.key"))
                .containsExactly(
                        "https://vk.com/" + w,
                        "https://t.me/" + w,
                        "https://ok.ru/group/" + Math.abs(w.hashCode()),
                        "https://max.ru/" + w,
                        "https://t.me/" + w + "_news");
        assertThat(report.getString("rows[4].warnings[0].column")).isEqualTo("Соцсеть");
        assertThat(report.getString("rows[4].warnings[0].message"))
                .contains("Одноклассники")
                .contains("Telegram");
    }

    @Test
    void postLinksAreRefusedSayingWhatToPaste() {
        String w = token();
        Map<String, Object> org = newOrganization("Клуб " + w);
        org.put("externalId", "cl-" + w);
        createOrganization(org);
        String file = "Внешний ID организации;Ссылка;Название аккаунта\n"
                + "cl-" + w + ";https://vk.com/wall-123_45;Клуб " + w + "\n"
                + "cl-" + w + ";https://rutube.ru/video/abc123/;Клуб видео " + w + "\n"
                + "cl-" + w + ";https://dzen.ru/a/ZmX1;Клуб Дзен " + w + "\n"
                + "cl-" + w + ";https://facebook.com/" + w + ";Клуб FB " + w + "\n";
        JsonPath report = importFile("accounts", "text/csv", file.getBytes(StandardCharsets.UTF_8), true, "ru");
        assertThat(report.getList("rows.outcome")).containsOnly("ERROR");
        assertThat(report.getString("rows[0].errors[0].message"))
                .contains("не на сообщество")
                .contains("https://vk.com/club123");
        assertThat(report.getString("rows[1].errors[0].message")).contains("https://rutube.ru/channel/");
        assertThat(report.getString("rows[3].errors[0].message"))
                .contains("Поддерживаются: ")
                .contains("vk.com")
                .doesNotContain("{0}");
        as(Role.COORDINATOR)
                .body(Map.of(
                        "organizationId",
                        createOrganization(newOrganization("Другой " + w)).getString("id"),
                        "url",
                        "https://t.me/" + w + "/15",
                        "displayName",
                        "Пост " + w))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("url"))
                .body("violations[0].message", containsString("https://t.me/" + w.toLowerCase()));
    }

    @Test
    void messagesInEnglishNameTheFilesOwnColumnsAndValues() {
        String file = "External ID;Name;Org kind;Kind;Sector;Municipality\nx-1;School;;rocket;EDUCATION;Saratov\n";
        JsonPath report = importFile("organizations", "text/csv", file.getBytes(StandardCharsets.UTF_8), true, "en");
        assertThat(report.getList("ignoredColumns.header")).containsExactly("Org kind");
        assertThat(report.getString("ignoredColumns[0].suggestion")).isEqualTo("Kind");
        assertThat(report.getString("rows[0].errors[0].column")).isEqualTo("Kind");
        assertThat(report.getString("rows[0].errors[0].message"))
                .startsWith("Unknown value \"rocket\"; allowed: ")
                .contains("Municipal institution")
                .doesNotContain("MUNICIPAL_INSTITUTION");
    }

    @Test
    void theSheetIsChosenAndTheSheetsAreListed() throws IOException {
        String w = token();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "LibreOffice", "7.6");
        Worksheet cover = workbook.newWorksheet("Титул");
        cover.value(0, 0, "Сведения об организациях");
        Worksheet data = workbook.newWorksheet("Данные");
        data.value(0, 0, "Реестр на 01.12.2026");
        String[] header = {"Внешний ID", "Наименование", "Вид", "Отрасль", "Район"};
        for (int c = 0; c < header.length; c++) {
            data.value(1, c, header[c]);
        }
        for (int r = 0; r < 3; r++) {
            data.value(2 + r, 0, "sh-" + w + "-" + r);
            data.value(2 + r, 1, "Школа " + w + " " + r);
            data.value(2 + r, 2, "Муниципальное учреждение");
            data.value(2 + r, 3, "Образование");
        }
        data.value(2, 4, "Балаковский район");
        data.range(2, 4, 4, 4).merge();
        data.value(6, 0, "Исполнитель: Сидоров");
        workbook.finish();
        byte[] xlsx = out.toByteArray();

        JsonPath report = importFile("organizations", XLSX, xlsx, true, "ru");
        assertThat(report.getList("sheets")).containsExactly("Титул", "Данные");
        assertThat(report.getString("sheet")).isEqualTo("Данные");
        assertThat(report.getInt("headerRow")).isEqualTo(2);
        assertThat(report.getInt("totals.created")).isEqualTo(3);
        assertThat(report.getInt("totals.errors")).isZero();
        assertThat(report.getList("trailingRows.row")).containsExactly(7);
        assertThat(report.getList("trailingRows.text")).containsExactly("Исполнитель: Сидоров");

        as(Role.COORDINATOR)
                .contentType(XLSX)
                .queryParam("sheet", "Нет такого")
                .body(xlsx)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sheet"))
                .body("violations[0].message", containsString("Титул, Данные"));
        as(Role.COORDINATOR)
                .contentType(XLSX)
                .queryParam("sheet", "1")
                .queryParam("dryRun", true)
                .body(xlsx)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("sheet", equalTo("Титул"))
                .body("rows", hasSize(1))
                .body("rows[0].outcome", equalTo("ERROR"))
                .body("rows[0].key", nullValue())
                .body("rows[0].errors[0].message", not(containsString("{0}")));
        assertThat(countOrganizations(w)).isZero();
    }
}
