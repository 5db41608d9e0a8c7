package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, shares and dates written as the reader's language does. */
final class Formats {
    /** Publication times are shown in the project's home time zone (the ratings do the same). */
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private Formats() {}

    static String number(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.abs(value) < 10 ? 2 : 1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A share in percent (0–100), as the compiler gives it (docs/bulletins.md). */
    static String share(double value, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value / 100);
    }

    static String value(JsonNode v, boolean share, Locale locale) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        if (v.isNumber()) {
            return share ? share(v.asDouble(), locale) : number(v.asDouble(), locale);
        }
        if (DataTable.isPlace(v)) {
            int from = v.path("from").asInt();
            int to = v.path("to").asInt(from);
            String place = from == to ? String.valueOf(from) : from + "–" + to;
            return v.has("of") ? place + " / " + v.path("of").asInt() : place;
        }
        if (v.isContainerNode()) {
            return "—";
        }
        if (v.isBoolean()) {
            return RenderTexts.english(locale) ? (v.asBoolean() ? "yes" : "no") : (v.asBoolean() ? "да" : "нет");
        }
        return v.asText();
    }

    static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate(), locale);
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        return date(from, locale) + " — " + date(to, locale);
    }
}
