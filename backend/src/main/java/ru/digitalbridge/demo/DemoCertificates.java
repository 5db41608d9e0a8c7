package ru.digitalbridge.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import ru.digitalbridge.certificate.CertificateIssuer;
import ru.digitalbridge.certificate.CertificateResponse;
import ru.digitalbridge.certificate.IssueCommand;
import ru.digitalbridge.certificate.ReissueRequest;
import ru.digitalbridge.certificate.RevokeRequest;

/**
 * Demo certificates of the 2022–2023 programme «Цифровой мост: ведение официальных аккаунтов» (36 h), issued through
 * the certificate feature's own API: synthetic people (no real names or СНИЛС), one of them the demo learner, two
 * revoked with reasons (one reissued after a change of surname). Until training is wired these stand in for
 * certificates issued on completion.
 */
@ApplicationScoped
class DemoCertificates {
    private static final String PROGRAMME = "Цифровой мост: ведение официальных аккаунтов";

    /** surname, given name, patronymic, e-mail (or null), cohort's start. */
    private record Graduate(String surname, String givenName, String patronymic, String email, LocalDate start) {}

    private static final List<Graduate> GRADUATES = List.of(
            new Graduate("Лебедева", "Ольга", "Сергеевна", "learner@demo.bridge", LocalDate.of(2022, 10, 3)),
            new Graduate("Кузнецов", "Игорь", "Павлович", null, LocalDate.of(2022, 10, 3)),
            new Graduate("Морозова", "Анна", "Викторовна", null, LocalDate.of(2022, 10, 3)),
            new Graduate("Соколов", "Денис", null, null, LocalDate.of(2023, 2, 6)),
            new Graduate("Волкова", "Елена", "Андреевна", null, LocalDate.of(2023, 2, 6)),
            new Graduate("Никитин", "Артём", "Олегович", null, LocalDate.of(2023, 2, 6)),
            new Graduate("Фёдорова", "Мария", "Ильинична", null, LocalDate.of(2023, 9, 4)),
            new Graduate("Орлов", "Степан", "Григорьевич", null, LocalDate.of(2023, 9, 4)));

    private final CertificateIssuer issuer;

    DemoCertificates(CertificateIssuer issuer) {
        this.issuer = issuer;
    }

    /** Issues the demo certificates; how many were issued (reissues included). */
    int load() {
        int issued = 0;
        CertificateResponse toRename = null;
        CertificateResponse toRevoke = null;
        for (Graduate g : GRADUATES) {
            LocalDate end = g.start().plusWeeks(8);
            CertificateResponse c = issuer.issue(new IssueCommand(
                    null,
                    null,
                    g.surname(),
                    g.givenName(),
                    g.patronymic(),
                    g.email(),
                    "ru",
                    PROGRAMME,
                    "2022.1",
                    36,
                    g.start(),
                    end,
                    end.plusDays(5),
                    "АНО «Цифровой мост» (демонстрационные данные)",
                    "6450000000",
                    "Л035-00000-64/00000000",
                    LocalDate.of(2021, 9, 1),
                    null,
                    null,
                    null));
            issued++;
            if ("Морозова".equals(g.surname())) {
                toRename = c;
            } else if ("Никитин".equals(g.surname())) {
                toRevoke = c;
            }
        }
        if (toRename != null) {
            issuer.reissue(
                    toRename.id(),
                    new ReissueRequest("Белова", "Анна", "Викторовна", "Смена фамилии (свидетельство о браке)"));
            issued++;
        }
        if (toRevoke != null) {
            issuer.revoke(toRevoke.id(), new RevokeRequest(null, "Выдано ошибочно: итоговая аттестация не пройдена"));
        }
        return issued;
    }
}
