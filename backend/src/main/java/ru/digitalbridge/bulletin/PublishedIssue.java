package ru.digitalbridge.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One published revision of an issue, as rendering and delivery read it. {@code seriesTitle} is the Russian one. */
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
