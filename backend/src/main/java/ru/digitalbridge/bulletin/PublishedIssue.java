package ru.digitalbridge.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** PLACEHOLDER written by brender (see BulletinDocument); bcore's version replaces it on merge. */
public record PublishedIssue(
        UUID id,
        String seriesSlug,
        String seriesTitle,
        int number,
        int revision,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant publishedAt,
        BulletinDocument document) {}
