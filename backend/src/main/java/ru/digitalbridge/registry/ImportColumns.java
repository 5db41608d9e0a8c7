package ru.digitalbridge.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import file may carry, each with the header names accepted for it: the Russian header
 * that exports write first, then the English one, then other spellings people use. Headers are compared
 * folded (case, ё/е, spaces and punctuation ignored), so «Внешний ID» and «внешний id» are one header and
 * the English header of a column folds to its key.
 */
public enum ImportColumns {
    ORGANIZATIONS(columns(
            "id", List.of("ID записи", "Record ID", "Идентификатор записи", "UUID"),
            "externalId", List.of("Внешний ID", "External ID", "Внешний идентификатор"),
            "name", List.of("Наименование", "Name", "Полное наименование", "Название организации"),
            "shortName", List.of("Краткое наименование", "Short name", "Сокращённое наименование"),
            "kind", List.of("Вид", "Kind", "Вид организации", "Тип организации", "Organization kind"),
            "sector", List.of("Отрасль", "Sector", "Сфера"),
            "municipality", List.of("Муниципальное образование", "Municipality", "Муниципалитет", "Район"),
            "website", List.of("Сайт", "Website", "Веб-сайт", "Сайт организации", "Официальный сайт"),
            "inn", List.of("ИНН", "INN"),
            "ogrn", List.of("ОГРН", "OGRN", "ОГРНИП"),
            "kpp", List.of("КПП", "KPP"),
            "parentId", List.of("ID записи вышестоящей организации", "Parent record ID"),
            "parentExternalId",
                    List.of("Внешний ID вышестоящей организации", "Parent external ID", "Вышестоящая организация"))),
    ACCOUNTS(columns(
            "id", List.of("ID записи", "Record ID", "Идентификатор записи", "UUID"),
            "externalId", List.of("Внешний ID", "External ID", "Внешний идентификатор"),
            "organizationId", List.of("ID записи организации", "Organization record ID"),
            "organizationExternalId", List.of("Внешний ID организации", "Organization external ID"),
            "organizationInn", List.of("ИНН организации", "Organization INN", "ИНН"),
            "platform", List.of("Платформа", "Platform", "Соцсеть", "Социальная сеть"),
            "url", List.of("Ссылка", "URL", "Адрес", "URL аккаунта", "Ссылка на аккаунт"),
            "displayName", List.of("Название аккаунта", "Display name", "Название", "Наименование"),
            "official", List.of("Официальный", "Official", "Официальный аккаунт"),
            "status", List.of("Статус", "Status"),
            "organizationName", List.of("Организация", "Organization name"),
            "municipality", List.of("Муниципальное образование", "Municipality", "Муниципалитет", "Район"),
            "move", List.of("Перенести в организацию", "Move to organization", "Перенос", "Move"))),
    /** Learners enrolled into a training cohort (see ru.digitalbridge.training.EnrolmentImport). */
    LEARNERS(columns(
            "surname", List.of("Фамилия", "Surname", "Last name"),
            "name", List.of("Имя", "Name", "First name"),
            "patronymic", List.of("Отчество", "Patronymic", "Middle name"),
            "email", List.of("Электронная почта", "E-mail", "Email", "Почта", "Эл. почта", "Адрес электронной почты"),
            "phone", List.of("Телефон", "Phone", "Мобильный телефон"),
            "organizationInn", List.of("ИНН организации", "Organization INN", "ИНН"),
            "volunteer", List.of("Волонтёр", "Volunteer"),
            "position", List.of("Должность", "Position"),
            "birthDate", List.of("Дата рождения", "Birth date", "Date of birth"),
            "snils", List.of("СНИЛС", "SNILS"),
            "educationLevel", List.of("Уровень образования", "Education level", "Образование"),
            "diplomaSurname", List.of("Фамилия в дипломе", "Surname in diploma", "Фамилия в документе об образовании"),
            "consentDate", List.of("Дата согласия", "Consent date", "Дата согласия на обработку ПДн"),
            "consentVersion", List.of("Версия согласия", "Consent version", "Версия текста согласия")));

    /** Columns that exports write but imports only read for information (never stored from the file). */
    static final List<String> INFORMATIONAL = List.of("organizationName", "municipality");

    private final Map<String, List<String>> aliases;

    ImportColumns(Map<String, List<String>> aliases) {
        this.aliases = aliases;
    }

    /** Column keys in file order (the order exports use). */
    public List<String> keys() {
        return List.copyOf(aliases.keySet());
    }

    /** The header an export writes for a column, and the name messages use for a column the file lacks. */
    public String header(String key, Locale locale) {
        List<String> names = aliases.get(key);
        if (names == null) {
            return key;
        }
        return "en".equals(locale.getLanguage()) ? names.get(1) : names.get(0);
    }

    /** The column key a header names, or null when the header is not one of ours. */
    String keyOf(String header) {
        String wanted = fold(header);
        if (wanted.isEmpty()) {
            return null;
        }
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

    /**
     * The known header nearest to an unknown one (edit distance on folded headers), in the user's
     * language, or null when nothing is close enough to be a plausible misspelling.
     */
    public String suggest(String header, Locale locale) {
        String wanted = fold(header);
        if (wanted.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var entry : aliases.entrySet()) {
            for (String alias : entry.getValue()) {
                String folded = fold(alias);
                int distance = distance(wanted, folded);
                if (folded.length() >= 3 && (wanted.contains(folded) || folded.contains(wanted))) {
                    distance = Math.min(distance, Math.abs(wanted.length() - folded.length()) / 2);
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = entry.getKey();
                }
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= allowed ? header(best, locale) : null;
    }

    static String fold(String header) {
        return header == null
                ? ""
                : header.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
