package ru.digitalbridge.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for problems and other user-facing messages, from {@code messages_ru} (default) and {@code messages_en}.
 * Arguments that are themselves bundle keys (such as {@code entity.account}) are translated too.
 */
public final class Messages {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The supported locale closest to the client's preferences: English when asked for first, else Russian. */
    private static Locale pick(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale.getLanguage();
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
                if ("ru".equals(language)) {
                    return RUSSIAN;
                }
            }
        }
        return RUSSIAN;
    }

    /**
     * The language of the request's {@code Accept-Language}. Read from the raw header, not from JAX-RS' parsed
     * list: that throws on a malformed weight ({@code en;q=2}, {@code *;q=abc}), and did so again in the mapper of
     * its own failure, so any request with such a header was a 500.
     */
    public static Locale pick(HttpHeaders headers) {
        return pick(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Locale pick(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return RUSSIAN;
        }
        try {
            return pick(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException e) {
            return RUSSIAN;
        }
    }

    public static boolean has(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    public static String get(String key, Locale locale, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] translated = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            translated[i] = arg instanceof String s && bundle.containsKey(s) ? bundle.getString(s) : arg;
        }
        return new MessageFormat(pattern, locale).format(translated);
    }

    /** Resolves {@code {key}} placeholders used by services for violation messages. */
    public static String resolve(String message, Locale locale, Object... args) {
        if (message != null && message.startsWith("{") && message.endsWith("}")) {
            return get(message.substring(1, message.length() - 1), locale, args);
        }
        return message;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale target = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : RUSSIAN;
        return ResourceBundle.getBundle("messages", target, NO_FALLBACK);
    }
}
