package ru.digitalbridge.demo;

import java.util.List;

/** A synthetic rural settlement: its name and the adjective its municipal formation is named with. */
record Village(String type, String name, String formationAdjective) {

    /** Common Saratov-region village names; each district gets its own shuffled selection. */
    static final List<Village> ALL = List.of(
            new Village("с.", "Сосновка", "Сосновское"),
            new Village("с.", "Ивановка", "Ивановское"),
            new Village("с.", "Николаевка", "Николаевское"),
            new Village("с.", "Александровка", "Александровское"),
            new Village("с.", "Михайловка", "Михайловское"),
            new Village("с.", "Берёзовка", "Берёзовское"),
            new Village("с.", "Каменка", "Каменское"),
            new Village("с.", "Покровка", "Покровское"),
            new Village("с.", "Знаменка", "Знаменское"),
            new Village("с.", "Петровка", "Петровское"),
            new Village("с.", "Вознесенка", "Вознесенское"),
            new Village("с.", "Сергиевка", "Сергиевское"),
            new Village("с.", "Озёрки", "Озёркинское"),
            new Village("с.", "Красный Яр", "Краснояровское"),
            new Village("с.", "Ольшанка", "Ольшанское"),
            new Village("с.", "Тарханы", "Тарханское"),
            new Village("с.", "Белогорное", "Белогорновское"),
            new Village("п.", "Новая Жизнь", "Новожизненское"),
            new Village("с.", "Песчанка", "Песчанское"),
            new Village("с.", "Губаревка", "Губаревское"),
            new Village("с.", "Елшанка", "Елшанское"),
            new Village("с.", "Синенькие", "Синеньское"),
            new Village("с.", "Алексеевка", "Алексеевское"),
            new Village("с.", "Васильевка", "Васильевское"),
            new Village("с.", "Еланка", "Еланское"),
            new Village("с.", "Дубки", "Дубковское"),
            new Village("с.", "Ключи", "Ключевское"),
            new Village("с.", "Широкий Буерак", "Широкобуеракское"),
            new Village("с.", "Вязовка", "Вязовское"),
            new Village("с.", "Малиновка", "Малиновское"),
            new Village("с.", "Кологривовка", "Кологривовское"),
            new Village("с.", "Ершовка", "Ершовское"),
            new Village("с.", "Натальино", "Натальинское"),
            new Village("с.", "Подлесное", "Подлесновское"),
            new Village("с.", "Липовка", "Липовское"),
            new Village("с.", "Октябрьский Городок", "Октябрьское"),
            new Village("п.", "Садовый", "Садовское"),
            new Village("с.", "Луганское", "Луганское"),
            new Village("с.", "Белополье", "Белопольское"),
            new Village("с.", "Большая Дмитриевка", "Дмитриевское"),
            new Village("с.", "Мордовое", "Мордовинское"),
            new Village("с.", "Урицкое", "Урицкое"),
            new Village("с.", "Кувыка", "Кувыкское"),
            new Village("с.", "Лопуховка", "Лопуховское"),
            new Village("с.", "Краснополье", "Краснопольское"),
            new Village("с.", "Бакуры", "Бакурское"),
            new Village("с.", "Сплавнуха", "Сплавнухинское"),
            new Village("п.", "Пробуждение", "Пробужденское"));

    private static final List<String> NEIGHBOUR_ADJECTIVES =
            List.of("Новый", "Малый", "Большой", "Верхний", "Нижний", "Старый", "Красный", "Дальний");

    /**
     * The village's name on the n-th pass over the list: later passes name neighbouring hamlets («Новая Сосновка»,
     * «Малые Озёрки»); names of two words are used on the first pass only.
     */
    String nameOnPass(int pass) {
        if (pass == 0) {
            return name;
        }
        String adjective = NEIGHBOUR_ADJECTIVES.get((pass - 1) % NEIGHBOUR_ADJECTIVES.size());
        int round = (pass - 1) / NEIGHBOUR_ADJECTIVES.size();
        char last = name.charAt(name.length() - 1);
        String agreed = switch (last) {
            case 'а', 'я' -> Russian.feminine(adjective);
            case 'о', 'е' -> Russian.neuter(adjective);
            case 'и', 'ы' -> plural(adjective);
            default -> adjective;
        };
        return agreed + " " + name + (round > 0 ? " " + (round + 1) + "-я" : "");
    }

    boolean usableOnPass(int pass) {
        return pass == 0 || name.indexOf(' ') < 0;
    }

    String where(int pass) {
        return type + " " + nameOnPass(pass);
    }

    private static String plural(String adjective) {
        String stem = adjective.substring(0, adjective.length() - 2);
        char last = stem.charAt(stem.length() - 1);
        boolean soft = adjective.endsWith("ий") || "кгхшжчщ".indexOf(last) >= 0;
        return stem + (soft ? "ие" : "ые");
    }
}
