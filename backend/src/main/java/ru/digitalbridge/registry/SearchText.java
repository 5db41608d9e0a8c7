package ru.digitalbridge.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user typed in a search box, prepared for PostgreSQL: a prefix full-text query in the
 * {@code russian} configuration (every word must match, the last one may be unfinished) and a
 * lower-cased phrase for trigram word similarity, which catches typos. A row matches when the full-text
 * query matches, or when every word of three letters or more is similar to some word of the row.
 */
record SearchText(String tsQuery, String phrase, List<String> fuzzyWords) {

    /** Words shorter than this carry too few trigrams to compare; full-text search alone handles them. */
    static final int FUZZY_MIN_LENGTH = 3;

    SearchText(String tsQuery, String phrase) {
        this(tsQuery, phrase, fuzzy(phrase));
    }

    /** The same search without the typo-tolerant part: full text only. */
    SearchText exact() {
        return new SearchText(tsQuery, phrase, List.of());
    }

    boolean fuzzy() {
        return !fuzzyWords.isEmpty();
    }

    private static List<String> fuzzy(String phrase) {
        return java.util.Arrays.stream(phrase.split(" "))
                .filter(w -> w.length() >= FUZZY_MIN_LENGTH)
                .distinct()
                .toList();
    }

    /** Null when the text has no letters or digits. */
    static SearchText of(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        for (String w : words) {
            if (query.length() > 0) {
                query.append(" & ");
            }
            query.append(w).append(":*");
        }
        return new SearchText(query.toString(), String.join(" ", words));
    }
}
