package ru.digitalbridge.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The Saratov region's municipalities as the reference-data migration installs them, for database-free tests. */
final class SaratovMunicipalities {

    private static final String ROWS = """
            Александрово-Гайский муниципальный район;DISTRICT;с. Александров Гай
            Аркадакский муниципальный район;DISTRICT;г. Аркадак
            Аткарский муниципальный район;DISTRICT;г. Аткарск
            Базарно-Карабулакский муниципальный район;DISTRICT;р.п. Базарный Карабулак
            Балаковский муниципальный район;DISTRICT;г. Балаково
            Балашовский муниципальный район;DISTRICT;г. Балашов
            Балтайский муниципальный район;DISTRICT;с. Балтай
            Вольский муниципальный район;DISTRICT;г. Вольск
            Воскресенский муниципальный район;DISTRICT;с. Воскресенское
            Дергачёвский муниципальный район;DISTRICT;р.п. Дергачи
            Духовницкий муниципальный район;DISTRICT;р.п. Духовницкое
            Екатериновский муниципальный район;DISTRICT;р.п. Екатериновка
            Ершовский муниципальный район;DISTRICT;г. Ершов
            Ивантеевский муниципальный район;DISTRICT;с. Ивантеевка
            Калининский муниципальный район;DISTRICT;г. Калининск
            Красноармейский муниципальный район;DISTRICT;г. Красноармейск
            Краснокутский муниципальный район;DISTRICT;г. Красный Кут
            Краснопартизанский муниципальный район;DISTRICT;р.п. Горный
            Лысогорский муниципальный район;DISTRICT;р.п. Лысые Горы
            Марксовский муниципальный район;DISTRICT;г. Маркс
            Новобурасский муниципальный район;DISTRICT;р.п. Новые Бурасы
            Новоузенский муниципальный район;DISTRICT;г. Новоузенск
            Озинский муниципальный район;DISTRICT;р.п. Озинки
            Перелюбский муниципальный район;DISTRICT;с. Перелюб
            Петровский муниципальный район;DISTRICT;г. Петровск
            Питерский муниципальный район;DISTRICT;с. Питерка
            Пугачёвский муниципальный район;DISTRICT;г. Пугачёв
            Ровенский муниципальный район;DISTRICT;р.п. Ровное
            Романовский муниципальный район;DISTRICT;р.п. Романовка
            Ртищевский муниципальный район;DISTRICT;г. Ртищево
            Самойловский муниципальный район;DISTRICT;р.п. Самойловка
            Советский муниципальный район;DISTRICT;р.п. Степное
            Татищевский муниципальный район;DISTRICT;р.п. Татищево
            Турковский муниципальный район;DISTRICT;р.п. Турки
            Фёдоровский муниципальный район;DISTRICT;р.п. Мокроус
            Хвалынский муниципальный район;DISTRICT;г. Хвалынск
            Энгельсский муниципальный район;DISTRICT;г. Энгельс
            Городской округ город Саратов;URBAN_OKRUG;г. Саратов
            Городской округ ЗАТО Светлый;URBAN_OKRUG;р.п. Светлый
            Городской округ Михайловский;URBAN_OKRUG;р.п. Михайловский
            Городской округ город Шиханы;URBAN_OKRUG;г. Шиханы
            """;

    private SaratovMunicipalities() {}

    static List<DemoMunicipality> all() {
        var out = new ArrayList<DemoMunicipality>();
        int n = 0;
        for (String line : ROWS.strip().split("\n")) {
            String[] cells = line.strip().split(";");
            n++;
            out.add(new DemoMunicipality(
                    UUID.nameUUIDFromBytes(("municipality-" + n).getBytes()),
                    String.format("64-%02d", n),
                    cells[0],
                    cells[1],
                    cells[2],
                    "64",
                    "Саратовская область"));
        }
        return out;
    }
}
