package ru.digitalbridge.security;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user. */
public record MeResponse(
        UUID id,
        String email,
        String fullName,
        List<Role> roles,
        @Schema(nullable = true) UUID organizationId) {
    static MeResponse from(User user) {
        return new MeResponse(
                user.id,
                user.email,
                user.fullName,
                user.roleSet().stream().sorted().toList(),
                user.organizationId);
    }
}
