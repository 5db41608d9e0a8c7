package ru.digitalbridge.registry;

import java.util.UUID;

/** A municipality with its region. */
public record MunicipalityResponse(
        UUID id, String code, String name, MunicipalityKind kind, String center, RegionRef region) {

    /** The region a municipality belongs to. */
    public record RegionRef(String code, String name) {}
}
