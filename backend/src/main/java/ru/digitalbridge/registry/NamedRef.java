package ru.digitalbridge.registry;

import java.util.UUID;

/** A reference to another record with the name a list row shows. */
public record NamedRef(UUID id, String name) {}
