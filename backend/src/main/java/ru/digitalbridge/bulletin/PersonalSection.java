package ru.digitalbridge.bulletin;

import java.util.UUID;

/** PLACEHOLDER written by brender (see BulletinDocument); bcore's version replaces it on merge. */
public record PersonalSection(UUID organizationId, String organizationName, BulletinDocument document) {}
