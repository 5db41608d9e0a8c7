package ru.digitalbridge.demo;

import java.util.UUID;

/**
 * A municipality as the generator needs it: read from the database, so the generator fills whatever reference
 * data the migrations installed.
 *
 * @param kind {@code DISTRICT} or {@code URBAN_OKRUG}
 * @param center the administrative centre as written in the reference data, e.g. «г. Аткарск», «р.п. Дергачи»
 * @param regionCode the region's code, e.g. «64»
 * @param regionName the region's name in the nominative, e.g. «Саратовская область»
 */
public record DemoMunicipality(
        UUID id, String code, String name, String kind, String center, String regionCode, String regionName) {}
