package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.registry.ImportColumns;
import ru.digitalbridge.registry.ImportReport;
import ru.digitalbridge.registry.ImportReport.CellMessage;
import ru.digitalbridge.registry.ImportReport.Outcome;
import ru.digitalbridge.registry.ImportReport.RowReport;
import ru.digitalbridge.registry.ImportRows;
import ru.digitalbridge.registry.ImportRows.CellError;
import ru.digitalbridge.registry.ImportTable;
import ru.digitalbridge.registry.ImportTable.ImportRow;
import ru.digitalbridge.registry.ImportUpload;

/**
 * Enrolment of a cohort's learners from a CSV or XLSX file, with the registry import's habits: the same reader
 * (UTF-8 with or without BOM or Windows-1251, {@code ;} or {@code ,}, the header found under a title, Russian or
 * English headers), a dry run that reports every row and cell, and an all-or-nothing apply.
 *
 * <p>A row names a person by e-mail and, optionally, СНИЛС. Within the file both must be unique. Against the
 * learners already recorded, a row matching one learner by either enrols that learner (their stored data is kept,
 * a warning says so); a row whose e-mail and СНИЛС belong to two different learners is an error; a row whose
 * learner is already in the cohort is {@code UNCHANGED}, so a file can be uploaded again. New enrolments beyond the
 * cohort's free places are errors. Dates are {@code dd.mm.yyyy}, ISO or a spreadsheet's date cell; the consent
 * to processing of personal data must be given with its date and the version of its text.
 */
@ApplicationScoped
public class EnrolmentImport {
    static final List<String> REQUIRED = List.of("surname", "name", "email", "consentDate", "consentVersion");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SERIAL = Pattern.compile("(\\d{4,5})(?:\\.\\d+)?");

    private final Sql db;
    private final TrainingAccess access;
    private final LearnerService learners;
    private final EnrolmentService enrolments;

    EnrolmentImport(Sql db, TrainingAccess access, LearnerService learners, EnrolmentService enrolments) {
        this.db = db;
        this.access = access;
        this.learners = learners;
        this.enrolments = enrolments;
    }

    /** A row as checked. */
    private static final class Row {
        final ImportRow row;
        final List<CellError> errors = new ArrayList<>();
        final List<CellError> warnings = new ArrayList<>();
        LearnerRequest learner;
        LocalDate consentDate;
        String email;
        String snils;
        UUID existingLearner;
        Outcome outcome;
        UUID enrolmentId;

        Row(ImportRow row) {
            this.row = row;
        }
    }

    @Transactional
    public ImportReport importFile(
            TrainingCaller caller, UUID cohortId, byte[] content, boolean dryRun, String sheet, Locale locale) {
        access.requireRuns(caller, cohortId);
        ImportColumns columns = ImportColumns.LEARNERS;
        ImportTable table = ImportUpload.table(content, columns, REQUIRED, sheet);
        Set<String> present = table.headers().keySet();
        List<CellMessage> missing = REQUIRED.stream()
                .filter(key -> !present.contains(key))
                .map(key -> new CellMessage(
                        columns.header(key, locale),
                        Messages.get("registry.import.missing-column", locale, columns.header(key, locale))))
                .toList();
        if (!missing.isEmpty()) {
            RowReport header =
                    new RowReport(Math.max(1, table.headerRow()), Outcome.ERROR, null, null, missing, List.of(), null);
            return report(table, locale, dryRun, false, new ImportReport.Totals(0, 0, 0, 1, 0), List.of(header));
        }

        // lock the cohort first: the free places and the enrolled learners stay as read until the apply commits
        db.one("select id from training_cohort where id = ? for update", rs -> rs.getObject(1), cohortId);
        int capacity = (int) db.count("select capacity from training_cohort where id = ?", cohortId);
        long enrolled = db.count(
                "select count(*) from training_enrolment where cohort_id = ? and status = 'ENROLLED'", cohortId);
        long free = Math.max(0, capacity - enrolled);

        List<Row> rows = new ArrayList<>();
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> snilses = new HashMap<>();
        for (ImportRow raw : table.rows()) {
            Row row = new Row(raw);
            parse(row);
            rows.add(row);
            if (row.email != null) {
                Integer first = emails.putIfAbsent(row.email.toLowerCase(Locale.ROOT), raw.number());
                if (first != null) {
                    row.errors.add(new CellError("email", "training.import.duplicate", List.of(first)));
                }
            }
            if (row.snils != null) {
                Integer first = snilses.putIfAbsent(row.snils, raw.number());
                if (first != null) {
                    row.errors.add(new CellError("snils", "training.import.duplicate", List.of(first)));
                }
            }
        }
        long places = free;
        for (Row row : rows) {
            if (row.email == null) {
                continue;
            }
            Optional<Object[]> byEmail = db.one(
                    "select id, surname, name from training_learner where lower(email) = lower(?)",
                    rs -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)},
                    row.email);
            Optional<Object[]> bySnils = row.snils == null
                    ? Optional.empty()
                    : db.one(
                            "select id, surname, name from training_learner where snils = ?",
                            rs -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)},
                            row.snils);
            if (byEmail.isPresent() && bySnils.isPresent() && !byEmail.get()[0].equals(bySnils.get()[0])) {
                row.errors.add(new CellError(
                        "snils", "training.import.two-learners", List.of(bySnils.get()[1] + " " + bySnils.get()[2])));
                continue;
            }
            Optional<Object[]> match = byEmail.or(() -> bySnils);
            if (match.isPresent()) {
                row.existingLearner = (UUID) match.get()[0];
                Optional<String> status = db.one(
                        "select status from training_enrolment where cohort_id = ? and learner_id = ?",
                        rs -> rs.getString(1),
                        cohortId,
                        row.existingLearner);
                if (status.isPresent()) {
                    row.outcome = Outcome.UNCHANGED;
                    row.warnings.add(
                            new CellError(byEmail.isPresent() ? "email" : "snils", "training.import.already-enrolled"));
                    continue;
                }
                row.warnings.add(new CellError(
                        byEmail.isPresent() ? "email" : "snils",
                        "training.import.known-learner",
                        List.of(match.get()[1] + " " + match.get()[2])));
            }
            if (row.errors.isEmpty()) {
                row.outcome = Outcome.CREATED;
                if (places-- <= 0) {
                    row.errors.add(new CellError(null, "training.import.no-place", List.of(capacity)));
                }
            }
        }
        boolean apply = !dryRun && rows.stream().allMatch(r -> r.errors.isEmpty());
        if (apply) {
            for (Row row : rows) {
                if (row.outcome == Outcome.CREATED) {
                    UUID learnerId = row.existingLearner != null
                            ? row.existingLearner
                            : learners.insert(
                                    row.learner,
                                    null,
                                    row.consentDate.atStartOfDay(MOSCOW).toOffsetDateTime());
                    row.enrolmentId = enrolments
                            .create(cohortId, learnerId, EnrolmentStatus.ENROLLED)
                            .id();
                }
            }
        }
        int created = 0;
        int unchanged = 0;
        int errors = 0;
        List<RowReport> reports = new ArrayList<>();
        for (Row row : rows) {
            Outcome outcome = row.errors.isEmpty() ? row.outcome : Outcome.ERROR;
            switch (outcome) {
                case CREATED -> created++;
                case UNCHANGED -> unchanged++;
                default -> errors++;
            }
            reports.add(new RowReport(
                    row.row.number(),
                    outcome,
                    row.enrolmentId,
                    row.email,
                    messages(table, columns, locale, row.errors),
                    messages(table, columns, locale, row.warnings),
                    null));
        }
        return report(table, locale, dryRun, apply, new ImportReport.Totals(created, 0, unchanged, errors, 0), reports);
    }

    /** Checks every cell of a row as the API checks a learner. */
    private void parse(Row target) {
        List<CellError> errors = target.errors;
        ImportRow row = ImportRows.withoutRefusedCells(target.row, errors);
        String surname = text(row, "surname", 100, true, errors);
        String name = text(row, "name", 100, true, errors);
        String patronymic = text(row, "patronymic", 100, false, errors);
        String email = text(row, "email", 254, true, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new CellError("email", "training.import.email"));
            email = null;
        }
        target.email = email;
        String phone = text(row, "phone", 20, false, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new CellError("phone", "training.import.phone"));
        }
        UUID organizationId = null;
        String inn = ImportRows.digits(row.get("organizationInn"));
        if (inn != null) {
            List<UUID> found = db.list(
                    "select id from registry_organization_view where inn = ? order by id",
                    rs -> rs.getObject(1, UUID.class),
                    inn);
            if (found.isEmpty()) {
                errors.add(new CellError("organizationInn", "registry.import.unknown-organization", List.of(inn)));
            } else if (found.size() > 1) {
                errors.add(new CellError("organizationInn", "training.import.ambiguous-inn", List.of(inn)));
            } else {
                organizationId = found.get(0);
            }
        }
        boolean volunteer = false;
        if (row.get("volunteer") != null) {
            Boolean parsed = ImportRows.bool(row.get("volunteer"));
            if (parsed == null) {
                errors.add(new CellError("volunteer", "registry.import.yes-no"));
            } else {
                volunteer = parsed;
            }
        }
        if (volunteer == (inn != null)) {
            errors.add(new CellError(
                    inn != null ? "volunteer" : "organizationInn", "training.learner.volunteer-or-organization"));
        }
        String position = text(row, "position", 300, false, errors);
        LocalDate birthDate = date(row, "birthDate", false, errors);
        if (birthDate != null
                && (birthDate.isBefore(LocalDate.of(1900, 1, 1)) || !birthDate.isBefore(LocalDate.now(MOSCOW)))) {
            errors.add(new CellError("birthDate", "training.import.birth-date"));
        }
        String snils = null;
        String snilsText = ImportRows.digits(row.get("snils"));
        if (snilsText != null) {
            String digits = snilsText.replace("-", "");
            if (digits.matches("\\d{9,10}")) {
                // a spreadsheet cell holding the number as a number loses its leading zeros
                digits = "0".repeat(11 - digits.length()) + digits;
            }
            Optional<String> valid = Snils.normalise(digits);
            if (valid.isEmpty()) {
                errors.add(new CellError("snils", "training.learner.snils"));
            } else {
                snils = valid.get();
            }
        }
        target.snils = snils;
        EducationLevel level = null;
        if (row.get("educationLevel") != null) {
            level = educationLevel(row.get("educationLevel"));
            if (level == null) {
                errors.add(new CellError(
                        "educationLevel", "training.import.education-level", List.of(row.get("educationLevel"))));
            }
        }
        String diplomaSurname = text(row, "diplomaSurname", 100, false, errors);
        LocalDate consentDate = date(row, "consentDate", true, errors);
        if (consentDate != null && consentDate.isAfter(LocalDate.now(MOSCOW))) {
            errors.add(new CellError("consentDate", "training.import.consent-future"));
        }
        target.consentDate = consentDate;
        String consentVersion = text(row, "consentVersion", 50, true, errors);
        if (errors.isEmpty()) {
            target.learner = new LearnerRequest(
                    surname,
                    name,
                    patronymic,
                    email,
                    phone,
                    organizationId,
                    volunteer,
                    position,
                    birthDate,
                    snils,
                    level,
                    diplomaSurname,
                    Boolean.TRUE,
                    consentVersion);
        }
    }

    private static String text(ImportRow row, String column, int max, boolean required, List<CellError> errors) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new CellError(column, "registry.import.required"));
            }
            return null;
        }
        value = value.strip();
        if (value.length() > max) {
            errors.add(new CellError(column, "registry.import.too-long", List.of(String.valueOf(max))));
            return null;
        }
        return value;
    }

    /** {@code dd.mm.yyyy} (or with slashes), ISO {@code yyyy-mm-dd}, or a spreadsheet's date serial number. */
    static LocalDate parseDate(String text) {
        String value = text.strip();
        try {
            Matcher dotted = DOTTED.matcher(value);
            if (dotted.matches()) {
                return LocalDate.of(
                        Integer.parseInt(dotted.group(3)),
                        Integer.parseInt(dotted.group(2)),
                        Integer.parseInt(dotted.group(1)));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher serial = SERIAL.matcher(value);
            if (serial.matches()) {
                // days since 1899-12-30, as Excel and LibreOffice count them (1900-01-01 .. 2173)
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(serial.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate date(ImportRow row, String column, boolean required, List<CellError> errors) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new CellError(column, "registry.import.required"));
            }
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            errors.add(new CellError(column, "training.import.date", List.of(value.strip())));
        }
        return date;
    }

    /** The level by its code, or by the words people write for it in Russian or English. */
    static EducationLevel educationLevel(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (EducationLevel level : EducationLevel.values()) {
            if (level.name().equalsIgnoreCase(value)) {
                return level;
            }
        }
        if (value.startsWith("высш") || value.startsWith("higher")) {
            return EducationLevel.HIGHER;
        }
        if (value.startsWith("среднее проф") || value.equals("спо") || value.startsWith("secondary")) {
            return EducationLevel.SECONDARY_VOCATIONAL;
        }
        if (value.startsWith("студент") || value.startsWith("обучающ") || value.startsWith("student")) {
            return EducationLevel.STUDENT;
        }
        return null;
    }

    private static ImportReport report(
            ImportTable table,
            Locale locale,
            boolean dryRun,
            boolean applied,
            ImportReport.Totals totals,
            List<RowReport> rows) {
        return new ImportReport(
                dryRun,
                applied,
                totals,
                rows,
                table.sheets(),
                table.sheet(),
                table.headerRow(),
                table.unknownHeaders().stream()
                        .map(header ->
                                new ImportReport.IgnoredColumn(header, ImportColumns.LEARNERS.suggest(header, locale)))
                        .toList(),
                table.trailing().stream()
                        .map(t -> new ImportReport.TrailingRow(t.number(), t.text()))
                        .toList());
    }

    /** Cell problems in the user's language, each naming its column by the file's own header. */
    private static List<CellMessage> messages(
            ImportTable table, ImportColumns columns, Locale locale, List<CellError> errors) {
        return errors.stream()
                .map(e -> new CellMessage(
                        e.column() == null
                                ? null
                                : table.headers().getOrDefault(e.column(), columns.header(e.column(), locale)),
                        Messages.get(
                                e.messageKey(),
                                locale,
                                e.args().stream().map(String::valueOf).toArray())))
                .toList();
    }
}
