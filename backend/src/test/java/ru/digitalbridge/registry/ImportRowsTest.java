package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.digitalbridge.registry.ImportRows.CellError;
import ru.digitalbridge.registry.ImportTable.ImportRow;

class ImportRowsTest {
    private static final UUID BALAKOVO = UUID.fromString(Registry.BALAKOVO);
    private static final Function<String, UUID> MUNICIPALITIES = text -> text.equals("64-05") ? BALAKOVO : null;

    private static ImportRow row(String... keysAndValues) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            cells.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ImportRow(7, cells);
    }

    private static ImportRow organization(String... extra) {
        ImportRow base = row(
                "externalId",
                "e1",
                "name",
                "Школа",
                "kind",
                "Муниципальное учреждение",
                "sector",
                "education",
                "municipality",
                "64-05");
        Map<String, String> cells = new HashMap<>(base.cells());
        for (int i = 0; i < extra.length; i += 2) {
            if (extra[i + 1] == null) {
                cells.remove(extra[i]);
            } else {
                cells.put(extra[i], extra[i + 1]);
            }
        }
        return new ImportRow(7, cells);
    }

    @Test
    void aCompleteOrganizationRowHasNoErrors() {
        var parsed = ImportRows.organization(
                organization("inn", "7707 083 893", "ogrn", "1027700132195", "website", "School.ru"), MUNICIPALITIES);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.draft().kind()).isEqualTo(OrganizationKind.MUNICIPAL_INSTITUTION);
        assertThat(parsed.draft().sector()).isEqualTo(Sector.EDUCATION);
        assertThat(parsed.draft().municipalityId()).isEqualTo(BALAKOVO);
        assertThat(parsed.draft().inn()).isEqualTo("7707083893");
        assertThat(parsed.draft().website()).isEqualTo("https://school.ru");
    }

    @ParameterizedTest
    @CsvSource({
        "name, , name, registry.import.required",
        "kind, ракета, kind, registry.import.unknown-value",
        "sector, , sector, registry.import.required",
        "municipality, Москва, municipality, registry.import.unknown-municipality",
        "inn, 7707083894, inn, registry.inn.checksum",
        "inn, 123, inn, registry.inn.length",
        "ogrn, 1027700132196, ogrn, registry.ogrn.checksum",
        "website, 'a b', website, registry.website.invalid",
        "parentExternalId, e1, parentExternalId, registry.organization.parent-cycle",
    })
    void badOrganizationCellsAreReportedOnTheirColumn(String key, String value, String column, String messageKey) {
        var parsed = ImportRows.organization(organization(key, value), MUNICIPALITIES);
        assertThat(parsed.errors()).extracting(CellError::column).containsExactly(column);
        assertThat(parsed.errors()).extracting(CellError::messageKey).containsExactly(messageKey);
    }

    @Test
    void tooLongNameIsReported() {
        var parsed = ImportRows.organization(organization("name", "ш".repeat(501)), MUNICIPALITIES);
        assertThat(parsed.errors()).extracting(CellError::messageKey).containsExactly("registry.import.too-long");
    }

    @ParameterizedTest
    @CsvSource({
        "Социальная защита, SOCIAL",
        "жкх, HOUSING",
        "Housing and utilities, HOUSING",
        "transport, TRANSPORT",
        "  Транспорт   и дороги , TRANSPORT",
    })
    void sectorsByCodeOrRussianOrEnglishName(String text, Sector expected) {
        assertThat(Labelled.parse(Sector.class, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ВКонтакте, VK", "vk, VK", "Одноклассники, OK", "telegram, TELEGRAM", "Дзен, DZEN", "max, MAX"})
    void platformsByCodeOrName(String text, Platform expected) {
        assertThat(Labelled.parse(Platform.class, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "TELEGRAM, https://vk.com/club5, VK, registry.import.platform-mismatch",
        "myspace, https://vk.com/club5, VK, registry.import.platform-unknown-link-wins",
        "ВК, https://vk.com/club5, VK, ",
        "Телеграм, @school_news, TELEGRAM, ",
        "ТГ, tg://resolve?domain=school_news, TELEGRAM, ",
        "Макс, https://max.ru/u/AbC1, MAX, ",
        "Одноклассники, ok.ru/group/77, OK, ",
    })
    void theLinkDecidesThePlatformAndAMismatchIsAWarning(
            String platform, String url, Platform expected, String warning) {
        var parsed = ImportRows.account(
                row("organizationExternalId", "e1", "platform", platform, "url", url, "displayName", "Школа"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.draft().platform()).isEqualTo(expected);
        if (warning == null) {
            assertThat(parsed.warnings()).isEmpty();
        } else {
            assertThat(parsed.warnings()).extracting(CellError::messageKey).containsExactly(warning);
            assertThat(parsed.warnings()).extracting(CellError::column).containsExactly("platform");
        }
    }

    @Test
    void accountRowNormalisesTheUrlAndDefaults() {
        var parsed = ImportRows.account(
                row("organizationExternalId", "e1", "url", "m.vk.com/public5", "displayName", "Школа"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.draft().normalizedUrl()).isEqualTo("https://vk.com/club5");
        assertThat(parsed.draft().platform()).isEqualTo(Platform.VK);
        // absent cells stay absent: the service applies defaults only when it creates an account
        assertThat(parsed.draft().official()).isNull();
        assertThat(parsed.draft().status()).isNull();
        assertThat(parsed.draft().key()).isEqualTo("https://vk.com/club5");
    }

    @ParameterizedTest
    @CsvSource({
        "url, https://facebook.com/x, url, registry.url.unsupported-host",
        "url, vk.com, url, registry.url.no-account",
        "url, https://vk.com/wall-1_2, url, registry.url.post-link",
        "url, @school, url, registry.url.handle-without-platform",
        "official, может быть, official, registry.import.yes-no",
        "status, удалён, status, registry.import.unknown-value",
    })
    void badAccountCellsAreReportedOnTheirColumn(String key, String value, String column, String messageKey) {
        Map<String, String> cells = new HashMap<>(
                Map.of("organizationExternalId", "e1", "url", "https://vk.com/club5", "displayName", "Школа"));
        if (value == null) {
            cells.remove(key);
        } else {
            cells.put(key, value);
        }
        var parsed = ImportRows.account(new ImportRow(3, cells));
        assertThat(parsed.errors()).extracting(CellError::column).contains(column);
        assertThat(parsed.errors()).extracting(CellError::messageKey).contains(messageKey);
    }

    @ParameterizedTest
    @CsvSource({"да, true", "Нет, false", "TRUE, true", "0, false", "yes, true", "+, true"})
    void yesNo(String text, boolean expected) {
        assertThat(ImportRows.bool(text)).isEqualTo(expected);
    }

    @Test
    void municipalityAliases() {
        assertThat(ImportService.aliases("Балаковский муниципальный район"))
                .contains("Балаковский", "Балаковский район");
        assertThat(ImportService.aliases("Городской округ город Саратов")).contains("город Саратов", "Саратов");
        assertThat(ImportService.aliases("Городской округ ЗАТО Светлый")).contains("Светлый");
    }

    @Test
    void searchTextKeepsOnlyWordsAndMakesPrefixes() {
        assertThat(SearchText.of("  Школа №1, г. Саратов!  "))
                .isEqualTo(new SearchText(
                        "школа:* & 1:* & г:* & саратов:*", "школа 1 г саратов", List.of("школа", "саратов")));
        assertThat(SearchText.of("'); drop table account; --"))
                .isEqualTo(new SearchText("drop:* & table:* & account:*", "drop table account"));
        assertThat(SearchText.of(" ,.!")).isNull();
        assertThat(SearchText.of(null)).isNull();
        assertThat(SearchText.of("Ёлочка").phrase()).isEqualTo("елочка");
    }
}
