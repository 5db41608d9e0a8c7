package ru.digitalbridge.registry;

/** The version the client last saw, for archive and restore; optional. */
public record VersionRequest(Long version) {}
