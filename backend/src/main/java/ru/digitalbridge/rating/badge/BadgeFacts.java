package ru.digitalbridge.rating.badge;

import java.math.BigDecimal;

/**
 * What a badge states about one account or organization: its name as published, its index in the newest campaign
 * with a published result, its place (a range when tied) among {@code rankedCount}, and how many evaluated accounts
 * the index stands for. {@code index} is null when nothing is published yet; the place fields are null when no place
 * is known.
 */
record BadgeFacts(
        String subject,
        BigDecimal index,
        Integer placeFrom,
        Integer placeTo,
        Integer rankedCount,
        String period,
        int accounts) {

    static BadgeFacts nothingPublished(String subject) {
        return new BadgeFacts(subject, null, null, null, null, null, 0);
    }

    boolean published() {
        return index != null;
    }

    boolean placed() {
        return placeFrom != null && placeTo != null && rankedCount != null;
    }
}
