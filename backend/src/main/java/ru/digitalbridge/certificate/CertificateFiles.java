package ru.digitalbridge.certificate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.digitalbridge.common.db.Sql;

/**
 * The files of certificates: the bulk ZIP of PDFs, the public register as CSV and NDJSON (CC BY 4.0), and the export
 * of issued documents for the federal register ФИС ФРДО as XLSX, streamed from the database.
 */
@ApplicationScoped
class CertificateFiles {
    /** The register's columns, in file order (the CSV header, the NDJSON keys). */
    static final List<String> REGISTER_COLUMNS = List.of(
            "number",
            "name",
            "programme_title",
            "hours",
            "study_start",
            "study_end",
            "issue_date",
            "issuer_name",
            "status",
            "revoked_on",
            "replaces_number");

    /**
     * The columns of the ФИС ФРДО template for documents of additional professional education (повышение
     * квалификации), in its order. Flags are «Да»/«Нет»; dates dd.MM.yyyy.
     */
    /**
     * The columns of the ФИС ФРДО upload template for additional professional education (повышение квалификации), by
     * name and in order, as public implementations of the template list them (docs/training.md says what could not be
     * checked against the template itself). Each row is built by column name ({@link #frdoRow}), so a value cannot
     * slide into its neighbour's column.
     */
    static final List<String> FRDO_COLUMNS = List.of(
            "Вид документа",
            "Статус документа",
            "Подтверждение утраты",
            "Подтверждение обмена",
            "Подтверждение уничтожения",
            "Серия документа",
            "Номер документа",
            "Дата выдачи документа",
            "Регистрационный номер",
            "Дополнительная профессиональная программа (повышение квалификации/ профессиональная переподготовка)",
            "Наименование дополнительной профессиональной программы",
            "Наименование области профессиональной деятельности",
            "Укрупненные группы специальностей",
            "Наименование квалификации, профессии, специальности",
            "Уровень образования ВО/СПО",
            "Фамилия указанная в дипломе о ВО или СПО",
            "Серия документа о ВО/СПО",
            "Номер документа о ВО/СПО",
            "Год начала обучения (для документа о квалификации)",
            "Год окончания обучения (для документа о квалификации)",
            "Срок обучения, часов (для документа о квалификации)",
            "Фамилия получателя",
            "Имя получателя",
            "Отчество получателя",
            "Дата рождения получателя",
            "Пол получателя",
            "СНИЛС",
            "Форма обучения",
            "Источник финансирования обучения",
            "Форма получения образования на момент прекращения образовательных отношений",
            "Гражданство получателя (код страны по ОКСМ)",
            "Наименование документа об образовании (оригинала)",
            "Серия (оригинала)",
            "Номер (оригинала)",
            "Регистрационный N (оригинала)",
            "Дата выдачи (оригинала)",
            "Фамилия получателя (оригинала)",
            "Имя получателя (оригинала)",
            "Отчество получателя (оригинала)",
            "Номер документа для изменения");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int FETCH = 200;

    private final Sql db;
    private final CertificateService certificates;
    private final ObjectMapper json;

    CertificateFiles(Sql db, CertificateService certificates, ObjectMapper json) {
        this.db = db;
        this.certificates = certificates;
        this.json = json;
    }

    /** The ids of the certificates a ZIP holds: of one year of issue, one cohort, or these enrolments. */
    List<UUID> selection(Integer year, UUID cohort, List<UUID> enrolments, UUID trainer) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (trainer != null) {
            where.append(" and cohort_id in (select cohort_id from training_cohort_trainer where user_id = ?)");
            params.add(trainer);
        }
        if (year != null) {
            where.append(" and year = ?");
            params.add(year);
        }
        if (cohort != null) {
            where.append(" and cohort_id = ?");
            params.add(cohort);
        }
        if (enrolments != null && !enrolments.isEmpty()) {
            where.append(" and enrolment_id = any(?)");
            params.add(Sql.uuids(enrolments));
        }
        return db.list(
                "select id from certificate" + where + " order by number",
                rs -> rs.getObject(1, UUID.class),
                params.toArray());
    }

    /** A ZIP of the PDFs (revoked ones stamped), one {@code <number>.pdf} each, read one at a time. */
    void zip(List<UUID> ids, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (UUID id : ids) {
                Certificate c = certificates.find(id);
                zip.putNextEntry(new ZipEntry(c.number() + ".pdf"));
                zip.write(certificates.pdf(c));
                zip.closeEntry();
            }
        }
    }

    /** The public register as CSV (RFC 4180, CRLF, UTF-8) or NDJSON, in number order. */
    void register(boolean csv, OutputStream out) throws IOException {
        if (csv) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(REGISTER_COLUMNS);
            stream(entry -> {
                try {
                    printer.printRecord(values(entry).stream()
                            .map(v -> v == null ? "" : v.toString())
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
            writer.flush();
        } else {
            JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
            stream(entry -> {
                try {
                    generator.writeStartObject();
                    List<Object> values = values(entry);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        generator.writeFieldName(REGISTER_COLUMNS.get(i));
                        if (value == null) {
                            generator.writeNull();
                        } else if (value instanceof Integer number) {
                            generator.writeNumber(number);
                        } else {
                            generator.writeString(value.toString());
                        }
                    }
                    generator.writeEndObject();
                    // one line per record; the generator's buffer goes out in blocks, not a flush per row
                    generator.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.flush();
        }
    }

    private void stream(java.util.function.Consumer<RegisterEntry> each) {
        db.stream(
                CertificateService.REGISTER + " order by v.number",
                FETCH,
                rs -> each.accept(CertificateService.entry(rs)));
    }

    private static List<Object> values(RegisterEntry e) {
        return java.util.Arrays.asList(
                e.number(),
                e.name(),
                e.programmeTitle(),
                e.hours(),
                e.studyStart(),
                e.studyEnd(),
                e.issueDate(),
                e.issuerName(),
                e.status().name(),
                e.revokedOn(),
                e.replacesNumber());
    }

    /** Issued documents of a year (or all) for ФИС ФРДО, with the personal data it requires (ADMIN). */
    void frdo(Integer year, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Digital Bridge", "1.0");
        Worksheet sheet = workbook.newWorksheet("ДПО");
        for (int c = 0; c < FRDO_COLUMNS.size(); c++) {
            sheet.inlineString(0, c, FRDO_COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] row = {1};
        db.stream(
                // typed, so that a null year (all years) binds too
                Certificate.SELECT + " where c.year = coalesce(?::int, c.year) order by c.number",
                FETCH,
                rs -> {
                    Certificate c = Certificate.read(rs);
                    List<String> cells = frdoRow(c);
                    for (int i = 0; i < cells.size(); i++) {
                        if (cells.get(i) != null) {
                            sheet.inlineString(row[0], i, cells.get(i));
                        }
                    }
                    row[0]++;
                },
                year);
        workbook.finish();
    }

    /** One certificate's cells in the order of {@link #FRDO_COLUMNS}; null where the platform holds no value. */
    static List<String> frdoRow(Certificate c) {
        boolean exchanged = c.status() == CertificateStatus.REVOKED && c.replacedByNumber() != null;
        boolean destroyed = c.status() == CertificateStatus.REVOKED && c.replacedByNumber() == null;
        Map<String, String> cells = new HashMap<>();
        cells.put("Вид документа", "Удостоверение о повышении квалификации");
        cells.put("Статус документа", "Оригинал");
        cells.put("Подтверждение утраты", "Нет");
        cells.put("Подтверждение обмена", exchanged ? "Да" : "Нет");
        cells.put("Подтверждение уничтожения", destroyed ? "Да" : "Нет");
        cells.put("Серия документа", c.series() + "-" + c.year());
        cells.put("Номер документа", String.format("%06d", c.seq()));
        cells.put("Дата выдачи документа", DATE.format(c.issueDate()));
        cells.put("Регистрационный номер", c.number());
        cells.put(
                "Дополнительная профессиональная программа (повышение квалификации/ профессиональная переподготовка)",
                "Повышение квалификации");
        cells.put("Наименование дополнительной профессиональной программы", c.programmeTitle());
        cells.put("Уровень образования ВО/СПО", educationLevel(c.educationLevel()));
        cells.put(
                "Год начала обучения (для документа о квалификации)",
                Integer.toString(c.studyStart().getYear()));
        cells.put(
                "Год окончания обучения (для документа о квалификации)",
                Integer.toString(c.studyEnd().getYear()));
        cells.put("Срок обучения, часов (для документа о квалификации)", Integer.toString(c.hours()));
        cells.put("Фамилия получателя", c.surname());
        cells.put("Имя получателя", c.givenName());
        cells.put("Отчество получателя", c.patronymic());
        cells.put("Дата рождения получателя", c.birthDate() == null ? null : DATE.format(c.birthDate()));
        cells.put("СНИЛС", c.snils());
        cells.put("Форма обучения", "Очно-заочная");
        cells.put("Регистрационный N (оригинала)", c.replacesNumber());
        if (!FRDO_COLUMNS.containsAll(cells.keySet())) {
            throw new IllegalStateException("ФИС ФРДО cell outside the template's columns");
        }
        return FRDO_COLUMNS.stream().map(cells::get).toList();
    }

    /** The level of the learner's own higher or vocational education as the template names it; null if not given. */
    static String educationLevel(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "HIGHER" -> "Высшее образование";
            case "SECONDARY_VOCATIONAL" -> "Среднее профессиональное образование";
            case "STUDENT" -> "Получающий высшее образование";
            default -> code;
        };
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
