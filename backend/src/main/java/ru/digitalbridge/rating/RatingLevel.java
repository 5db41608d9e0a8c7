package ru.digitalbridge.rating;

/** What a rating row ranks: an account, an organization (its accounts), a municipality or a sector (their organizations). */
public enum RatingLevel {
    ACCOUNT,
    ORGANIZATION,
    MUNICIPALITY,
    SECTOR
}
