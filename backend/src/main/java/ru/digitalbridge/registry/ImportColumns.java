package ru.digitalbridge.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import file may carry, each with the header names accepted for it (English key
 * first, then the Russian header that exports write, then other Russian spellings).
 */
enum ImportColumns {
    ORGANIZATIONS(columns(
            "externalId", List.of("Внешний ID", "Внешний идентификатор", "external id"),
            "name", List.of("Наименование", "Полное наименование", "Название организации"),
            "shortName", List.of("Краткое наименование", "Сокращённое наименование", "short name"),
            "kind", List.of("Вид", "Вид организации", "Тип организации", "organization kind"),
            "sector", List.of("Отрасль", "Сфера"),
            "municipality", List.of("Муниципальное образование", "Муниципалитет", "Район"),
            "website", List.of("Сайт", "Веб-сайт", "web site"),
            "inn", List.of("ИНН"),
            "ogrn", List.of("ОГРН", "ОГРНИП"),
            "parentExternalId",
                    List.of("Внешний ID вышестоящей организации", "Вышестоящая организация", "parent external id"))),
    ACCOUNTS(columns(
            "externalId", List.of("Внешний ID", "Внешний идентификатор", "external id"),
            "organizationExternalId", List.of("Внешний ID организации", "organization external id"),
            "organizationInn", List.of("ИНН организации", "ИНН", "organization inn"),
            "platform", List.of("Платформа", "Соцсеть", "Социальная сеть"),
            "url", List.of("Ссылка", "Адрес", "URL аккаунта", "Ссылка на аккаунт"),
            "displayName", List.of("Название аккаунта", "Название", "Наименование", "display name"),
            "official", List.of("Официальный", "Официальный аккаунт"),
            "status", List.of("Статус"),
            "organizationName", List.of("Организация", "organization name"),
            "municipality", List.of("Муниципальное образование", "Муниципалитет", "Район")));

    private final Map<String, List<String>> aliases;

    ImportColumns(Map<String, List<String>> aliases) {
        this.aliases = aliases;
    }

    /** Column keys in file order (the order exports use). */
    List<String> keys() {
        return List.copyOf(aliases.keySet());
    }

    /** The header an export writes for a column. */
    String header(String key, Locale locale) {
        return "en".equals(locale.getLanguage()) ? key : aliases.get(key).get(0);
    }

    /** The column key a header names, or null when the header is not one of ours. */
    String keyOf(String header) {
        String wanted = fold(header);
        for (var entry : aliases.entrySet()) {
            if (fold(entry.getKey()).equals(wanted)) {
                return entry.getKey();
            }
            for (String alias : entry.getValue()) {
                if (fold(alias).equals(wanted)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    static String fold(String header) {
        return header == null
                ? ""
                : header.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Map<String, List<String>> columns(Object... keysAndAliases) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAliases.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) keysAndAliases[i + 1];
            map.put((String) keysAndAliases[i], aliases);
        }
        return map;
    }
}
