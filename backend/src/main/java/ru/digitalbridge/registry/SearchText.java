package ru.digitalbridge.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user typed in a search box, prepared for PostgreSQL: a prefix full-text query in the
 * {@code russian} configuration (every word must match, the last one may be unfinished) and a
 * lower-cased phrase for trigram word similarity, which catches typos.
 */
record SearchText(String tsQuery, String phrase) {

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
