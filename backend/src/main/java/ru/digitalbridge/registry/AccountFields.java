package ru.digitalbridge.registry;

import java.util.UUID;

/** What create and update requests for an account have in common. */
interface AccountFields {
    UUID organizationId();

    Platform platform();

    String url();

    String displayName();

    Boolean official();

    String externalId();
}
