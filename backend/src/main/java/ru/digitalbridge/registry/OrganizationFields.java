package ru.digitalbridge.registry;

import java.util.UUID;

/** What create and update requests for an organization have in common. */
interface OrganizationFields {
    String name();

    String shortName();

    OrganizationKind kind();

    Sector sector();

    UUID municipalityId();

    String website();

    String inn();

    String ogrn();

    String kpp();

    String externalId();

    UUID parentId();
}
