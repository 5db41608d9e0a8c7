package ru.digitalbridge.registry;

/** A municipal district or an urban okrug. */
public enum MunicipalityKind {
    DISTRICT,
    URBAN_OKRUG
}
