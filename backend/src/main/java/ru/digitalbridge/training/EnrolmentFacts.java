package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/**
 * Read-only facts about an enrolment for other features (certificates): the learner, the programme edition with its
 * hours, the cohort's dates and the issuer. Joins the caller's transaction when there is one. The preferred language
 * is {@code ru} (learners have no language setting yet; the SPA's default).
 */
@ApplicationScoped
public class EnrolmentFacts {
    private final Sql db;

    EnrolmentFacts(Sql db) {
        this.db = db;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnrolmentFact> find(UUID enrolmentId) {
        return db.one(
                """
                select e.id, e.cohort_id, e.learner_id, l.surname, l.name, l.patronymic, l.diploma_surname, l.email,
                       p.id, p.title, p.edition, p.total_hours, c.starts_on, c.ends_on, e.completed_on, c.auto_issue,
                       p.issuer_name, p.issuer_inn, p.licence_number, p.licence_date,
                       l.birth_date, l.snils, l.education_level
                  from training_enrolment e
                  join training_learner l on l.id = e.learner_id
                  join training_cohort c on c.id = e.cohort_id
                  join training_programme p on p.id = c.programme_id
                 where e.id = ?
                """,
                rs -> new EnrolmentFact(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        "ru",
                        rs.getObject(9, UUID.class),
                        rs.getString(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getObject(13, LocalDate.class),
                        rs.getObject(14, LocalDate.class),
                        rs.getObject(15, LocalDate.class),
                        rs.getBoolean(16),
                        rs.getString(17),
                        rs.getString(18),
                        rs.getString(19),
                        rs.getObject(20, LocalDate.class),
                        rs.getObject(21, LocalDate.class),
                        rs.getString(22),
                        rs.getString(23)),
                enrolmentId);
    }

    /** The enrolments of a cohort whose completion is met, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> completedIn(UUID cohortId) {
        return db.list(
                "select id from training_enrolment where cohort_id = ? and status = 'ENROLLED' and completed_on is not null order by created_at, id",
                rs -> rs.getObject(1, UUID.class),
                cohortId);
    }
}
