package ru.digitalbridge.monitoring.campaigns;

import java.util.UUID;

/** An active user with the EXPERT role, as the campaign wizard offers them. */
public record ExpertCandidate(UUID id, String fullName, String email) {}
