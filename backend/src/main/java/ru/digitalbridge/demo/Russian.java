package ru.digitalbridge.demo;

import java.util.Locale;

/** Just enough Russian morphology and transliteration for generated names, slugs and domains. */
final class Russian {

    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    private Russian() {}

    /** Lower-case Latin transliteration; anything that is not a letter or digit becomes {@code separator}, collapsed. */
    static String slug(String text, char separator) {
        var out = new StringBuilder(text.length() + 8);
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                out.append(LATIN[c - 'а']);
            } else if (c == 'ё') {
                out.append('e');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != separator) {
                out.append(separator);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == separator) {
            end--;
        }
        return out.substring(0, end);
    }

    /** «Аткарский» → «Аткарская»; only the last part of a hyphenated adjective changes. */
    static String feminine(String adjective) {
        return replaceEnding(adjective, "ая", "яя");
    }

    /** «Аткарский» → «Аткарское». */
    static String neuter(String adjective) {
        return replaceEnding(adjective, "ое", "ее");
    }

    /** «Аткарский» → «Аткарского». */
    static String genitiveAdjective(String adjective) {
        return replaceEnding(adjective, "ого", "его");
    }

    private static String replaceEnding(String adjective, String hard, String soft) {
        if (adjective.endsWith("ский")
                || adjective.endsWith("цкий")
                || adjective.endsWith("кий")
                || adjective.endsWith("гий")
                || adjective.endsWith("хий")) {
            return adjective.substring(0, adjective.length() - 2) + hard;
        }
        if (adjective.endsWith("ый") || adjective.endsWith("ой")) {
            return adjective.substring(0, adjective.length() - 2) + hard;
        }
        if (adjective.endsWith("ий")) {
            return adjective.substring(0, adjective.length() - 2) + soft;
        }
        return adjective;
    }

    /** Genitive of a town name after «г.»: Аткарск → Аткарска, Красный Кут → Красного Кута; indeclinable ones stay. */
    static String genitiveTown(String town) {
        String[] words = town.split(" ");
        if (words.length == 2 && isAdjective(words[0])) {
            return genitiveAdjective(words[0]) + " " + genitiveNoun(words[1]);
        }
        return words.length == 1 ? genitiveNoun(town) : town;
    }

    private static String genitiveNoun(String noun) {
        char last = noun.charAt(noun.length() - 1);
        return "аеёиоуыэюяйь".indexOf(last) >= 0 ? noun : noun + "а";
    }

    static boolean isAdjective(String word) {
        return word.endsWith("ий") || word.endsWith("ый") || word.endsWith("ой");
    }

    /** «Саратов» → «Саратовский», «Шиханы» → «Шиханский», «Энгельс» → «Энгельсский». */
    static String adjectiveOfTown(String town) {
        if (isAdjective(town)) {
            return town;
        }
        String stem = town;
        char last = stem.charAt(stem.length() - 1);
        if ("аоыиья".indexOf(last) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem + "ский";
    }
}
