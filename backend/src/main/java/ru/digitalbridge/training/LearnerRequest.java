package ru.digitalbridge.training;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner: name, contacts, an organisation from the registry or {@code volunteer}, position, the data the federal
 * register of education documents needs (birth date, СНИЛС with a valid check number, education level, the surname
 * in the diploma when it differs) and consent to the processing of personal data with the version of the text.
 */
public record LearnerRequest(
        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String patronymic,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,20}") String phone,
        UUID organizationId,
        boolean volunteer,
        @Size(max = 300) String position,
        @Past LocalDate birthDate,
        @Size(max = 20) String snils,
        EducationLevel educationLevel,
        @Size(max = 100) String diplomaSurname,
        @NotNull @AssertTrue Boolean consentGiven,
        @NotBlank @Size(max = 50) String consentVersion) {}
