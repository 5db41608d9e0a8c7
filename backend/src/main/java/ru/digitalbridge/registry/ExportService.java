package ru.digitalbridge.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.registry.Filters.AccountFilter;
import ru.digitalbridge.registry.Filters.OrganizationFilter;

/**
 * Exports the filtered lists in the import's column layout (headers and values in the request's
 * language), so an exported file can be edited in Excel and imported back with no change: every row
 * carries the record id (and the parent's or organization's record id), which the import matches first.
 */
@ApplicationScoped
class ExportService {
    /** The account columns an export writes: all but the instruction to move an account. */
    static final List<String> ACCOUNT_COLUMNS = ImportColumns.ACCOUNTS.keys().stream()
            .filter(key -> !key.equals("move"))
            .toList();

    /** The region's time zone: the day in an export's file name is the day there, not the server's (UTC). */
    static final java.time.ZoneId REGION = java.time.ZoneId.of("Europe/Saratov");

    private final RegistryQueries queries;
    private final ObjectMapper json;
    private final Sql db;

    /** The file name of an export made now: {@code prefix-YYYY-MM-DD.extension}, dated in the region. */
    static String fileName(String prefix, ExportFormat type) {
        return prefix + "-" + java.time.LocalDate.now(REGION) + "." + type.extension();
    }

    ExportService(RegistryQueries queries, ObjectMapper json, Sql db) {
        this.queries = queries;
        this.json = json;
        this.db = db;
    }

    /**
     * Validators of an export: the state of the registry (how many organizations and accounts, when the latest
     * changed; records are archived, never deleted) and the request (its query string and language). Weak, since an
     * XLSX file's bytes differ between two writes of the same rows.
     */
    record Version(EntityTag tag, Instant lastModified) {}

    Version version(String query, Locale locale) {
        return db.one("""
                        select (select count(*) from organization) as organizations,
                               (select max(updated_at) from organization) as organization_changed,
                               (select count(*) from account) as accounts,
                               (select max(updated_at) from account) as account_changed
                        """, rs -> {
                    OffsetDateTime organizations = rs.getObject("organization_changed", OffsetDateTime.class);
                    OffsetDateTime accounts = rs.getObject("account_changed", OffsetDateTime.class);
                    Instant changed = java.util.stream.Stream.of(organizations, accounts)
                            .filter(java.util.Objects::nonNull)
                            .map(OffsetDateTime::toInstant)
                            .max(Instant::compareTo)
                            .orElse(Instant.EPOCH);
                    String state = rs.getLong("organizations") + "|" + organizations + "|"
                            + rs.getLong("accounts") + "|" + accounts + "|" + query + "|"
                            + locale.getLanguage();
                    return new Version(new EntityTag(digest(state), true), changed);
                })
                .orElseThrow();
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    StreamingOutput organizations(OrganizationFilter filter, ExportFormat format, Locale locale) {
        if (format == ExportFormat.NDJSON) {
            return out -> queries.streamOrganizations(filter, row -> line(out, row.organization()));
        }
        ImportColumns columns = ImportColumns.ORGANIZATIONS;
        return out -> {
            try (var writer = format.open(out, sheetName("Организации", "Organizations", locale))) {
                writer.row(headers(columns, columns.keys(), locale));
                queries.streamOrganizations(filter, row -> {
                    OrganizationResponse o = row.organization();
                    write(
                            writer,
                            List.of(
                                    o.id().toString(),
                                    nz(o.externalId()),
                                    o.name(),
                                    nz(o.shortName()),
                                    o.kind().label(locale),
                                    o.sector().label(locale),
                                    o.municipality().name(),
                                    nz(o.website()),
                                    nz(o.inn()),
                                    nz(o.ogrn()),
                                    nz(o.kpp()),
                                    o.parent() == null ? "" : o.parent().id().toString(),
                                    nz(row.parentExternalId())));
                });
            }
        };
    }

    StreamingOutput accounts(AccountFilter filter, ExportFormat format, Locale locale) {
        if (format == ExportFormat.NDJSON) {
            return out -> queries.streamAccounts(filter, row -> line(out, row.account()));
        }
        ImportColumns columns = ImportColumns.ACCOUNTS;
        return out -> {
            try (var writer = format.open(out, sheetName("Аккаунты", "Accounts", locale))) {
                writer.row(headers(columns, ACCOUNT_COLUMNS, locale));
                queries.streamAccounts(filter, row -> {
                    AccountResponse a = row.account();
                    boolean english = "en".equals(locale.getLanguage());
                    write(
                            writer,
                            List.of(
                                    a.id().toString(),
                                    nz(a.externalId()),
                                    a.organization().id().toString(),
                                    nz(row.organizationExternalId()),
                                    nz(row.organizationInn()),
                                    a.platform().label(locale),
                                    a.normalizedUrl(),
                                    a.displayName(),
                                    a.official() ? (english ? "yes" : "да") : (english ? "no" : "нет"),
                                    a.status().label(locale),
                                    a.organization().name(),
                                    a.municipality().name()));
                });
            }
        };
    }

    private static List<String> headers(ImportColumns columns, List<String> keys, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(columns.header(key, locale));
        }
        return headers;
    }

    /** One record as a line of JSON, the same shape as the list endpoint's items. */
    private void line(OutputStream out, Object record) {
        try {
            out.write(json.writeValueAsBytes(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ExportFormat.TableWriter writer, List<String> cells) {
        try {
            writer.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String ru, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ru;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
