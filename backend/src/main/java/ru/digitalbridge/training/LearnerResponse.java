package ru.digitalbridge.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A learner as staff, their trainers and they themselves see them. {@code personal} (phone, birth date, СНИЛС,
 * education, diploma surname, consent) is present only for administrators, the trainers of a cohort the learner is
 * enrolled in, and the learner; coordinators see it as null.
 */
public record LearnerResponse(
        UUID id,
        long version,
        String surname,
        String name,
        @Schema(nullable = true) String patronymic,
        String email,
        @Schema(nullable = true) OrganizationRef organization,
        boolean volunteer,
        @Schema(nullable = true) String position,
        List<AccountRef> accounts,
        @Schema(nullable = true) PersonalData personal) {

    public record OrganizationRef(UUID id, String name) {}

    public record AccountRef(UUID id, String displayName, String url, String platform) {}

    public record PersonalData(
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) LocalDate birthDate,
            @Schema(nullable = true) String snils,
            @Schema(nullable = true) EducationLevel educationLevel,
            @Schema(nullable = true) String diplomaSurname,
            OffsetDateTime consentAt,
            String consentVersion) {}
}
