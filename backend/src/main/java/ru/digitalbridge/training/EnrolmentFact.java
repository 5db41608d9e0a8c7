package ru.digitalbridge.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a certificate needs to know of an enrolment: the learner as named in the register (surname, name,
 * patronymic; {@code diplomaSurname} when the diploma carries another surname), how to reach them, the programme
 * edition, the dates of study and the issuing organisation. Personal data: for the certificate feature only, never
 * for public output as a whole. {@code completedOn} is null until the completion rule is met.
 */
public record EnrolmentFact(
        UUID enrolmentId,
        UUID cohortId,
        UUID learnerId,
        String surname,
        String name,
        String patronymic,
        String diplomaSurname,
        String email,
        String preferredLanguage,
        UUID programmeId,
        String programmeTitle,
        int programmeEdition,
        int hours,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate completedOn,
        boolean autoIssue,
        String issuerName,
        String issuerInn,
        String licenceNumber,
        LocalDate licenceDate,
        LocalDate birthDate,
        String snils,
        String educationLevel) {}
