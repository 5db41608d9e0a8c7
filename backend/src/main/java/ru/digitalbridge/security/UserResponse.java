package ru.digitalbridge.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as administrators see it; never carries the password hash. */
public record UserResponse(
        UUID id,
        String email,
        String fullName,
        List<Role> roles,
        boolean active,
        @Schema(nullable = true) UUID organizationId,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime lastLoginAt,
        long version) {

    static UserResponse from(User user) {
        return new UserResponse(
                user.id,
                user.email,
                user.fullName,
                user.roleSet().stream().sorted().toList(),
                user.active,
                user.organizationId,
                user.createdAt,
                user.lastLoginAt,
                user.version);
    }
}
