package ru.digitalbridge.bulletin.render;

/** The addresses one bulletin e-mail links to (absolute URLs; the unsubscribe one is the RFC 8058 target's page). */
public record Links(String issueUrl, String unsubscribeUrl, String preferencesUrl) {}
