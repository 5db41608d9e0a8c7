package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.registry.Registry.countAccounts;
import static ru.digitalbridge.registry.Registry.countOrganizations;
import static ru.digitalbridge.registry.Registry.createAccount;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newAccount;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.registry.Registry.vkUrl;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

@QuarkusTest
class ImportExportResourceTest {
    private static final String XLSX = ImportTable.XLSX_TYPE;

    private static RequestSpecification coordinator(String contentType) {
        return as(Role.COORDINATOR).contentType(contentType);
    }

    private static String orgCsv(String word, String... rows) {
        StringBuilder csv = new StringBuilder(
                "Внешний ID;Наименование;Вид;Отрасль;Муниципальное образование;ИНН;Внешний ID вышестоящей организации\n");
        for (String row : rows) {
            csv.append(row.replace("$", word)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void organizationImportDryRunThenApplyThenRepeatIsUnchanged() {
        String w = token();
        String file = orgCsv(
                w,
                "$-1;Министерство образования $;Региональный орган исполнительной власти;Образование;Саратов;7707083893;",
                "$-2;Школа $;Муниципальное учреждение;EDUCATION;Балаковский район;;$-1");
        coordinator("text/csv")
                .queryParam("dryRun", true)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("applied", equalTo(false))
                .body("totals.created", equalTo(2))
                .body("rows.outcome", contains("CREATED", "CREATED"))
                .body("rows.row", contains(2, 3))
                .body("rows.key", contains(w + "-1", w + "-2"));
        assertThat(countOrganizations(w)).isZero();

        coordinator("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(2))
                .body("rows[0].id", notNullValue());
        assertThat(countOrganizations(w)).isEqualTo(2);
        anonymous()
                .queryParam("q", "школа " + w)
                .get("/api/v1/organizations")
                .then()
                .body("items[0].parent.name", equalTo("Министерство образования " + w))
                .body("items[0].municipality.name", equalTo("Балаковский муниципальный район"));

        String changed = file.replace("Школа " + w, "Лицей " + w);
        coordinator("text/csv")
                .body(changed.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("totals.unchanged", equalTo(1))
                .body("totals.updated", equalTo(1))
                .body("rows.outcome", contains("UNCHANGED", "UPDATED"));
        anonymous()
                .queryParam("q", "лицей " + w)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void anyInvalidRowMeansNothingIsWritten() {
        String w = token();
        String file = orgCsv(
                w,
                "$-1;Школа $;Муниципальное учреждение;Образование;Балаковский район;;",
                "$-2;Больница $;Государственное учреждение;Медицина;Марс;7707083894;",
                "$-3;;OTHER;OTHER;64-01;;$-404");
        coordinator("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("totals.errors", equalTo(2))
                .body("totals.created", equalTo(1))
                .body("rows[0].outcome", equalTo("CREATED"))
                .body("rows[0].id", nullValue())
                .body("rows[1].outcome", equalTo("ERROR"))
                .body("rows[1].row", equalTo(3))
                // columns are named by the file's own headers, never by internal keys
                .body("rows[1].errors.column", contains("Отрасль", "Муниципальное образование", "ИНН"))
                .body("rows[1].errors[2].message", equalTo("Неверное контрольное число ИНН"))
                .body("rows[2].errors.column", contains("Наименование", "Внешний ID вышестоящей организации"));
        assertThat(countOrganizations(w)).isZero();
    }

    @Test
    void missingRequiredColumnsAreReportedOnTheHeaderRow() {
        coordinator("text/csv")
                .header("Accept-Language", "en")
                .body("name;kind\nШкола;OTHER\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows[0].row", equalTo(1))
                .body("rows[0].errors[0].message", containsString("No column to find organizations by"))
                .body("rows[0].errors[0].message", containsString("\"External ID\""))
                .body("rows[0].errors[0].message", not(containsString("{0}")));
    }

    @Test
    void xlsxImportWorks() throws IOException {
        String w = token();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Лист1");
        List<String> header = List.of("externalId", "name", "kind", "sector", "municipality", "ogrn");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, w);
        sheet.value(1, 1, "Библиотека " + w);
        sheet.value(1, 2, "MUNICIPAL_INSTITUTION");
        sheet.value(1, 3, "Культура");
        sheet.value(1, 4, "64-05");
        sheet.value(1, 5, 1027700132195L);
        workbook.finish();
        coordinator(XLSX)
                .body(out.toByteArray())
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(1));
        anonymous()
                .queryParam("q", w)
                .get("/api/v1/organizations")
                .then()
                .body("items[0].ogrn", equalTo("1027700132195"));
    }

    /** An OpenDocument spreadsheet as LibreOffice, МойОфис and Р7-Офис save it, by its own type and as a bare file. */
    @Test
    void odsImportWorks() {
        String w = token();
        byte[] file = OdsFiles.spreadsheet(OdsFiles.table(
                "Лист1",
                OdsFiles.row(OdsFiles.texts("externalId", "name", "kind", "sector", "municipality", "ogrn")),
                OdsFiles.row(
                        OdsFiles.texts(w, "Библиотека " + w, "MUNICIPAL_INSTITUTION", "Культура", "64-05"),
                        OdsFiles.number("1027700132195"))));
        coordinator("application/octet-stream")
                .queryParam("dryRun", true)
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("totals.created", equalTo(1))
                .body("rows[0].row", equalTo(2));
        assertThat(countOrganizations(w)).isZero();
        coordinator(OdsFiles.TYPE)
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(1));
        anonymous()
                .queryParam("q", w)
                .get("/api/v1/organizations")
                .then()
                .body("items[0].ogrn", equalTo("1027700132195"));
    }

    /**
     * A small workbook whose part with the cells' text unpacks to 100 MB (one cell, a zip bomb of ~100 KB) is refused
     * with 413 while it is unpacked, before any part is read into memory, like an ODS whose content.xml does so.
     */
    @Test
    void xlsxWhosePartsUnpackPastTheLimitIs413() throws IOException {
        String w = token();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Лист1");
        List<String> header = List.of("externalId", "name", "kind", "sector", "municipality");
        List<String> data = List.of(w, "Школа " + w, "OTHER", "OTHER", "64-01");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.value(1, c, data.get(c));
        }
        workbook.finish();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (var in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                        new ByteArrayInputStream(out.toByteArray()), "UTF-8", true, true);
                var zip = new java.util.zip.ZipOutputStream(bomb)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry;
            boolean padded = false;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                String xml = new String(bytes, StandardCharsets.UTF_8);
                int at = xml.indexOf(w);
                if (at >= 0) {
                    // the organisation's external id (in the shared strings or inline in the sheet) grows by 100 MB of
                    // spaces, written in pieces: ~100 KB compressed
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 100; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    padded = true;
                } else {
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
            assertThat(padded).isTrue();
        }
        assertThat(bomb.size()).isLessThan(ImportService.MAX_BYTES);
        coordinator(XLSX)
                .queryParam("dryRun", true)
                .body(bomb.toByteArray())
                .post("/api/v1/organizations/import")
                .then()
                .log()
                .body()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/import-too-large"));
        assertThat(countOrganizations(w)).isZero();
    }

    /**
     * A small workbook whose data row is numbered far beyond any sheet (row 2,000,000,000: a hand-edited or hostile
     * file) is refused with 413 like an ODS repeated to the sheet's edge, not padded with empty rows up to it.
     */
    @Test
    void xlsxRowBeyondTheSheetIs413() throws IOException {
        String w = token();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Лист1");
        List<String> header = List.of("externalId", "name", "kind", "sector", "municipality");
        List<String> data = List.of(w, "Школа " + w, "OTHER", "OTHER", "64-01");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.value(1, c, data.get(c));
        }
        workbook.finish();
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        // commons-compress, as the server reads it: fastexcel writes stored entries followed by a data descriptor
        try (var in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                        new ByteArrayInputStream(out.toByteArray()), "UTF-8", true, true);
                var zip = new java.util.zip.ZipOutputStream(edited)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String far = xml.replace("<row r=\"2\"", "<row r=\"2000000000\"")
                            .replaceAll("r=\"([A-Z]+)2\"", "r=\"$12000000000\"");
                    assertThat(far).contains("r=\"2000000000\"").contains("r=\"A2000000000\"");
                    bytes = far.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        coordinator(XLSX)
                .queryParam("dryRun", true)
                .body(edited.toByteArray())
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/import-too-large"));
        assertThat(countOrganizations(w)).isZero();
    }

    @Test
    void fileOver10MbIs413AndWritesNothing() {
        String w = token();
        StringBuilder file = new StringBuilder(orgCsv(w, "$-1;Школа $;OTHER;OTHER;64-01;;"));
        String filler = "x".repeat(1000);
        while (file.length() <= 10 * 1024 * 1024) {
            file.append(';').append(filler).append('\n');
        }
        coordinator("text/csv")
                .body(file.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        assertThat(countOrganizations(w)).isZero();
    }

    @Test
    void notCsvOrXlsxIs415() {
        coordinator("application/pdf")
                .body(new byte[] {0x25, 0x50, 0x44, 0x46})
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        coordinator("application/octet-stream")
                .body(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0})
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(415)
                .body("type", equalTo("/problems/unsupported-import-file"));
        coordinator(XLSX)
                .body("externalId;name\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200);
        coordinator("text/csv")
                .body(new byte[] {1, 2, 3, 0, 5})
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(415)
                .body("type", equalTo("/problems/unsupported-import-file"));
    }

    /** A legacy .xls is refused with what to do: save it as XLSX or ODS, in the user's language. */
    @Test
    void aLegacyXlsSaysToSaveItAsXlsxOrOds() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        coordinator("application/vnd.ms-excel")
                .body(xls)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(415)
                .body("type", equalTo("/problems/unsupported-import-file"))
                .body("detail", containsString("XLSX"))
                .body("detail", containsString("ODS"))
                .body("detail", containsString("сохраните"));
        coordinator("application/octet-stream")
                .header("Accept-Language", "en")
                .body(xls)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(415)
                .body("detail", containsString("save it as XLSX"))
                .body("detail", containsString("ODS"));
    }

    @Test
    void importNeedsACoordinator() {
        String w = token();
        byte[] file = orgCsv(w, "$-1;Школа $;OTHER;OTHER;64-01;;").getBytes(StandardCharsets.UTF_8);
        anonymous()
                .contentType("text/csv")
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(401);
        as(Role.EXPERT)
                .contentType("text/csv")
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(403);
        as(Role.LEARNER)
                .contentType("text/csv")
                .body(file)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(403);
        assertThat(countOrganizations(w)).isZero();
    }

    /** An import writes a changed record as an edit does: the version moves on, and an edit read before is stale. */
    @Test
    void anImportedChangeMovesTheVersionOnSoAnEditReadBeforeItIsRefused() {
        String w = token();
        var orgBody = newOrganization("Библиотека " + w);
        orgBody.put("externalId", "org-" + w);
        String organizationId = createOrganization(orgBody).getString("id");
        var account = createAccount(newAccount(organizationId, vkUrl()));
        coordinator("text/csv")
                .body(orgCsv(
                                w,
                                "org-$;Центральная библиотека $;Муниципальное учреждение;Образование;Балаковский район;;")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("rows.outcome", contains("UPDATED"));
        coordinator("text/csv")
                .body(("Ссылка;Название аккаунта\n" + account.getString("url") + ";Библиотека " + w + " ВК\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("rows.outcome", contains("UPDATED"));
        anonymous()
                .get("/api/v1/organizations/" + organizationId)
                .then()
                .body("name", equalTo("Центральная библиотека " + w))
                .body("version", equalTo(1));
        anonymous()
                .get("/api/v1/accounts/" + account.getString("id"))
                .then()
                .body("displayName", equalTo("Библиотека " + w + " ВК"))
                .body("version", equalTo(1));
        var stale = newOrganization("Старая библиотека " + w);
        stale.put("version", 0);
        as(Role.COORDINATOR)
                .body(stale)
                .put("/api/v1/organizations/" + organizationId)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 0))
                .post("/api/v1/accounts/" + account.getString("id") + "/archive")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(Role.COORDINATOR)
                .body(Map.of("version", 1))
                .post("/api/v1/accounts/" + account.getString("id") + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("version", equalTo(2));
    }

    @Test
    void accountImportUpsertsByUrlAndExternalId() {
        String w = token();
        var orgBody = newOrganization("Дом культуры " + w);
        orgBody.put("externalId", "org-" + w);
        String inn = Registry.randomInn();
        orgBody.put("inn", inn);
        createOrganization(orgBody);
        var existing = createAccount(newAccount(
                createOrganization(newOrganization("Клуб " + w)).getString("id"),
                "https://ok.ru/group/" + w.length() + Math.abs(w.hashCode())));
        String file =
                "Внешний ID;Внешний ID организации;ИНН организации;Платформа;Ссылка;Название аккаунта;Официальный;Статус;Перенести в организацию\n"
                        + "acc-" + w + ";org-" + w + ";;;https://vk.com/" + w + ";ДК " + w + " ВК;да;;\n"
                        + ";;" + inn + ";Telegram;t.me/s/" + w + ";ДК " + w + " Телеграм;нет;Действует;\n"
                        + ";org-" + w + ";;;" + existing.getString("url") + "/;Клуб " + w + " ОК;да;;да\n";
        coordinator("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("rows.outcome", contains("CREATED", "CREATED", "UPDATED"))
                .body("rows[2].id", equalTo(existing.getString("id")))
                .body("rows[2].move.from", equalTo("Клуб " + w))
                .body("rows[2].move.to", equalTo("Дом культуры " + w))
                .body("totals.moved", equalTo(1))
                .body("rows[1].key", equalTo("https://t.me/" + w));
        anonymous()
                .get("/api/v1/accounts/" + existing.getString("id"))
                .then()
                .body("organization.name", equalTo("Дом культуры " + w))
                .body("displayName", equalTo("Клуб " + w + " ОК"));
        assertThat(countAccounts(w)).isEqualTo(3);
        coordinator("text/csv")
                .queryParam("dryRun", true)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/accounts/import")
                .then()
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED", "UNCHANGED"));
    }

    @Test
    void theSameFileImportedByConcurrentRequestsCreatesEachOrganisationAndAccountOnce() throws Exception {
        // every request matched the rows against the registry before any of them wrote: each created the
        // INN-keyed organisations again (duplicates, after which the INN is ambiguous and the file no longer
        // applies), and all but one of the account imports broke the URL's unique key (409)
        String w = token();
        StringBuilder organisations = new StringBuilder("ИНН;Наименование;Вид;Отрасль;Муниципальное образование\n");
        List<String> inns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String inn = Registry.randomInn();
            inns.add(inn);
            organisations
                    .append(inn)
                    .append(";Школа ")
                    .append(w)
                    .append(' ')
                    .append(i)
                    .append(";Муниципальное учреждение;Образование;Балаковский район\n");
        }
        byte[] organisationFile = organisations.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(importAtOnce("/api/v1/organizations/import", organisationFile, 6))
                .containsOnly(200);
        assertThat(countOrganizations(w)).isEqualTo(3);
        coordinator("text/csv")
                .queryParam("dryRun", true)
                .body(organisationFile)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED", "UNCHANGED"));

        StringBuilder accounts = new StringBuilder("ИНН организации;Ссылка;Название аккаунта\n");
        for (int i = 0; i < 3; i++) {
            accounts.append(inns.get(i))
                    .append(";https://vk.com/")
                    .append(w)
                    .append(i)
                    .append(";Школа ")
                    .append(w)
                    .append(' ')
                    .append(i)
                    .append('\n');
        }
        assertThat(importAtOnce("/api/v1/accounts/import", accounts.toString().getBytes(StandardCharsets.UTF_8), 6))
                .containsOnly(200);
        assertThat(countAccounts(w)).isEqualTo(3);
    }

    /** The status codes of {@code parallel} imports of one file released at once. */
    private static List<Integer> importAtOnce(String path, byte[] file, int parallel) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(parallel);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return coordinator("text/csv")
                            .body(file)
                            .post(path)
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (var future : futures) {
                codes.add(future.get(120, TimeUnit.SECONDS));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void accountImportWithABadRowWritesNothing() {
        String w = token();
        var orgBody = newOrganization("Школа " + w);
        orgBody.put("externalId", "org-" + w);
        createOrganization(orgBody);
        String taken = createAccount(newAccount(
                        createOrganization(newOrganization("Другая " + w)).getString("id"),
                        "https://t.me/" + w + "taken"))
                .getString("normalizedUrl");
        String file = "externalId,organizationExternalId,url,displayName\n"
                + "a1-" + w + ",org-" + w + ",https://vk.com/" + w + ",Школа " + w + "\n"
                + "a2-" + w + ",org-" + w + ",https://facebook.com/" + w + ",Школа\n"
                + "a3-" + w + ",org-missing-" + w + ",https://ok.ru/" + w + ",Школа\n"
                + "a4-" + w + ",org-" + w + "," + taken + ",Школа\n"
                + "a5-" + w + ",org-" + w + ",https://vk.com/" + w + ",Школа\n";
        coordinator("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows.outcome", contains("CREATED", "ERROR", "ERROR", "ERROR", "ERROR"))
                .body("rows[1].errors[0].column", equalTo("url"))
                .body("rows[2].errors[0].column", equalTo("organizationExternalId"))
                // the URL belongs to another organization's account: no silent move, the owner is named
                .body("rows[3].errors[0].message", containsString("Другая " + w))
                .body("rows[3].errors[0].message", containsString("Перенести в организацию"))
                .body("rows[4].errors[0].column", equalTo("url"));
        assertThat(countAccounts("Школа " + w)).isZero();
    }

    @Test
    void exportCsvIsExcelFriendlyAndImportsBack() {
        String w = token();
        var body = newOrganization("=Школа " + w);
        body.put("externalId", "exp-" + w);
        body.put("inn", "7707083893");
        createOrganization(body);
        byte[] csv = anonymous()
                .queryParam("q", w)
                .get("/api/v1/organizations/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("organizations-"))
                .extract()
                .asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Внешний ID;Наименование;Краткое наименование;Вид;Отрасль");
        assertThat(text)
                .contains("exp-" + w + ";'=Школа " + w
                        + ";;Муниципальное учреждение;Образование;Балаковский муниципальный район;;7707083893");
        coordinator("text/csv")
                .queryParam("dryRun", true)
                .body(csv)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].outcome", equalTo("UNCHANGED"));
    }

    @Test
    void exportXlsxOfAccountsInEnglish() throws IOException {
        String w = token();
        String organization = createOrganization(newOrganization("Театр " + w)).getString("id");
        createAccount(newAccount(organization, "https://t.me/" + w));
        createAccount(newAccount(organization, "https://vk.com/" + w));
        // the file is dated by the region's day (Saratov, UTC+4), not the server's: they differ 20:00-24:00 UTC
        java.time.ZoneId saratov = java.time.ZoneId.of("Europe/Saratov");
        java.time.LocalDate before = java.time.LocalDate.now(saratov);
        var response = anonymous()
                .header("Accept-Language", "en")
                .queryParam("format", "xlsx")
                .queryParam("organization", organization)
                .queryParam("sort", "name")
                .get("/api/v1/accounts/export")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract();
        java.time.LocalDate after = java.time.LocalDate.now(saratov);
        assertThat(response.header("Content-Disposition"))
                .isIn(
                        "attachment; filename=\"accounts-" + before + ".xlsx\"",
                        "attachment; filename=\"accounts-" + after + ".xlsx\"");
        byte[] xlsx = response.asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Record ID");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("External ID");
            assertThat(rows.get(0).getCellText(6)).isEqualTo("URL");
            assertThat(List.of(rows.get(1).getCellText(5), rows.get(2).getCellText(5)))
                    .containsExactlyInAnyOrder("Telegram", "VK");
            assertThat(rows.get(1).getCellText(10)).isEqualTo("Театр " + w);
            assertThat(rows.get(1).getCellText(8)).isEqualTo("yes");
        }
        // the export carries the record ids the import matches by: it comes back with no change
        coordinator(XLSX)
                .header("Accept-Language", "en")
                .queryParam("dryRun", true)
                .body(xlsx)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(200)
                .body("totals.errors", equalTo(0))
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED"));
    }

    @Test
    void exportNdjsonStreamsOneApiRecordPerLine() throws IOException {
        String word = token();
        String organization =
                createOrganization(newOrganization("Учреждение " + word)).getString("id");
        createAccount(newAccount(organization, vkUrl()));
        createAccount(newAccount(organization, "https://t.me/" + token()));
        var response = anonymous()
                .queryParam("format", "ndjson")
                .queryParam("organization", organization)
                .get("/api/v1/accounts/export");
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson"));
        java.util.List<String> lines = response.asString().lines().toList();
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(2);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            var record = mapper.readTree(line);
            org.assertj.core.api.Assertions.assertThat(
                            record.path("organization").path("id").asText())
                    .isEqualTo(organization);
            org.assertj.core.api.Assertions.assertThat(record.path("platform").asText())
                    .isIn("VK", "TELEGRAM");
        }
    }

    @Test
    void badExportFormatIs400() {
        anonymous()
                .queryParam("format", "pdf")
                .get("/api/v1/accounts/export")
                .then()
                .statusCode(400)
                .body("violations.field", contains("format"));
    }
}
