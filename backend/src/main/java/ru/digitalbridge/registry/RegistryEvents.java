package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.outbox.Outbox;

/** Writes the registry's domain events to the outbox, in the transaction of the change: the record's id and link. */
@ApplicationScoped
class RegistryEvents {
    private final Outbox outbox;

    RegistryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code type} is one of the {@code ACCOUNT_*} constants of {@link EventTypes}. */
    void account(String type, UUID id) {
        outbox.publish(type, "account", id, Map.of("id", id, "link", "/api/v1/accounts/" + id));
    }

    /** {@code type} is one of the {@code ORGANIZATION_*} constants of {@link EventTypes}. */
    void organization(String type, UUID id) {
        outbox.publish(type, "organization", id, Map.of("id", id, "link", "/api/v1/organizations/" + id));
    }
}
