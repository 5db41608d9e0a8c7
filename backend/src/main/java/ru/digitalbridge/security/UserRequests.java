package ru.digitalbridge.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** Request bodies of the user administration and sign-in endpoints. */
public final class UserRequests {
    private UserRequests() {}

    public record Login(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    public record CreateUser(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(min = 10, max = 200) String password,
            @NotEmpty Set<@NotNull Role> roles,
            UUID organizationId) {}

    public record UpdateUser(
            @NotBlank @Size(max = 200) String fullName,
            @NotEmpty Set<@NotNull Role> roles,
            @NotNull Boolean active,
            UUID organizationId,
            @NotNull @PositiveOrZero Long version) {}

    /** {@code currentPassword} is required only when administrators set their own password. */
    public record SetPassword(
            @NotBlank @Size(min = 10, max = 200) String password,
            @Size(max = 200) String currentPassword) {}

    /** A signed-in user's own password change. */
    public record ChangePassword(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(min = 10, max = 200) String newPassword) {}
}
