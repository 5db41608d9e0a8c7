package ru.digitalbridge.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reissue after a name correction: the corrected name and why. The old certificate is revoked with this reason
 * and the new one, with a new number, names it; everything else is copied as frozen.
 */
public record ReissueRequest(
        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String givenName,
        @Schema(nullable = true) @Size(max = 100) String patronymic,
        @NotBlank @Size(max = 1000) String reason) {}
