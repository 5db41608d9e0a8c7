package ru.digitalbridge.registry;

import java.util.UUID;

/** A municipal district or urban okrug of a region; reference data from the migrations. */
record Municipality(
        UUID id, UUID regionId, String code, String name, MunicipalityKind kind, String center, int sortOrder) {}
