package ru.digitalbridge.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.certificate.CertificateIssuer;
import ru.digitalbridge.certificate.CertificateOnCompletion;
import ru.digitalbridge.certificate.CertificateResponse;
import ru.digitalbridge.certificate.ReissueRequest;
import ru.digitalbridge.certificate.RevokeRequest;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.training.EnrolmentFacts;

/**
 * Demo certificates: every completed enrolment of the demo cohorts ({@link DemoTraining}) gets its certificate the
 * way training issues them, dated a few days after the cohort's last day; then two are revoked with reasons, one of
 * them reissued after a change of surname, so the register and the verify page show both cases.
 */
@ApplicationScoped
class DemoCertificates {
    private final CertificateOnCompletion onCompletion;
    private final CertificateIssuer issuer;
    private final EnrolmentFacts facts;
    private final Sql db;

    DemoCertificates(CertificateOnCompletion onCompletion, CertificateIssuer issuer, EnrolmentFacts facts, Sql db) {
        this.onCompletion = onCompletion;
        this.issuer = issuer;
        this.facts = facts;
        this.db = db;
    }

    /** Issues the demo certificates; how many were issued (the reissue included). */
    int load() {
        List<CertificateResponse> issued = new ArrayList<>();
        List<Cohort> cohorts = db.list(
                "select id, ends_on from training_cohort order by starts_on, id",
                rs -> new Cohort(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)));
        for (Cohort cohort : cohorts) {
            for (UUID enrolment : facts.completedIn(cohort.id())) {
                onCompletion.issueFor(enrolment, cohort.endsOn().plusDays(5)).ifPresent(issued::add);
            }
        }
        if (issued.size() < 3) {
            return issued.size();
        }
        CertificateResponse toRename = issued.stream()
                .filter(c -> c.surname().endsWith("а"))
                .findFirst()
                .orElse(issued.get(1));
        issuer.reissue(
                toRename.id(),
                new ReissueRequest(
                        toRename.surname().endsWith("а") ? "Белова" : "Белов",
                        toRename.givenName(),
                        toRename.patronymic(),
                        "Смена фамилии (свидетельство о браке)"));
        CertificateResponse toRevoke =
                issued.stream().filter(c -> c != toRename).reduce((a, b) -> b).orElseThrow();
        issuer.revoke(toRevoke.id(), new RevokeRequest(null, "Выдано ошибочно: итоговая аттестация не пройдена"));
        return issued.size() + 1;
    }

    private record Cohort(UUID id, LocalDate endsOn) {}
}
