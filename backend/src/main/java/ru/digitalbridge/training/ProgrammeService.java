package ru.digitalbridge.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/**
 * Programme editions, versioned like the methodology: a draft is edited, approval freezes it, a change is a new
 * edition cloned from an approved one (one draft per family). Cohorts name a fixed approved edition.
 */
@ApplicationScoped
public class ProgrammeService {
    static final String ENTITY = "training-programme";
    private static final TypeReference<List<ProgrammeRequest.Module>> MODULES = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String SELECT = "select id, version, family_id, edition, status, title, annotation,"
            + " total_hours, form, modules::text, outcomes::text, issuer_name, issuer_inn, licence_number,"
            + " licence_date, approved_at, created_at, updated_at from training_programme";

    private final Sql db;
    private final ObjectMapper json;
    private final AuditService audit;

    ProgrammeService(Sql db, ObjectMapper json, AuditService audit) {
        this.db = db;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public PageResponse<ProgrammeResponse> list(ProgrammeStatus status, String q, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        List<Object> filter = new ArrayList<>();
        if (status != null) {
            conditions.add("status = ?");
            filter.add(status);
        }
        if (q != null && !q.isBlank()) {
            conditions.add("title ilike ?");
            filter.add(Sql.contains(q));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = db.count("select count(*) from training_programme" + where, filter.toArray());
        List<Object> params = new ArrayList<>(filter);
        params.add(page.size);
        params.add(page.offset());
        List<ProgrammeResponse> items = db.list(
                SELECT + where + " order by title, edition desc, id limit ? offset ?", this::read, params.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    @Transactional
    public ProgrammeResponse get(UUID id) {
        return find(id).orElseThrow(() -> TrainingProblems.programmeNotFound(id));
    }

    Optional<ProgrammeResponse> find(UUID id) {
        return db.one(SELECT + " where id = ?", this::read, id);
    }

    @Transactional
    public ProgrammeResponse create(ProgrammeRequest request) {
        check(request);
        UUID id = UUID.randomUUID();
        insert(id, UUID.randomUUID(), 1, request);
        ProgrammeResponse created = get(id);
        audit.record(ENTITY, id, "create", null, created);
        return created;
    }

    @Transactional
    public ProgrammeResponse update(UUID id, ProgrammeRequest request) {
        ProgrammeResponse before = locked(id);
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "training.required");
        }
        if (before.version() != request.version()) {
            throw TrainingProblems.staleVersion();
        }
        if (before.status() != ProgrammeStatus.DRAFT) {
            throw TrainingProblems.programmeNotDraft();
        }
        check(request);
        db.update(
                "update training_programme set title = ?, annotation = ?, total_hours = ?, form = ?,"
                        + " modules = ?::jsonb, outcomes = ?::jsonb, issuer_name = ?, issuer_inn = ?,"
                        + " licence_number = ?, licence_date = ?, version = version + 1, updated_at = now()"
                        + " where id = ?",
                request.title().strip(),
                blankToNull(request.annotation()),
                request.totalHours(),
                request.form(),
                write(normalised(request.modules())),
                write(request.outcomes()),
                request.issuer().name().strip(),
                request.issuer().inn(),
                request.issuer().licenceNumber().strip(),
                request.issuer().licenceDate(),
                id);
        ProgrammeResponse after = get(id);
        audit.record(ENTITY, id, "update", before, after);
        return after;
    }

    @Transactional
    public ProgrammeResponse approve(UUID id, long version) {
        ProgrammeResponse before = locked(id);
        if (before.version() != version) {
            throw TrainingProblems.staleVersion();
        }
        if (before.status() != ProgrammeStatus.DRAFT) {
            throw TrainingProblems.programmeNotDraft();
        }
        db.update(
                "update training_programme set status = 'APPROVED', approved_at = now(), version = version + 1,"
                        + " updated_at = now() where id = ?",
                id);
        ProgrammeResponse after = get(id);
        audit.record(ENTITY, id, "approve", before, after);
        return after;
    }

    /** A draft of the next edition, cloned from an approved or retired one (409 from a draft or with a draft). */
    @Transactional
    public ProgrammeResponse newVersion(UUID id) {
        ProgrammeResponse source = locked(id);
        if (source.status() == ProgrammeStatus.DRAFT) {
            throw TrainingProblems.programmeNotDraft();
        }
        db.list(
                "select id from training_programme where family_id = ? for update",
                rs -> rs.getObject(1),
                source.familyId());
        if (db.exists("select 1 from training_programme where family_id = ? and status = 'DRAFT'", source.familyId())) {
            throw TrainingProblems.programmeHasDraft();
        }
        int edition =
                (int) db.count("select max(edition) from training_programme where family_id = ?", source.familyId());
        UUID created = UUID.randomUUID();
        insert(
                created,
                source.familyId(),
                edition + 1,
                new ProgrammeRequest(
                        null,
                        source.title(),
                        source.annotation(),
                        source.totalHours(),
                        source.form(),
                        source.modules(),
                        source.outcomes(),
                        source.issuer()));
        ProgrammeResponse response = get(created);
        audit.record(ENTITY, created, "new-version", null, response);
        return response;
    }

    private ProgrammeResponse locked(UUID id) {
        db.one("select id from training_programme where id = ? for update", rs -> rs.getObject(1), id)
                .orElseThrow(() -> TrainingProblems.programmeNotFound(id));
        return get(id);
    }

    private void insert(UUID id, UUID family, int edition, ProgrammeRequest request) {
        db.update(
                "insert into training_programme (id, family_id, edition, title, annotation, total_hours, form,"
                        + " modules, outcomes, issuer_name, issuer_inn, licence_number, licence_date)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)",
                id,
                family,
                edition,
                request.title().strip(),
                blankToNull(request.annotation()),
                request.totalHours(),
                request.form(),
                write(normalised(request.modules())),
                write(request.outcomes()),
                request.issuer().name().strip(),
                request.issuer().inn(),
                request.issuer().licenceNumber().strip(),
                request.issuer().licenceDate());
    }

    /** The rules bean validation cannot express: hours add up, answers point at options, the INN's check digit. */
    static void check(ProgrammeRequest request) {
        List<Violation> violations = new ArrayList<>();
        int sum = request.modules().stream()
                .mapToInt(ProgrammeRequest.Module::hours)
                .sum();
        if (sum != request.totalHours()) {
            violations.add(new Violation("modules", "{training.programme.module-hours}"));
        }
        for (int m = 0; m < request.modules().size(); m++) {
            ProgrammeRequest.Module module = request.modules().get(m);
            List<ProgrammeRequest.Topic> topics = module.topics() == null ? List.of() : module.topics();
            if (topics.stream().anyMatch(t -> t.hours() != null)
                    && topics.stream()
                                    .mapToInt(t -> t.hours() == null ? 0 : t.hours())
                                    .sum()
                            != module.hours()) {
                violations.add(new Violation("modules[" + m + "].topics", "{training.programme.topic-hours}"));
            }
            List<ProgrammeRequest.Question> questions = module.questions() == null ? List.of() : module.questions();
            for (int q = 0; q < questions.size(); q++) {
                ProgrammeRequest.Question question = questions.get(q);
                boolean outOfRange = question.correct().stream()
                        .anyMatch(i -> i >= question.options().size());
                boolean duplicate = new HashSet<>(question.correct()).size()
                        != question.correct().size();
                if (outOfRange
                        || duplicate
                        || (!question.multiple() && question.correct().size() != 1)) {
                    violations.add(new Violation(
                            "modules[" + m + "].questions[" + q + "].correct",
                            "{training.programme.question-answers}"));
                }
            }
        }
        if (!validInn(request.issuer().inn())) {
            violations.add(new Violation("issuer.inn", "{training.programme.inn}"));
        }
        if (request.issuer().licenceDate().isAfter(LocalDate.now().plusDays(1))) {
            violations.add(new Violation("issuer.licenceDate", "{training.programme.licence-date}"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** A legal entity's 10-digit INN: the tenth digit is the weighted sum of the first nine modulo 11, modulo 10. */
    static boolean validInn(String inn) {
        if (inn == null || !inn.matches("\\d{10}")) {
            return false;
        }
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (inn.charAt(i) - '0');
        }
        return sum % 11 % 10 == inn.charAt(9) - '0';
    }

    private ProgrammeResponse read(ResultSet rs) throws SQLException {
        return new ProgrammeResponse(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getObject("family_id", UUID.class),
                rs.getInt("edition"),
                ProgrammeStatus.valueOf(rs.getString("status")),
                rs.getString("title"),
                rs.getString("annotation"),
                rs.getInt("total_hours"),
                ProgrammeForm.valueOf(rs.getString("form")),
                parse(rs.getString("modules"), MODULES),
                parse(rs.getString("outcomes"), STRINGS),
                new ProgrammeRequest.Issuer(
                        rs.getString("issuer_name"),
                        rs.getString("issuer_inn"),
                        rs.getString("licence_number"),
                        rs.getObject("licence_date", LocalDate.class)),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write programme JSON", e);
        }
    }

    private <T> T parse(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read programme JSON", e);
        }
    }

    private static List<ProgrammeRequest.Module> normalised(List<ProgrammeRequest.Module> modules) {
        return modules.stream()
                .map(m -> new ProgrammeRequest.Module(
                        m.title().strip(),
                        m.hours(),
                        m.topics() == null ? List.of() : m.topics(),
                        m.questions() == null ? List.of() : m.questions()))
                .toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
