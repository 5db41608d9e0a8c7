package ru.digitalbridge.security;

/** The answer to a sign-in or refresh: a short-lived bearer token and who it is for. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, MeResponse user) {}
