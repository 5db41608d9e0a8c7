package ru.digitalbridge.demo;

import java.util.Map;

/** The forms of a municipality's and its centre's names that institution names are built from. */
final class Place {

    /** Relative size of the big towns (number of institutions); every other district weighs 1. */
    private static final Map<String, Double> TOWN_WEIGHTS = Map.ofEntries(
            Map.entry("Саратов", 20.0),
            Map.entry("Энгельс", 5.0),
            Map.entry("Балаково", 4.5),
            Map.entry("Балашов", 2.2),
            Map.entry("Вольск", 2.0),
            Map.entry("Пугачёв", 1.5),
            Map.entry("Ртищево", 1.4),
            Map.entry("Маркс", 1.4),
            Map.entry("Петровск", 1.2),
            Map.entry("Аткарск", 1.2),
            Map.entry("Ершов", 1.1));

    private static final Map<String, String> TOWN_ADJECTIVES = Map.of("Светлый", "Светлинский");

    final DemoMunicipality municipality;
    /** «г.», «р.п.», «с.» */
    final String townType;
    /** «Аткарск» */
    final String town;
    /** «г. Аткарска», «р.п. Дергачи» */
    final String townOf;
    /** «Аткарский» (district) or «Саратовский» (okrug: from the town) */
    final String adjective;
    /** «Аткарского района», «г. Саратова», «ЗАТО Светлый» */
    final String areaOf;
    /** «Аткарского муниципального района», «городского округа город Саратов» */
    final String municipalityOf;
    /** «atkarsk» */
    final String slug;
    /** «Саратовской области» */
    final String regionOf;
    /** «СО» */
    final String regionAbbreviation;

    final boolean district;
    final boolean urban;
    final double weight;

    Place(DemoMunicipality municipality) {
        this.municipality = municipality;
        String center = municipality.center().trim();
        int space = center.indexOf(' ');
        this.townType = space > 0 ? center.substring(0, space) : "";
        this.town = space > 0 ? center.substring(space + 1) : center;
        this.urban = "г.".equals(townType);
        this.district = "DISTRICT".equals(municipality.kind());
        this.townOf = urban ? "г. " + Russian.genitiveTown(town) : center;
        String name = municipality.name();
        int suffix = name.indexOf(" муниципальный район");
        if (district && suffix > 0) {
            this.adjective = name.substring(0, suffix);
            this.areaOf = Russian.genitiveAdjective(adjective) + " района";
            this.municipalityOf = Russian.genitiveAdjective(adjective) + " муниципального района";
        } else {
            this.adjective = TOWN_ADJECTIVES.getOrDefault(town, Russian.adjectiveOfTown(town));
            this.areaOf = name.contains("ЗАТО") ? "ЗАТО " + town : townOf;
            this.municipalityOf = name.startsWith("Городской округ ")
                    ? "городского округа " + name.substring("Городской округ ".length())
                    : name;
        }
        this.slug = Russian.slug(town, '-');
        this.regionOf = regionGenitive(municipality.regionName());
        this.regionAbbreviation = abbreviation(municipality.regionName());
        double known = TOWN_WEIGHTS.getOrDefault(town, district ? 1.0 : 0.3);
        this.weight = known;
    }

    boolean bigTown() {
        return weight >= 4;
    }

    private static String regionGenitive(String region) {
        var out = new StringBuilder();
        for (String word : region.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.endsWith("ая")) {
                out.append(word, 0, word.length() - 2).append("ой");
            } else if (word.endsWith("ь")) {
                out.append(word, 0, word.length() - 1).append('и');
            } else if (word.endsWith("ай")) {
                out.append(word, 0, word.length() - 1).append('я');
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static String abbreviation(String region) {
        var out = new StringBuilder();
        for (String word : region.split("[ -]")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }
}
