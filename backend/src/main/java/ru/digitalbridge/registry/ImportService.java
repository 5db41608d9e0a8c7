package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.registry.ImportReport.CellMessage;
import ru.digitalbridge.registry.ImportReport.Outcome;
import ru.digitalbridge.registry.ImportReport.RowReport;
import ru.digitalbridge.registry.ImportRows.AccountDraft;
import ru.digitalbridge.registry.ImportRows.CellError;
import ru.digitalbridge.registry.ImportRows.OrganizationDraft;
import ru.digitalbridge.registry.ImportTable.ImportRow;

/**
 * Bulk upsert of organizations (by {@code externalId}) and accounts (by {@code externalId}, else by
 * normalised URL) from CSV or XLSX. Every row is checked first; when any row has an error, or on a dry
 * run, nothing is written and the same per-row report comes back.
 */
@ApplicationScoped
public class ImportService {
    /** Largest accepted file. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int CHUNK = 1000;

    private final OrganizationRepository organizations;
    private final AccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final AuditService audit;
    private final EntityManager entityManager;

    ImportService(
            OrganizationRepository organizations,
            AccountRepository accounts,
            MunicipalityRepository municipalities,
            AuditService audit,
            EntityManager entityManager) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** A row as checked: its report entry under construction plus the draft and the record it matches. */
    private static final class Checked<D, E> {
        final ImportRow row;
        final D draft;
        final List<CellError> errors;
        E existing;
        UUID id;
        Outcome outcome;

        Checked(ImportRow row, D draft, List<CellError> errors) {
            this.row = row;
            this.draft = draft;
            this.errors = new ArrayList<>(errors);
        }
    }

    @Transactional
    public ImportReport importOrganizations(byte[] content, boolean dryRun, Locale locale) {
        ImportTable table = read(content, ImportColumns.ORGANIZATIONS, ImportRows.ORGANIZATION_REQUIRED);
        if (!table.missingColumns().isEmpty()) {
            return missingColumns(table, dryRun, locale);
        }
        Function<String, UUID> municipality = municipalityResolver();
        List<Checked<OrganizationDraft, Organization>> rows = new ArrayList<>();
        Map<String, Checked<OrganizationDraft, Organization>> byKey = new HashMap<>();
        for (ImportRow row : table.rows()) {
            var parsed = ImportRows.organization(row, municipality);
            var checked = new Checked<OrganizationDraft, Organization>(row, parsed.draft(), parsed.errors());
            String key = parsed.draft().externalId();
            if (key != null && byKey.putIfAbsent(key, checked) != null) {
                checked.errors.add(new CellError("externalId", "registry.import.duplicate-key", List.of(key)));
            }
            rows.add(checked);
        }
        Map<String, Organization> existing = new HashMap<>();
        Set<String> wanted = new HashSet<>(byKey.keySet());
        rows.stream()
                .map(c -> c.draft.parentExternalId())
                .filter(Objects::nonNull)
                .forEach(wanted::add);
        for (Organization organization : chunked(wanted, organizations::findByExternalIds)) {
            existing.put(organization.externalId, organization);
        }
        for (var checked : rows) {
            checked.existing = checked.draft.externalId() == null ? null : existing.get(checked.draft.externalId());
            checked.id = checked.existing != null ? checked.existing.id : UUID.randomUUID();
        }
        Function<String, UUID> idOf = key -> {
            var inFile = byKey.get(key);
            if (inFile != null) {
                return inFile.id;
            }
            Organization organization = existing.get(key);
            return organization == null ? null : organization.id;
        };
        for (var checked : rows) {
            String parent = checked.draft.parentExternalId();
            if (parent != null && idOf.apply(parent) == null) {
                checked.errors.add(
                        new CellError("parentExternalId", "registry.import.unknown-parent", List.of(parent)));
            }
        }
        Map<UUID, UUID> fileParents = new HashMap<>();
        for (var checked : rows) {
            if (checked.errors.isEmpty() && checked.draft.parentExternalId() != null) {
                fileParents.put(checked.id, idOf.apply(checked.draft.parentExternalId()));
            } else if (checked.errors.isEmpty()) {
                fileParents.put(checked.id, null);
            }
        }
        for (var checked : rows) {
            if (checked.errors.isEmpty() && createsCycle(checked.id, fileParents)) {
                checked.errors.add(new CellError("parentExternalId", "registry.organization.parent-cycle"));
            }
            if (checked.errors.isEmpty()) {
                UUID parentId = fileParents.get(checked.id);
                checked.outcome = checked.existing == null
                        ? Outcome.CREATED
                        : sameOrganization(checked.existing, checked.draft, parentId)
                                ? Outcome.UNCHANGED
                                : Outcome.UPDATED;
            }
        }
        boolean apply = !dryRun && rows.stream().allMatch(c -> c.errors.isEmpty());
        if (apply) {
            applyOrganizations(rows, fileParents);
        }
        return report(rows, dryRun, apply, c -> c.draft.externalId(), locale);
    }

    @Transactional
    public ImportReport importAccounts(byte[] content, boolean dryRun, Locale locale) {
        ImportTable table = read(content, ImportColumns.ACCOUNTS, ImportRows.ACCOUNT_REQUIRED);
        if (!table.missingColumns().isEmpty()) {
            return missingColumns(table, dryRun, locale);
        }
        List<Checked<AccountDraft, Account>> rows = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            var parsed = ImportRows.account(row);
            rows.add(new Checked<>(row, parsed.draft(), parsed.errors()));
        }
        Set<String> orgKeys = new HashSet<>();
        Set<String> orgInns = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (var checked : rows) {
            AccountDraft d = checked.draft;
            if (d.organizationExternalId() != null) {
                orgKeys.add(d.organizationExternalId());
            } else if (d.organizationInn() != null) {
                orgInns.add(d.organizationInn());
            }
            if (d.externalId() != null) {
                externalIds.add(d.externalId());
            }
            if (d.normalizedUrl() != null) {
                urls.add(d.normalizedUrl());
            }
        }
        Map<String, Organization> orgByKey = new HashMap<>();
        chunked(orgKeys, organizations::findByExternalIds).forEach(o -> orgByKey.put(o.externalId, o));
        Map<String, List<Organization>> orgByInn = new HashMap<>();
        chunked(orgInns, organizations::findByInns)
                .forEach(o ->
                        orgByInn.computeIfAbsent(o.inn, k -> new ArrayList<>()).add(o));
        Map<String, Account> byExternalId = new HashMap<>();
        chunked(externalIds, accounts::findByExternalIds).forEach(a -> byExternalId.put(a.externalId, a));
        Map<String, Account> byUrl = new HashMap<>();
        chunked(urls, accounts::findByNormalizedUrls).forEach(a -> byUrl.put(a.normalizedUrl, a));

        Set<String> seenKeys = new HashSet<>();
        Set<String> seenUrls = new HashSet<>();
        Map<UUID, Organization> organizationOf = new HashMap<>();
        for (var checked : rows) {
            AccountDraft d = checked.draft;
            Organization organization = null;
            if (d.organizationExternalId() != null) {
                organization = orgByKey.get(d.organizationExternalId());
                if (organization == null) {
                    checked.errors.add(new CellError(
                            "organizationExternalId",
                            "registry.import.unknown-organization",
                            List.of(d.organizationExternalId())));
                }
            } else if (d.organizationInn() != null) {
                List<Organization> found = orgByInn.getOrDefault(d.organizationInn(), List.of());
                if (found.size() != 1) {
                    checked.errors.add(new CellError(
                            "organizationInn",
                            found.isEmpty() ? "registry.import.unknown-organization" : "registry.import.ambiguous-inn",
                            List.of(d.organizationInn())));
                } else {
                    organization = found.get(0);
                }
            }
            if (d.externalId() != null && !seenKeys.add("id:" + d.externalId())) {
                checked.errors.add(
                        new CellError("externalId", "registry.import.duplicate-key", List.of(d.externalId())));
            }
            if (d.normalizedUrl() != null && !seenUrls.add(d.normalizedUrl())) {
                checked.errors.add(new CellError("url", "registry.import.duplicate-key", List.of(d.normalizedUrl())));
            }
            if (!checked.errors.isEmpty()) {
                continue;
            }
            Account owner = byUrl.get(d.normalizedUrl());
            Account existing = d.externalId() != null ? byExternalId.get(d.externalId()) : owner;
            if (owner != null && existing != owner) {
                String ownerName = owner.displayName;
                checked.errors.add(
                        new CellError("url", "registry.import.url-taken", List.of(d.normalizedUrl(), ownerName)));
                continue;
            }
            if (organization.status == RecordStatus.ARCHIVED
                    && d.status() == RecordStatus.ACTIVE
                    && (existing == null
                            || existing.status == RecordStatus.ARCHIVED
                            || !existing.organizationId.equals(organization.id))) {
                checked.errors.add(new CellError(
                        d.organizationExternalId() != null ? "organizationExternalId" : "organizationInn",
                        "registry.import.organization-archived",
                        List.of(organization.name)));
                continue;
            }
            checked.existing = existing;
            checked.id = existing != null ? existing.id : UUID.randomUUID();
            organizationOf.put(checked.id, organization);
            checked.outcome = existing == null
                    ? Outcome.CREATED
                    : sameAccount(existing, d, organization.id) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
        boolean apply = !dryRun && rows.stream().allMatch(c -> c.errors.isEmpty());
        if (apply) {
            applyAccounts(rows, organizationOf);
        }
        return report(rows, dryRun, apply, c -> c.draft.key(), locale);
    }

    private void applyOrganizations(List<Checked<OrganizationDraft, Organization>> rows, Map<UUID, UUID> parents) {
        OffsetDateTime now = OffsetDateTime.now();
        for (var checked : rows) {
            if (checked.outcome == Outcome.CREATED) {
                Organization organization = new Organization();
                organization.id = checked.id;
                organization.status = RecordStatus.ACTIVE;
                organization.createdAt = now;
                organization.updatedAt = now;
                fill(organization, checked.draft, null);
                organizations.persist(organization);
                checked.existing = organization;
            }
        }
        entityManager.flush();
        for (var checked : rows) {
            Organization organization = checked.existing;
            if (checked.outcome == Outcome.CREATED) {
                organization.parentId = parents.get(checked.id);
                audit.record(OrganizationService.ENTITY, checked.id, "import-create", null, checked.draft);
            } else if (checked.outcome == Outcome.UPDATED) {
                OrganizationDraft before = draftOf(organization);
                fill(organization, checked.draft, parents.get(checked.id));
                organization.updatedAt = now;
                audit.record(OrganizationService.ENTITY, checked.id, "import-update", before, checked.draft);
            }
        }
        entityManager.flush();
    }

    private void applyAccounts(List<Checked<AccountDraft, Account>> rows, Map<UUID, Organization> organizationOf) {
        OffsetDateTime now = OffsetDateTime.now();
        for (var checked : rows) {
            UUID organizationId = organizationOf.get(checked.id).id;
            if (checked.outcome == Outcome.CREATED) {
                Account account = new Account();
                account.id = checked.id;
                account.createdAt = now;
                account.updatedAt = now;
                fill(account, checked.draft, organizationId);
                accounts.persist(account);
                audit.record(AccountService.ENTITY, checked.id, "import-create", null, checked.draft);
            } else if (checked.outcome == Outcome.UPDATED) {
                Account account = checked.existing;
                Map<String, Object> before = accountSummary(account);
                fill(account, checked.draft, organizationId);
                account.updatedAt = now;
                audit.record(AccountService.ENTITY, checked.id, "import-update", before, accountSummary(account));
            }
        }
        entityManager.flush();
    }

    private ImportTable read(byte[] content, ImportColumns columns, List<String> required) {
        try {
            return ImportTable.read(content, columns, required);
        } catch (ImportTable.UnsupportedFileException e) {
            throw new ProblemException(415, "unsupported-import-file");
        }
    }

    private ImportReport missingColumns(ImportTable table, boolean dryRun, Locale locale) {
        List<CellMessage> errors = table.missingColumns().stream()
                .map(column -> new CellMessage(column, Messages.get("registry.import.missing-column", locale, column)))
                .toList();
        RowReport header = new RowReport(1, Outcome.ERROR, null, null, errors);
        return new ImportReport(dryRun, false, new ImportReport.Totals(0, 0, 0, 1), List.of(header));
    }

    private static <D, E> ImportReport report(
            List<Checked<D, E>> rows,
            boolean dryRun,
            boolean applied,
            Function<Checked<D, E>, String> key,
            Locale locale) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        List<RowReport> reports = new ArrayList<>();
        for (var checked : rows) {
            Outcome outcome = checked.errors.isEmpty() ? checked.outcome : Outcome.ERROR;
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case ERROR -> errors++;
            }
            List<CellMessage> messages = checked.errors.stream()
                    .map(e -> new CellMessage(
                            e.column(),
                            Messages.get(e.messageKey(), locale, e.args().toArray())))
                    .toList();
            UUID id = outcome == Outcome.ERROR || (outcome == Outcome.CREATED && !applied) ? null : checked.id;
            reports.add(new RowReport(checked.row.number(), outcome, id, key.apply(checked), messages));
        }
        return new ImportReport(dryRun, applied, new ImportReport.Totals(created, updated, unchanged, errors), reports);
    }

    /** Whether following parents from {@code start} (file first, then database) comes back to it. */
    private boolean createsCycle(UUID start, Map<UUID, UUID> fileParents) {
        Set<UUID> seen = new HashSet<>();
        UUID cursor = parentOf(start, fileParents);
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(start)) {
                return true;
            }
            cursor = parentOf(cursor, fileParents);
        }
        return false;
    }

    private UUID parentOf(UUID id, Map<UUID, UUID> fileParents) {
        if (fileParents.containsKey(id)) {
            return fileParents.get(id);
        }
        Organization organization = organizations.findById(id);
        return organization == null ? null : organization.parentId;
    }

    private Function<String, UUID> municipalityResolver() {
        Map<String, UUID> byName = new HashMap<>();
        for (Municipality m : municipalities.listAll()) {
            byName.put(fold(m.code), m.id);
            byName.put(fold(m.name), m.id);
            for (String alias : aliases(m.name)) {
                byName.putIfAbsent(fold(alias), m.id);
            }
        }
        return text -> byName.get(fold(text));
    }

    /** Short forms people write: «Балаковский район», «Балаковский», «город Саратов», «Саратов». */
    static List<String> aliases(String name) {
        List<String> aliases = new ArrayList<>();
        String stem = name.replace(" муниципальный район", "").replace("Городской округ ", "");
        aliases.add(stem);
        if (name.contains("муниципальный район")) {
            aliases.add(stem + " район");
        }
        if (stem.startsWith("город ")) {
            aliases.add(stem.substring("город ".length()));
        }
        if (stem.startsWith("ЗАТО ")) {
            aliases.add(stem.substring("ЗАТО ".length()));
        }
        return aliases;
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }

    private static <T> List<T> chunked(Collection<String> keys, Function<List<String>, List<T>> finder) {
        List<String> all = new ArrayList<>(keys);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(finder.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        return found;
    }

    private static boolean sameOrganization(Organization o, OrganizationDraft d, UUID parentId) {
        return Objects.equals(o.name, d.name())
                && Objects.equals(o.shortName, d.shortName())
                && o.kind == d.kind()
                && o.sector == d.sector()
                && Objects.equals(o.municipalityId, d.municipalityId())
                && Objects.equals(o.website, d.website())
                && Objects.equals(o.inn, d.inn())
                && Objects.equals(o.ogrn, d.ogrn())
                && Objects.equals(o.parentId, parentId);
    }

    private static boolean sameAccount(Account a, AccountDraft d, UUID organizationId) {
        return Objects.equals(a.organizationId, organizationId)
                && a.platform == d.platform()
                && Objects.equals(a.normalizedUrl, d.normalizedUrl())
                && Objects.equals(a.displayName, d.displayName())
                && a.official == d.official()
                && a.status == d.status()
                && (d.externalId() == null || Objects.equals(a.externalId, d.externalId()));
    }

    private static void fill(Organization o, OrganizationDraft d, UUID parentId) {
        o.externalId = d.externalId();
        o.name = d.name();
        o.shortName = d.shortName();
        o.kind = d.kind();
        o.sector = d.sector();
        o.municipalityId = d.municipalityId();
        o.website = d.website();
        o.inn = d.inn();
        o.ogrn = d.ogrn();
        o.parentId = parentId;
    }

    private static void fill(Account a, AccountDraft d, UUID organizationId) {
        a.organizationId = organizationId;
        a.platform = d.platform();
        if (!Objects.equals(a.normalizedUrl, d.normalizedUrl())) {
            a.url = d.url();
        }
        a.normalizedUrl = d.normalizedUrl();
        a.displayName = d.displayName();
        a.official = d.official();
        a.status = d.status();
        if (d.externalId() != null) {
            a.externalId = d.externalId();
        }
    }

    private static OrganizationDraft draftOf(Organization o) {
        return new OrganizationDraft(
                o.externalId, o.name, o.shortName, o.kind, o.sector, o.municipalityId, o.website, o.inn, o.ogrn, null);
    }

    private static Map<String, Object> accountSummary(Account a) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("organizationId", a.organizationId);
        summary.put("platform", a.platform);
        summary.put("url", a.url);
        summary.put("normalizedUrl", a.normalizedUrl);
        summary.put("displayName", a.displayName);
        summary.put("official", a.official);
        summary.put("status", a.status);
        summary.put("externalId", a.externalId);
        return summary;
    }
}
