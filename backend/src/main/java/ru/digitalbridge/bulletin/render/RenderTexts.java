package ru.digitalbridge.bulletin.render;

import java.util.Locale;
import java.util.Map;

/** The renderer's fixed words in Russian (default) and English. */
final class RenderTexts {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("issue", new String[] {"Выпуск №", "Issue No."}),
            Map.entry("period", new String[] {"Период", "Period"}),
            Map.entry("published", new String[] {"Опубликован", "Published"}),
            Map.entry("revision", new String[] {"редакция", "revision"}),
            Map.entry("chartTable", new String[] {"Данные диаграммы", "Chart data"}),
            Map.entry("chartDesc", new String[] {
                "Столбчатая диаграмма; те же значения приведены в таблице ниже.",
                "Bar chart; the same values are given in the table below."
            }),
            Map.entry("personal", new String[] {"Раздел для организации", "Section for the organisation"}),
            Map.entry("personalNote", new String[] {
                "Этот раздел адресован только сотрудникам организации «%s» и не входит в публичный выпуск.",
                "This section is addressed only to the people of «%s» and is not part of the public issue."
            }),
            Map.entry("readOnline", new String[] {"Читать выпуск на сайте", "Read the issue online"}),
            Map.entry("pdf", new String[] {"PDF-версия", "PDF version"}),
            Map.entry("unsubscribe", new String[] {"Отписаться от рассылки", "Unsubscribe"}),
            Map.entry("preferences", new String[] {"Настройки подписки", "Subscription preferences"}),
            Map.entry("why", new String[] {
                "Вы получили это письмо, потому что подписаны на бюллетень «%s».",
                "You receive this e-mail because you subscribed to «%s»."
            }),
            Map.entry("footer", new String[] {
                "Цифровой мост — информационный бюллетень рекомендаций. Опубликованный выпуск не меняется; исправления выходят новой редакцией с пояснением.",
                "Digital Bridge — informational bulletin of recommendations. A published issue does not change; corrections come as a new revision with a note."
            }),
            Map.entry("allSeries", new String[] {"Цифровой мост: все бюллетени", "Digital Bridge: all bulletins"}),
            Map.entry("publisher", new String[] {"Цифровой мост", "Digital Bridge"}),
            Map.entry("fixed", new String[] {"Исправлено", "Fixed"}),
            Map.entry("notFixed", new String[] {"Не исправлено", "Not fixed"}),
            Map.entry("value", new String[] {"Значение", "Value"}),
            Map.entry("name", new String[] {"Название", "Name"}));

    private RenderTexts() {}

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String t(String key, Locale locale) {
        String[] pair = WORDS.get(key);
        if (pair == null) {
            throw new IllegalArgumentException(key);
        }
        return pair[english(locale) ? 1 : 0];
    }

    static String t(String key, Locale locale, Object... args) {
        return t(key, locale).formatted(args);
    }
}
