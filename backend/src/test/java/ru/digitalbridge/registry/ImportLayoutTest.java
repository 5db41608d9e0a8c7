package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.digitalbridge.registry.ImportTable.ImportRow;
import ru.digitalbridge.registry.ImportTable.TrailingRow;

/** Files as officials really send them: built here programmatically, read by {@link ImportTable}. */
class ImportLayoutTest {

    private static final String[] HEADER = {"Внешний ID", "Наименование", "Вид", "Отрасль", "Район", "ИНН"};

    private static byte[] workbook(WorkbookFiller filler) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "LibreOffice", "7.6");
        filler.fill(workbook);
        workbook.finish();
        return out.toByteArray();
    }

    interface WorkbookFiller {
        void fill(Workbook workbook) throws IOException;
    }

    private static void row(Worksheet sheet, int r, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                sheet.value(r, c, n);
            } else if (cells[c] != null) {
                sheet.value(r, c, (String) cells[c]);
            }
        }
    }

    /**
     * A title row and a blank line above the header, the district merged over three rows, a signature and
     * a note under the data.
     */
    @Test
    void titleAboveHeaderMergedDistrictAndSignatureUnderTheData() throws IOException {
        byte[] file = workbook(wb -> {
            Worksheet sheet = wb.newWorksheet("Лист1");
            row(sheet, 0, "Реестр организаций Саратовской области на 01.12.2026");
            sheet.range(0, 0, 0, 5).merge();
            row(sheet, 2, (Object[]) HEADER);
            row(
                    sheet,
                    3,
                    "e1",
                    "Школа № 1",
                    "Муниципальное учреждение",
                    "Образование",
                    "Балаковский район",
                    7707083893L);
            row(sheet, 4, "e2", "Школа № 2", "Муниципальное учреждение", "Образование");
            row(sheet, 5, "e3", "Школа № 3", "Муниципальное учреждение", "Образование");
            sheet.range(3, 4, 5, 4).merge();
            row(sheet, 6, "e4", "Больница", "Государственное учреждение", "Здравоохранение", "Саратов");
            row(sheet, 8, "Руководитель", null, "__________", null, "И. И. Иванов");
            row(sheet, 9, "Примечание: данные на 01.12.2026");
        });
        var table = ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of());
        assertThat(table.headerRow()).isEqualTo(3);
        assertThat(table.unknownHeaders()).isEmpty();
        assertThat(table.headers()).containsEntry("municipality", "Район");
        assertThat(table.rows()).extracting(ImportRow::number).containsExactly(4, 5, 6, 7);
        assertThat(table.rows())
                .extracting(r -> r.get("municipality"))
                .containsExactly("Балаковский район", "Балаковский район", "Балаковский район", "Саратов");
        assertThat(table.trailing())
                .extracting(TrailingRow::number, TrailingRow::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9, "Руководитель __________ И. И. Иванов"),
                        org.assertj.core.groups.Tuple.tuple(10, "Примечание: данные на 01.12.2026"));
    }

    @Test
    void dataOnTheSecondSheetIsFoundAndTheSheetCanBeChosen() throws IOException {
        byte[] file = workbook(wb -> {
            Worksheet notes = wb.newWorksheet("Пояснения");
            row(notes, 0, "Файл подготовлен отделом информатизации");
            Worksheet data = wb.newWorksheet("Организации");
            row(data, 0, (Object[]) HEADER);
            row(data, 1, "e1", "Школа", "OTHER", "OTHER", "64-01");
            Worksheet old = wb.newWorksheet("Старые");
            row(old, 0, (Object[]) HEADER);
            row(old, 1, "e9", "Лицей", "OTHER", "OTHER", "64-01");
            row(old, 2, "e10", "Гимназия", "OTHER", "OTHER", "64-01");
        });
        var first = ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of());
        assertThat(first.sheets()).containsExactly("Пояснения", "Организации", "Старые");
        assertThat(first.sheet()).isEqualTo("Организации");
        assertThat(first.rows()).hasSize(1);

        var byName = ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of(), " старые ");
        assertThat(byName.sheet()).isEqualTo("Старые");
        assertThat(byName.rows()).extracting(r -> r.get("externalId")).containsExactly("e9", "e10");
        var byNumber = ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of(), "3");
        assertThat(byNumber.sheet()).isEqualTo("Старые");

        assertThatThrownBy(() -> ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of(), "Нет такого"))
                .isInstanceOfSatisfying(
                        ImportTable.UnknownSheetException.class,
                        e -> assertThat(e.sheets()).containsExactly("Пояснения", "Организации", "Старые"));
    }

    /**
     * An ODS cell's value as the office wrote it: spaces ({@code text:s}), line breaks, spans and paragraphs of a
     * text; numbers as plain digits; percentages, dates and booleans; a comment is not the value. Identical rows saved
     * as one repeated row are read as that many rows; hidden and grouped rows are read like any other.
     */
    @Test
    void odsCellValuesRepeatsAndGroupedRows() {
        String header = OdsFiles.row(OdsFiles.texts("Внешний ID", "Наименование", "Сайт", "ИНН", "ОГРН", "Вид"));
        String rich = "<table:table-cell office:value-type=\"string\"><text:p>Школа<text:s text:c=\"2\"/>№"
                + "<text:s/>1<text:line-break/>корпус <text:span text:style-name=\"T1\">Б</text:span></text:p>"
                + "<text:p>литер<text:tab/>А</text:p>"
                + "<office:annotation><text:p>проверить</text:p></office:annotation></table:table-cell>";
        byte[] file = OdsFiles.spreadsheet(OdsFiles.table(
                "Лист1",
                "<table:table-header-rows>" + header + "</table:table-header-rows>",
                OdsFiles.row(
                        OdsFiles.text("e1"),
                        rich,
                        "<table:table-cell office:value-type=\"percentage\" office:value=\"0.15\"><text:p>15%"
                                + "</text:p></table:table-cell>",
                        OdsFiles.number("6450012345"),
                        "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-12-01\"><text:p>"
                                + "01.12.26</text:p></table:table-cell>",
                        "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>"
                                + "ИСТИНА</text:p></table:table-cell>"),
                "<table:table-row-group><table:table-row table:visibility=\"collapse\" table:number-rows-repeated=\"2\">"
                        + OdsFiles.texts("e2", "Скрытая", "x", "y", "z", "w")
                        + "</table:table-row></table:table-row-group>",
                "<table:table-row table:visibility=\"filter\">"
                        + OdsFiles.texts("e3", "Отфильтрованная")
                        + "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\">"
                        + "<text:p>то же</text:p></table:table-cell></table:table-row>"));
        var table = ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of());
        assertThat(table.sheets()).containsExactly("Лист1");
        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.rows()).extracting(ImportRow::number).containsExactly(2, 3, 4, 5);
        ImportRow first = table.rows().get(0);
        assertThat(first.get("name")).isEqualTo("Школа  № 1\nкорпус Б\nлитер\tА");
        assertThat(first.get("website")).isEqualTo("0.15");
        assertThat(first.get("inn")).isEqualTo("6450012345");
        assertThat(first.get("ogrn")).isEqualTo("2026-12-01");
        assertThat(first.get("kind")).isEqualTo("true");
        assertThat(table.rows().get(1).cells()).isEqualTo(table.rows().get(2).cells());
        assertThat(table.rows().get(3).cells())
                .containsEntry("website", "то же")
                .containsEntry("inn", "то же")
                .containsEntry("ogrn", "то же")
                .doesNotContainKey("kind");
    }

    /** Without a mimetype entry an ODS is told from an XLSX by its parts: content.xml and no xl/workbook.xml. */
    @Test
    void odsWithoutAMimetypeEntryIsStillAnOds() {
        byte[] file = OdsFiles.zip(
                OdsFiles.content(OdsFiles.table(
                        "Данные",
                        OdsFiles.row(OdsFiles.texts("Внешний ID", "Наименование")),
                        OdsFiles.row(OdsFiles.texts("e1", "Школа")))),
                null);
        assertThat(ImportTable.detect(file)).isEqualTo(ImportTable.Format.ODS);
        var table = ImportTable.read(file, ImportColumns.ORGANIZATIONS, List.of());
        assertThat(table.sheet()).isEqualTo("Данные");
        assertThat(table.rows()).extracting(r -> r.get("name")).containsExactly("Школа");
    }

    @Test
    void russianExcelCsvInWindows1251WithSemicolonsAndATitleLine() {
        String text = "Список организаций;;;;;\r\n"
                + "Внешний ID;Наименование;Вид;Отрасль;Муниципальное образование;ИНН\r\n"
                + "e1;\"Школа \"\"Радуга\"\"; корпус 2\";Муниципальное учреждение;Образование;Энгельсский район;7707 083 893\r\n"
                + ";;;;;\r\n"
                + "Исполнитель: Петрова А. А.;;;;;\r\n";
        var table = ImportTable.read(
                text.getBytes(Charset.forName("windows-1251")), ImportColumns.ORGANIZATIONS, List.of());
        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Школа \"Радуга\"; корпус 2");
        assertThat(ImportRows.digits(table.rows().get(0).get("inn"))).isEqualTo("7707083893");
        assertThat(table.trailing()).extracting(TrailingRow::text).containsExactly("Исполнитель: Петрова А. А.");
    }

    @Test
    void utf8WithBomAndNoBreakSpacesAroundCells() {
        String text = "\uFEFFВнешний ID,Наименование,Сайт организацыи\n e1\u00a0,\u00a0Школа\u00a0,school.ru\n";
        var table = ImportTable.read(text.getBytes(StandardCharsets.UTF_8), ImportColumns.ORGANIZATIONS, List.of());
        assertThat(table.rows().get(0).get("externalId")).isEqualTo("e1");
        assertThat(table.rows().get(0).get("name")).isEqualTo("Школа");
        assertThat(table.unknownHeaders()).containsExactly("Сайт организацыи");
        assertThat(table.rows().get(0).cells()).doesNotContainKey("website");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Сайт организацыи, Сайт",
        "Наименованье, Наименование",
        "ИННН, ИНН",
        "Внешний ИД, Внешний ID",
        "Webseit, Website",
    })
    void unknownHeadersGetTheNearestKnownOne(String header, String suggestion) {
        java.util.Locale locale =
                header.matches(".*[а-яА-Я].*") ? java.util.Locale.forLanguageTag("ru") : java.util.Locale.ENGLISH;
        assertThat(ImportColumns.ORGANIZATIONS.suggest(header, locale)).isEqualTo(suggestion);
    }

    @Test
    void nothingIsSuggestedForAnUnrelatedHeader() {
        assertThat(ImportColumns.ORGANIZATIONS.suggest("Директор", java.util.Locale.forLanguageTag("ru")))
                .isNull();
    }
}
