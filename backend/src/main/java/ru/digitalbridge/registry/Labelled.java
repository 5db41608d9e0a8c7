package ru.digitalbridge.registry;

import java.util.Locale;

/** A reference value with a stable code and a Russian and English name. */
interface Labelled {

    String name();

    String ruName();

    String enName();

    default String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? enName() : ruName();
    }

    /** Finds a value by its code or by its Russian or English name, ignoring case, ё/е and extra spaces. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = fold(text);
        if (wanted.isEmpty()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (fold(value.name()).equals(wanted)
                    || fold(value.ruName()).equals(wanted)
                    || fold(value.enName()).equals(wanted)) {
                return value;
            }
        }
        return null;
    }

    private static String fold(String text) {
        return text.trim()
                .replaceAll("\\s+", " ")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
    }
}
