package ru.digitalbridge.bulletin;

import java.util.UUID;

/** An organisation's personal section of one published revision: only for that organisation's people. */
public record PersonalSection(UUID organizationId, String organizationName, BulletinDocument document) {}
