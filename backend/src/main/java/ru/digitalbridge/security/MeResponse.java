package ru.digitalbridge.security;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who is calling: a signed-in user ({@code kind} {@code user}) or a machine client authenticated by an
 * {@code X-API-Key} ({@code kind} {@code api-client}: its id, its name in {@code fullName} and its roles; no e-mail
 * and no organisation).
 */
public record MeResponse(
        @Schema(enumeration = {KIND_USER, KIND_API_CLIENT}) String kind,
        UUID id,
        @Schema(nullable = true, description = "Users only") String email,

        @Schema(description = "The user's full name, or the API client's name")
        String fullName,

        List<Role> roles,
        @Schema(nullable = true) UUID organizationId) {
    public static final String KIND_USER = "user";
    public static final String KIND_API_CLIENT = "api-client";

    static MeResponse from(User user) {
        return new MeResponse(
                KIND_USER,
                user.id,
                user.email,
                user.fullName,
                user.roleSet().stream().sorted().toList(),
                user.organizationId);
    }

    static MeResponse apiClient(UUID id, String name, java.util.Set<String> roles) {
        List<Role> known = roles.stream()
                .filter(role -> java.util.Arrays.stream(Role.values())
                        .anyMatch(r -> r.name().equals(role)))
                .map(Role::valueOf)
                .sorted()
                .toList();
        return new MeResponse(KIND_API_CLIENT, id, null, name, known, null);
    }
}
