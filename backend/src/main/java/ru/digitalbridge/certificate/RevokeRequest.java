package ru.digitalbridge.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Revocation: the date (today when absent; not in the future, not before issue) and the reason, shown publicly. */
public record RevokeRequest(
        @Schema(nullable = true) LocalDate revokedOn,
        @NotBlank @Size(max = 1000) String reason) {}
