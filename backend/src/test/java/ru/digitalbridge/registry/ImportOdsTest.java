package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static ru.digitalbridge.registry.OdsFiles.empty;
import static ru.digitalbridge.registry.OdsFiles.emptyRows;
import static ru.digitalbridge.registry.OdsFiles.number;
import static ru.digitalbridge.registry.OdsFiles.row;
import static ru.digitalbridge.registry.OdsFiles.table;
import static ru.digitalbridge.registry.OdsFiles.text;
import static ru.digitalbridge.registry.OdsFiles.texts;
import static ru.digitalbridge.registry.Registry.countOrganizations;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/**
 * OpenDocument spreadsheets (.ods) through the import endpoints, written here the way LibreOffice, МойОфис and
 * Р7-Офис save them ({@link OdsFiles}): the same reading as an XLSX workbook, and the same refusals of what is not
 * a table or holds more than an import reads.
 */
@QuarkusTest
class ImportOdsTest {
    private static final String[] HEADER = {"Внешний ID", "Наименование", "Вид", "Отрасль", "Район", "ИНН"};

    private static RequestSpecification coordinator(String contentType) {
        return as(Role.COORDINATOR).contentType(contentType);
    }

    /** An INN with a correct check digit that survives being a number (no leading zero). */
    private static String inn() {
        String inn;
        do {
            inn = Registry.randomInn();
        } while (inn.startsWith("0"));
        return inn;
    }

    private static String merged(String value, int rows) {
        return "<table:table-cell table:number-rows-spanned=\"" + rows + "\" table:number-columns-spanned=\"1\""
                + " office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    private static final String COVERED = "<table:covered-table-cell/>";

    /**
     * The demo-like file: notes on the first sheet; on the second a title merged across the table, a blank line, the
     * header, the district merged down three rows, INNs as numbers (one in the exponent form a writer may use),
     * empty rows between the data, a signature line, and LibreOffice's repeats up to the sheet's edge.
     */
    @Test
    void titleMergedDistrictInnNumbersAndSignatureOnTheSecondSheet() {
        String w = token();
        String inn1 = inn();
        String inn2 = inn();
        String inn3 = inn();
        String exponent = inn2.charAt(0) + "." + inn2.substring(1) + "E9";
        byte[] file = OdsFiles.spreadsheet(
                table("Пояснения", row(text("Файл подготовлен отделом информатизации"))),
                table(
                        "Организации",
                        row("<table:table-cell table:number-columns-spanned=\"6\" office:value-type=\"string\">"
                                + "<text:p>Реестр организаций на 01.12.2026</text:p></table:table-cell>"
                                + "<table:covered-table-cell table:number-columns-repeated=\"5\"/>"),
                        emptyRows(1),
                        row(texts(HEADER)),
                        row(
                                texts(w + "-1", "Школа № 1 " + w, "Муниципальное учреждение", "Образование"),
                                merged("Балаковский район", 3),
                                number(inn1)),
                        row(
                                texts(w + "-2", "Школа № 2 " + w, "Муниципальное учреждение", "Образование"),
                                COVERED,
                                number(exponent)),
                        row(
                                texts(w + "-3", "Школа № 3 " + w, "Муниципальное учреждение", "Образование"),
                                COVERED,
                                number(inn3)),
                        emptyRows(2),
                        row(texts(
                                w + "-4", "Больница " + w, "Государственное учреждение", "Здравоохранение", "Саратов")),
                        row(text("Руководитель"), empty(1), text("__________"), empty(1), text("И. И. Иванов"))));

        coordinator(OdsFiles.TYPE)
                .queryParam("dryRun", true)
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("sheets", contains("Пояснения", "Организации"))
                .body("sheet", equalTo("Организации"))
                .body("headerRow", equalTo(3))
                .body("ignoredColumns", org.hamcrest.Matchers.empty())
                .body("rows.row", contains(4, 5, 6, 9))
                .body("rows.outcome", contains("CREATED", "CREATED", "CREATED", "CREATED"))
                .body("rows.key", contains(w + "-1", w + "-2", w + "-3", w + "-4"))
                .body("trailingRows.row", contains(10))
                .body("trailingRows.text", contains("Руководитель __________ И. И. Иванов"));
        assertThat(countOrganizations(w)).isZero();

        coordinator("application/octet-stream")
                .queryParam("sheet", "2")
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("totals.created", equalTo(4));
        JsonPath stored = as(Role.COORDINATOR)
                .queryParam("q", w)
                .queryParam("sort", "name")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> byExternalId = new java.util.HashMap<>();
        for (Map<String, Object> item : stored.<Map<String, Object>>getList("items")) {
            byExternalId.put((String) item.get("externalId"), item);
        }
        assertThat(byExternalId).hasSize(4);
        assertThat(byExternalId.get(w + "-1").get("inn")).isEqualTo(inn1);
        assertThat(byExternalId.get(w + "-2").get("inn")).isEqualTo(inn2);
        assertThat(byExternalId.get(w + "-3").get("inn")).isEqualTo(inn3);
        for (String id : List.of(w + "-1", w + "-2", w + "-3")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> municipality =
                    (Map<String, Object>) byExternalId.get(id).get("municipality");
            assertThat(municipality.get("id")).isEqualTo(Registry.BALAKOVO);
        }
    }

    /** The same table saved as XLSX and as ODS gives the same dry-run report, errors included. */
    @Test
    void theSameTableAsXlsxAndAsOdsGivesTheSameDryRun() throws IOException {
        String w = token();
        String inn = inn();
        String badInn = inn.substring(0, 9) + ((inn.charAt(9) - '0' + 1) % 10);
        Object[][] data = {
            {w + "-1", "Школа " + w, "Муниципальное учреждение", "Образование", "Балаковский район", Long.valueOf(inn)},
            {w + "-2", "Лицей " + w, "Муниципальное учреждение", "Образование", null, Long.valueOf(badInn)},
            {w + "-3", "Театр " + w, "Wrong kind", "Культура", "Саратов", null},
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "LibreOffice", "7.6");
        Worksheet sheet = workbook.newWorksheet("Реестр");
        sheet.value(0, 0, "Реестр организаций");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.value(2, c, HEADER[c]);
        }
        StringBuilder odsRows = new StringBuilder();
        for (int r = 0; r < data.length; r++) {
            StringBuilder cells = new StringBuilder();
            for (int c = 0; c < data[r].length; c++) {
                Object value = data[r][c];
                if (value instanceof Long n) {
                    sheet.value(3 + r, c, n);
                    cells.append(number(n.toString()));
                } else if (r == 0 && c == 4) {
                    sheet.value(3 + r, c, (String) value);
                    cells.append(merged((String) value, 2));
                } else if (r == 1 && c == 4) {
                    cells.append(COVERED);
                } else {
                    if (value != null) {
                        sheet.value(3 + r, c, (String) value);
                    }
                    cells.append(text((String) value));
                }
            }
            odsRows.append(row(cells.toString()));
        }
        sheet.range(3, 4, 4, 4).merge();
        sheet.value(7, 0, "Исполнитель: Петрова А. А.");
        workbook.finish();
        byte[] ods = OdsFiles.spreadsheet(table(
                "Реестр",
                row(text("Реестр организаций")),
                emptyRows(1),
                row(texts(HEADER)),
                odsRows.toString(),
                emptyRows(1),
                row(text("Исполнитель: Петрова А. А."))));

        String fromXlsx = dryRun(ImportTable.XLSX_TYPE, out.toByteArray());
        String fromOds = dryRun(OdsFiles.TYPE, ods);
        assertThat(fromOds).isEqualTo(fromXlsx);
        JsonPath report = JsonPath.from(fromOds);
        assertThat(report.getList("rows.outcome")).containsExactly("CREATED", "ERROR", "ERROR");
        assertThat(report.getList("trailingRows.text")).containsExactly("Исполнитель: Петрова А. А.");
    }

    private static String dryRun(String type, byte[] file) {
        return coordinator(type)
                .queryParam("dryRun", true)
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** A DOCTYPE with an external entity is refused: nothing of the referenced file is read or shown. */
    @Test
    void externalEntitiesAreNotResolved() {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + OdsFiles.content(table("Лист1", row(texts(HEADER)), row(texts("&xxe;", "Школа", "OTHER"))))
                        .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".length())
                        .replace("&amp;xxe;", "&xxe;");
        assertThat(content).contains("<text:p>&xxe;</text:p>");
        coordinator(OdsFiles.TYPE)
                .queryParam("dryRun", true)
                .body(OdsFiles.zip(content, OdsFiles.TYPE))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-import-file"))
                .body(not(containsString("root:")));
    }

    /** A value repeated over a whole sheet is refused with 413 before it fills the memory. */
    @Test
    void aValueRepeatedOverTheWholeSheetIs413() {
        String w = token();
        byte[] file = OdsFiles.spreadsheet(table(
                "Лист1",
                row(texts(HEADER)),
                "<table:table-row table:number-rows-repeated=\"1048575\">"
                        + "<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\">"
                        + "<text:p>" + w + "</text:p></table:table-cell></table:table-row>"));
        assertThat(file.length).isLessThan(4096);
        coordinator(OdsFiles.TYPE)
                .header("Accept-Language", "en")
                .body(file)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/import-too-large"))
                .body("detail", containsString("million cells"));
        assertThat(countOrganizations(w)).isZero();
    }

    /** A small file whose content.xml unpacks past the limit (a zip bomb) is refused with 413 while unpacking. */
    @Test
    void contentXmlUnpackingPastTheLimitIs413() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(OdsFiles.TYPE.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            String content = OdsFiles.content(table("Лист1", row(texts(HEADER)), "@ROWS@"));
            zip.write(content.substring(0, content.indexOf("@ROWS@")).getBytes(StandardCharsets.UTF_8));
            byte[] emptyRows = "<table:table-row/>".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            long written = 0;
            while (written <= ImportOds.MAX_CONTENT_BYTES) {
                zip.write(emptyRows);
                written += emptyRows.length;
            }
            zip.write(content.substring(content.indexOf("@ROWS@") + "@ROWS@".length())
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out.size()).isLessThan(ImportService.MAX_BYTES);
        coordinator("application/octet-stream")
                .queryParam("dryRun", true)
                .body(out.toByteArray())
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/import-too-large"));
    }

    /** A text document (.odt) is a zip with content.xml too, but no table: 415 naming the formats that are. */
    @Test
    void anOpenDocumentTextIsNotATable() {
        byte[] odt = OdsFiles.zip(OdsFiles.content(""), "application/vnd.oasis.opendocument.text");
        coordinator("application/octet-stream")
                .body(odt)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(415)
                .body("type", equalTo("/problems/unsupported-import-file"))
                .body("detail", containsString("ODS"));
    }
}
