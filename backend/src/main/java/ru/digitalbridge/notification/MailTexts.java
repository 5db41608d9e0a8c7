package ru.digitalbridge.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of e-mail, from {@code mail_ru} (default) and {@code mail_en}; no fallback between them. Arguments that
 * are dates, times or {@link Key}s are written in the bundle's language.
 */
final class MailTexts {
    /** An argument that is itself a text of the bundle, such as a stage's name. */
    record Key(String key) {}

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    private MailTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle("mail", locale, NO_FALLBACK);
    }

    static MailTexts of(String language, ZoneId zone) {
        return new MailTexts("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ru"), zone);
    }

    String get(String key, Object... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = value(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(values);
    }

    /** A text of several paragraphs, separated by blank lines in the bundle. */
    List<String> paragraphs(String key, Object... args) {
        return Arrays.stream(get(key, args).split("\n\n")).map(String::strip).toList();
    }

    private Object value(Object arg) {
        if (arg instanceof OffsetDateTime time) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(time.atZoneSameInstant(zone));
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }
        if (arg instanceof Key key) {
            return bundle.getString(key.key());
        }
        return arg;
    }
}
