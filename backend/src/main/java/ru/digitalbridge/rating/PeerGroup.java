package ru.digitalbridge.rating;

/**
 * Whom a unit is ranked against: everybody of its level ({@code OVERALL}), the units of its organization's sector
 * ({@code SECTOR}) or of its organization's kind ({@code KIND}) — a rural school is not ranked against the regional
 * government. Accounts and organizations have all three; municipalities and sectors only {@code OVERALL}.
 */
public enum PeerGroup {
    OVERALL,
    SECTOR,
    KIND
}
