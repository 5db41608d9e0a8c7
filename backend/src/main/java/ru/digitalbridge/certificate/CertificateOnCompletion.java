package ru.digitalbridge.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.training.CompletionMet;
import ru.digitalbridge.training.EnrolmentFact;
import ru.digitalbridge.training.EnrolmentFacts;
import ru.digitalbridge.training.Snils;

/**
 * Issues the certificate of an enrolment in the transaction that completes it, when its cohort issues automatically
 * (otherwise a trainer confirms, see {@link #issueFor}). An enrolment gets at most one certificate this way: when
 * completion is lost and met again, or a certificate of it was revoked, nothing more is issued automatically — a
 * reissue is an administrator's decision with a reason.
 */
@ApplicationScoped
public class CertificateOnCompletion {
    private final EnrolmentFacts facts;
    private final CertificateIssuer issuer;
    private final Sql db;

    CertificateOnCompletion(EnrolmentFacts facts, CertificateIssuer issuer, Sql db) {
        this.facts = facts;
        this.issuer = issuer;
        this.db = db;
    }

    void onCompletion(@Observes CompletionMet met) {
        // a cohort that issues automatically does so once its course is over; a completion met before the last
        // day (all sessions marked early, say) waits for the trainer's confirmation (CohortCertificateResource)
        if (met.autoIssue()
                && facts.find(met.enrolmentId())
                        .filter(f -> !issuer.today().isBefore(f.endsOn()))
                        .isPresent()) {
            issueFor(met.enrolmentId());
        }
    }

    /**
     * The certificate of a completed enrolment, issued now unless the enrolment already has one (then that one); empty
     * when the enrolment does not exist or its completion is not met.
     */
    public Optional<CertificateResponse> issueFor(UUID enrolmentId) {
        return issueFor(enrolmentId, issuer.today());
    }

    /** {@link #issueFor(UUID)} with the date of issue given (the demo's history); not before the study's end. */
    public Optional<CertificateResponse> issueFor(UUID enrolmentId, LocalDate issueDate) {
        // the enrolment row is locked before its completion is read: every change of the completion (a mark, a
        // withdrawal, a rule change) holds this lock, so a withdrawal that commits while we wait is seen, and two
        // confirmations racing issue once
        db.exists("select 1 from training_enrolment where id = ? for update", enrolmentId);
        Optional<EnrolmentFact> found = facts.find(enrolmentId).filter(f -> f.completedOn() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (db.exists("select 1 from certificate where enrolment_id = ?", enrolmentId)) {
            return Optional.empty();
        }
        EnrolmentFact f = found.get();
        LocalDate today = issueDate;
        return Optional.of(issuer.issue(new IssueCommand(
                f.enrolmentId(),
                f.cohortId(),
                f.surname(),
                f.name(),
                f.patronymic(),
                f.email(),
                f.preferredLanguage(),
                f.programmeTitle(),
                Integer.toString(f.programmeEdition()),
                f.hours(),
                f.startsOn(),
                // completion met before the cohort's last day ends the study then; issued today
                f.endsOn().isAfter(today) ? today : f.endsOn(),
                today,
                f.issuerName(),
                f.issuerInn(),
                f.licenceNumber(),
                f.licenceDate(),
                f.birthDate(),
                f.snils() == null ? null : Snils.format(f.snils()),
                educationLevel(f.educationLevel()))));
    }

    /** The register's names of an education level (ФИС ФРДО): higher, secondary vocational; a student has none yet. */
    private static String educationLevel(String level) {
        return switch (level == null ? "" : level) {
            case "HIGHER" -> "ВО";
            case "SECONDARY_VOCATIONAL" -> "СПО";
            default -> null;
        };
    }
}
