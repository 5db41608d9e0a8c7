package ru.digitalbridge.rating.badge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import ru.digitalbridge.common.error.Messages;

/**
 * The words of a badge in Russian (the default) or English, with numbers written the language's way: «Индекс 78,4 ·
 * 12–14-е место из 340 · 2023-Q2», «Index 78.4 · places 12–14 of 340 · 2023-Q2». Pure: no CDI, no database.
 */
final class BadgeText {
    static final String SEPARATOR = " · ";

    private BadgeText() {}

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    static Locale locale(Locale requested) {
        return english(requested) ? Locale.ENGLISH : Messages.RUSSIAN;
    }

    static String product(Locale locale) {
        return english(locale) ? "Digital Bridge" : "Цифровой мост";
    }

    /** The badge's statement: index, place and period, or that nothing is published yet. */
    static String line(BadgeFacts facts, Locale locale) {
        boolean en = english(locale);
        if (!facts.published()) {
            return en ? "No published evaluation yet" : "Опубликованной оценки пока нет";
        }
        StringBuilder text = new StringBuilder(en ? "Index " : "Индекс ").append(index(facts.index(), locale));
        if (facts.placed()) {
            text.append(SEPARATOR).append(place(facts, locale));
        }
        return text.append(SEPARATOR).append(facts.period()).toString();
    }

    /** «12-е место из 340», «12–14-е место из 340»; «place 12 of 340», «places 12–14 of 340». */
    static String place(BadgeFacts facts, Locale locale) {
        String of = count(facts.rankedCount(), locale);
        boolean tied = !facts.placeFrom().equals(facts.placeTo());
        String places = tied
                ? count(facts.placeFrom(), locale) + "–" + count(facts.placeTo(), locale)
                : count(facts.placeFrom(), locale);
        if (english(locale)) {
            return (tied ? "places " : "place ") + places + " of " + of;
        }
        return places + "-е место из " + of;
    }

    /** «по 3 аккаунтам» / «over 3 accounts» — what an organization's index is the mean of. */
    static String accounts(int accounts, Locale locale) {
        String number = count(accounts, locale);
        if (english(locale)) {
            return "mean over " + number + (accounts == 1 ? " evaluated account" : " evaluated accounts");
        }
        return "среднее по " + number
                + (accounts % 10 == 1 && accounts % 100 != 11 ? " оценённому аккаунту" : " оценённым аккаунтам");
    }

    /** An index with exactly one fraction digit: 78,4 / 78.4. */
    static String index(BigDecimal index, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(index);
    }

    static String count(int value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale(locale)).format(value);
    }
}
