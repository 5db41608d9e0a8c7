package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.registry.ImportTable.ImportRow;
import ru.digitalbridge.registry.ImportTable.UnsupportedFileException;

class ImportTableTest {
    @Test
    void excelEscapesOfCharactersXmlCannotHoldAreDecoded() {
        assertThat(ImportTable.unescape("a_x0000_b_x202E_c")).isEqualTo("a\u0000b\u202Ec");
        assertThat(ImportTable.unescape("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(ImportTable.unescape("plain_x_text")).isEqualTo("plain_x_text");
    }

    @Test
    void aFewControlCharactersAreCellsToReportManyAreABinaryFile() {
        assertThat(ImportTable.decode("name;inn\nШкола\u0000 1;\n".getBytes(StandardCharsets.UTF_8)))
                .contains("\u0000");
        byte[] binary = new byte[400];
        new Random(7).nextBytes(binary);
        assertThatThrownBy(() -> ImportTable.decode(binary)).isInstanceOf(UnsupportedFileException.class);
    }

    private static final List<String> REQUIRED = ImportRows.ORGANIZATION_REQUIRED;

    private static ImportTable csv(String text) {
        return ImportTable.read(text.getBytes(StandardCharsets.UTF_8), ImportColumns.ORGANIZATIONS, REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ",", "\t"})
    void readsCsvWithAnyCommonDelimiter(String d) {
        var table = csv(String.join(d, "externalId", "name", "kind", "sector", "municipality") + "\n"
                + String.join(d, "e1", "\"Школа № 1; корпус 2, литер А\"", "OTHER", "EDUCATION", "64-05") + "\n");
        assertThat(table.missingColumns()).isEmpty();
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cells())
                .containsEntry("externalId", "e1")
                .containsEntry("name", "Школа № 1; корпус 2, литер А")
                .containsEntry("municipality", "64-05");
        assertThat(table.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void acceptsUtf8WithBomAndRussianHeaders() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body =
                ("Внешний ID;Наименование;Краткое наименование;Вид;Отрасль;Муниципальное образование;ИНН;ОГРН;Сайт\r\n"
                                + "e1;Школа;СОШ;Муниципальное учреждение;Образование;Балаковский район;7707083893;1027700132195;school.ru\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        var table = ImportTable.read(content, ImportColumns.ORGANIZATIONS, REQUIRED);
        assertThat(table.unknownHeaders()).isEmpty();
        assertThat(table.missingColumns()).isEmpty();
        assertThat(table.rows().get(0).cells())
                .containsEntry("externalId", "e1")
                .containsEntry("shortName", "СОШ")
                .containsEntry("kind", "Муниципальное учреждение")
                .containsEntry("inn", "7707083893")
                .containsEntry("website", "school.ru");
    }

    @Test
    void acceptsWindows1251AsRussianExcelSavesCsv() {
        byte[] content = "externalId;name;kind;sector;municipality\ne1;Больница;OTHER;HEALTH;64-01\n"
                .getBytes(Charset.forName("windows-1251"));
        var table = ImportTable.read(content, ImportColumns.ORGANIZATIONS, REQUIRED);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Больница");
    }

    @ParameterizedTest
    @CsvSource({
        "ВНЕШНИЙ ID, externalId",
        "внешний id, externalId",
        "external_id, externalId",
        "Наименование*, name",
        "Сокращённое наименование, shortName",
        "сокращенное наименование, shortName",
        "Муниципалитет, municipality",
        "ОГРНИП, ogrn",
        "Веб-сайт, website",
        "parentExternalId, parentExternalId",
    })
    void matchesHeadersLoosely(String header, String key) {
        assertThat(ImportColumns.ORGANIZATIONS.keyOf(header)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "Ссылка, url",
        "Платформа, platform",
        "ИНН организации, organizationInn",
        "Официальный, official",
        "Название аккаунта, displayName"
    })
    void matchesAccountHeaders(String header, String key) {
        assertThat(ImportColumns.ACCOUNTS.keyOf(header)).isEqualTo(key);
    }

    @Test
    void reportsMissingAndUnknownColumnsAndSkipsBlankRows() {
        var table = csv("name;kind;Директор\n\nШкола;OTHER;Иванов\n;;\nБольница;OTHER;\n");
        assertThat(table.missingColumns()).containsExactly("sector", "municipality");
        assertThat(table.unknownHeaders()).containsExactly("Директор");
        assertThat(table.rows()).extracting(ImportRow::number).containsExactly(3, 5);
        assertThat(table.rows().get(0).cells()).doesNotContainKey("Директор");
    }

    @Test
    void quotedMultilineCellsKeepLaterRowNumbersRight() {
        var table = csv(
                "externalId,name,kind,sector,municipality\ne1,\"Школа\nкорпус 2\",OTHER,OTHER,64-01\ne2,Лицей,OTHER,OTHER,64-01\n");
        assertThat(table.rows()).extracting(ImportRow::number).containsExactly(2, 4);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Школа\nкорпус 2");
    }

    @Test
    void exportedFormulaGuardIsUndone() {
        var table = csv("externalId;name;kind;sector;municipality\n'=e1;'+Школа;OTHER;OTHER;64-01\n");
        assertThat(table.rows().get(0).get("externalId")).isEqualTo("=e1");
        assertThat(table.rows().get(0).get("name")).isEqualTo("+Школа");
    }

    @Test
    void readsXlsxWithNumbersAsPlainDigits() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Лист1");
        String[] headers = {"Внешний ID", "Наименование", "Вид", "Отрасль", "Муниципальное образование", "ИНН", "ОГРН"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        sheet.value(1, 0, 101);
        sheet.value(1, 1, "Детский сад № 5");
        sheet.value(1, 2, "OTHER");
        sheet.value(1, 3, "Образование");
        sheet.value(1, 4, "64-05");
        sheet.value(1, 5, 7707083893L);
        sheet.value(1, 6, 1027700132195L);
        sheet.value(3, 1, "Школа");
        workbook.finish();
        byte[] content = out.toByteArray();
        assertThat(ImportTable.detect(content)).isEqualTo(ImportTable.Format.XLSX);
        var table = ImportTable.read(content, ImportColumns.ORGANIZATIONS, REQUIRED);
        assertThat(table.missingColumns()).isEmpty();
        assertThat(table.rows()).extracting(ImportRow::number).containsExactly(2);
        // one cell under the data is not a data row: set aside and reported
        assertThat(table.trailing()).extracting(ImportTable.TrailingRow::number).containsExactly(4);
        assertThat(table.rows().get(0).cells())
                .containsEntry("externalId", "101")
                .containsEntry("inn", "7707083893")
                .containsEntry("ogrn", "1027700132195")
                .containsEntry("sector", "Образование");
    }

    @Test
    void refusesWhatIsNeitherCsvNorXlsx() {
        assertThatThrownBy(() -> ImportTable.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isInstanceOf(UnsupportedFileException.class);
        assertThatThrownBy(() -> ImportTable.detect(new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3}))
                .isInstanceOf(UnsupportedFileException.class);
        assertThatThrownBy(() -> ImportTable.detect("   \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedFileException.class);
        assertThatThrownBy(() ->
                        ImportTable.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, ImportColumns.ORGANIZATIONS, REQUIRED))
                .isInstanceOf(UnsupportedFileException.class);
    }

    @ParameterizedTest
    @CsvSource({"'a;b,c;d', ';'", "'a,b,c;d', ','", "'\"a;b\",c,d', ','", "'a\tb\tc', '\t'", "'abc', ';'"})
    void detectsTheDelimiterFromTheHeaderLine(String header, char expected) {
        assertThat(ImportTable.delimiter(header + "\nx;y;z")).isEqualTo(expected);
    }

    /** Random cells written as CSV with either delimiter, with quotes where needed, come back unchanged. */
    @Test
    void randomTablesRoundTripThroughCsv() {
        Random random = new Random(41L);
        String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяABCxyz0123456789 ;,\"№-'.";
        for (int round = 0; round < 300; round++) {
            String d = random.nextBoolean() ? ";" : ",";
            List<Map<String, String>> expected = new ArrayList<>();
            StringBuilder text = new StringBuilder(String.join(d, ImportColumns.ORGANIZATIONS.keys())).append("\r\n");
            int rows = 1 + random.nextInt(8);
            for (int r = 0; r < rows; r++) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                List<String> cells = new ArrayList<>();
                for (String key : ImportColumns.ORGANIZATIONS.keys()) {
                    StringBuilder cell = new StringBuilder();
                    int length = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(20);
                    for (int i = 0; i < length; i++) {
                        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String value = cell.toString().strip();
                    if (value.startsWith("'")) {
                        value = "x" + value;
                    }
                    if (r == 0 && key.equals("externalId")) {
                        value = UUID.randomUUID().toString();
                    }
                    if (!value.isEmpty()) {
                        row.put(key, value);
                    }
                    cells.add("\"" + value.replace("\"", "\"\"") + "\"");
                }
                if (!row.isEmpty()) {
                    expected.add(row);
                }
                text.append(String.join(d, cells)).append("\r\n");
            }
            var table = csv(text.toString());
            // sparse rows at the end may be set aside as trailing (not data): every row is in one or the other
            assertThat(table.rows())
                    .extracting(ImportRow::cells)
                    .as(text.toString())
                    .containsExactlyElementsOf(expected.subList(0, table.rows().size()));
            assertThat(table.rows().size() + table.trailing().size())
                    .as(text.toString())
                    .isEqualTo(expected.size());
        }
    }
}
