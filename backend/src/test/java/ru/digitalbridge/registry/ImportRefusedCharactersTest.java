package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.registry.Registry.countAccounts;
import static ru.digitalbridge.registry.Registry.countOrganizations;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.digitalbridge.security.Role;

/**
 * Cells of imported files follow the same character rule as request bodies ({@code ClientText}): a NUL, a bidi
 * override or a zero-width character in any cell is an error on that row and column of the dry-run report, the
 * only one on that cell, and nothing of the file is written.
 */
@QuarkusTest
class ImportRefusedCharactersTest {
    private static final List<String> ORGANIZATION_HEADER =
            List.of("Внешний ID", "Наименование", "Вид", "Отрасль", "Муниципальное образование");

    /**
     * Rows of text cells as a CSV (;) or a one-sheet XLSX workbook. In a workbook a control character is written as
     * Excel writes it, {@code _xHHHH_} (XML cannot hold U+0000).
     */
    private static byte[] file(String format, List<List<String>> rows) throws IOException {
        if (format.equals("csv")) {
            StringBuilder csv = new StringBuilder();
            rows.forEach(row -> csv.append(String.join(";", row)).append('\n'));
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Лист1");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, excelEscaped(rows.get(r).get(c)));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static String excelEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x20 ? String.format("_x%04X_", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    private static String type(String format) {
        return format.equals("csv") ? "text/csv" : ImportTable.XLSX_TYPE;
    }

    @ParameterizedTest(name = "{0}: {1} in column {2}")
    @CsvSource({
        "csv, 0000, 1, Наименование",
        "csv, 202E, 1, Наименование",
        "csv, 200B, 0, Внешний ID",
        "xlsx, 0000, 1, Наименование",
        "xlsx, 2066, 4, Муниципальное образование",
        "xlsx, 200B, 0, Внешний ID",
    })
    void aRefusedCharacterInAnOrganizationCellIsReportedOnItsRowAndColumn(
            String format, String hex, int column, String header) throws IOException {
        String w = token();
        String character = String.valueOf((char) Integer.parseInt(hex, 16));
        List<String> bad = new java.util.ArrayList<>(
                List.of(w + "-2", "Школа " + w, "Муниципальное учреждение", "Образование", "Балаковский район"));
        bad.set(column, bad.get(column).replaceFirst(" |$", character + (column == 0 ? "" : " ")));
        byte[] body = file(
                format,
                List.of(
                        ORGANIZATION_HEADER,
                        List.of(w + "-1", "Лицей " + w, "Муниципальное учреждение", "Образование", "Балаковский район"),
                        bad));
        as(Role.COORDINATOR)
                .contentType(type(format))
                .queryParam("dryRun", true)
                .body(body)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("totals.errors", equalTo(1))
                .body("rows.outcome", contains("CREATED", "ERROR"))
                .body("rows[1].row", equalTo(3))
                .body("rows[1].errors", hasSize(1))
                .body("rows[1].errors[0].column", equalTo(header))
                .body("rows[1].errors[0].message", containsString("U+" + hex));
        as(Role.COORDINATOR)
                .contentType(type(format))
                .header("Accept-Language", "en")
                .body(body)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows[1].errors[0].message", containsString("U+" + hex));
        assertThat(countOrganizations(w)).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"csv, 200B", "csv, 0000", "xlsx, 202D", "xlsx, FEFF"})
    void aRefusedCharacterInAnAccountCellIsReported(String format, String hex) throws IOException {
        String w = token();
        String character = String.valueOf((char) Integer.parseInt(hex, 16));
        var organization = newOrganization("Клуб " + w);
        organization.put("externalId", "org-" + w);
        createOrganization(organization);
        byte[] body = file(
                format,
                List.of(
                        List.of("Внешний ID организации", "Ссылка", "Название аккаунта"),
                        List.of("org-" + w, "https://vk.com/a" + w, "Клуб " + w),
                        List.of("org-" + w, "https://vk.com/b" + w + character + "x", "Клуб " + w + " 2")));
        as(Role.COORDINATOR)
                .contentType(type(format))
                .body(body)
                .post("/api/v1/accounts/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(false))
                .body("rows.outcome", contains("CREATED", "ERROR"))
                .body("rows[1].errors", hasSize(1))
                .body("rows[1].errors[0].column", equalTo("Ссылка"))
                .body("rows[1].errors[0].message", containsString("U+" + hex));
        assertThat(countAccounts(w)).isZero();
    }
}
