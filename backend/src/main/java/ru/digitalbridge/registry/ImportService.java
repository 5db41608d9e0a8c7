package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.registry.ImportReport.CellMessage;
import ru.digitalbridge.registry.ImportReport.Outcome;
import ru.digitalbridge.registry.ImportReport.RowReport;
import ru.digitalbridge.registry.ImportRows.AccountDraft;
import ru.digitalbridge.registry.ImportRows.CellError;
import ru.digitalbridge.registry.ImportRows.OrganizationDraft;
import ru.digitalbridge.registry.ImportTable.ImportRow;

/**
 * Bulk upsert of organizations and accounts from CSV, XLSX or ODS. Every row is checked first; when any row has
 * an error, or on a dry run, nothing is written and the same per-row report comes back.
 *
 * <p>An organization row finds its record by the record id, else the external id, else the INN (narrowed by
 * the OGRN when the file gives one), else the OGRN; an account row by the record id, else the external id,
 * else the normalised URL. A column the file does not have leaves the stored value alone; an empty cell of
 * a column it has clears an optional value. An account never changes organization unless the row says so
 * in the «Перенести в организацию» column.
 */
@ApplicationScoped
public class ImportService {
    /** Largest accepted file. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int CHUNK = 1000;
    /** The advisory lock an import holds from matching its rows to its commit (any number unique in the application). */
    private static final long APPLY_LOCK = 0x72656769_6d706f72L;

    private final OrganizationRepository organizations;
    private final AccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final AuditService audit;
    private final RegistryEvents events;
    private final Sql sql;

    ImportService(
            OrganizationRepository organizations,
            AccountRepository accounts,
            MunicipalityRepository municipalities,
            AuditService audit,
            RegistryEvents events,
            Sql sql) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.audit = audit;
        this.events = events;
        this.sql = sql;
    }

    /** A row as checked: its report entry under construction plus the draft and the record it matches. */
    private static final class Checked<D, E, V> {
        final ImportRow row;
        final D draft;
        final List<CellError> errors;
        final List<CellError> warnings;
        E existing;
        UUID id;
        V values;
        Outcome outcome;
        ImportReport.Move move;

        Checked(ImportRow row, D draft, List<CellError> errors, List<CellError> warnings) {
            this.row = row;
            this.draft = draft;
            this.errors = new ArrayList<>(errors);
            this.warnings = new ArrayList<>(warnings);
        }
    }

    /** What an organization will hold after the import: the file's values over the stored ones. */
    record OrganizationValues(
            String externalId,
            String name,
            String shortName,
            OrganizationKind kind,
            Sector sector,
            UUID municipalityId,
            String website,
            String inn,
            String ogrn,
            String kpp,
            UUID parentId) {}

    /** What an account will hold after the import. */
    record AccountValues(
            UUID organizationId,
            Platform platform,
            String url,
            String normalizedUrl,
            String displayName,
            boolean official,
            RecordStatus status,
            String externalId) {}

    /** The file as read, for the parts of the report that are not rows. */
    private record Context(ImportTable table, ImportColumns columns, Locale locale) {
        /** A column as the user knows it: the file's own header, else ours in the user's language. */
        String name(String key) {
            String header = table.headers().get(key);
            return header != null ? header : columns.header(key, locale);
        }
    }

    @Transactional
    public ImportReport importOrganizations(byte[] content, boolean dryRun, Locale locale) {
        return importOrganizations(content, dryRun, null, locale);
    }

    @Transactional
    public ImportReport importOrganizations(byte[] content, boolean dryRun, String sheet, Locale locale) {
        ImportColumns columns = ImportColumns.ORGANIZATIONS;
        ImportTable table = read(content, columns, List.of(), sheet);
        Context context = new Context(table, columns, locale);
        Set<String> present = table.headers().keySet();
        if (ImportRows.ORGANIZATION_KEYS.stream().noneMatch(present::contains)) {
            String options = String.join(
                    ", ",
                    ImportRows.ORGANIZATION_KEYS.stream()
                            .map(k -> "en".equals(locale.getLanguage())
                                    ? "\"" + columns.header(k, locale) + "\""
                                    : "«" + columns.header(k, locale) + "»")
                            .toList());
            return headerError(
                    context,
                    dryRun,
                    List.of(new CellMessage(
                            null, Messages.get("registry.import.missing-key-column", locale, options))));
        }
        Function<String, UUID> municipality = municipalityResolver();
        List<Checked<OrganizationDraft, Organization, OrganizationValues>> rows = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            var parsed = ImportRows.organization(row, present, municipality);
            rows.add(new Checked<>(row, parsed.draft(), parsed.errors(), parsed.warnings()));
        }
        oneAtATime(dryRun);
        Set<UUID> ids = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> inns = new HashSet<>();
        Set<String> ogrns = new HashSet<>();
        for (var checked : rows) {
            OrganizationDraft d = checked.draft;
            addIfPresent(ids, d.id());
            addIfPresent(ids, d.parentId());
            addIfPresent(externalIds, d.externalId());
            addIfPresent(externalIds, d.parentExternalId());
            addIfPresent(inns, d.inn());
            addIfPresent(ogrns, d.ogrn());
        }
        Map<UUID, Organization> loaded = new HashMap<>();
        Map<UUID, Organization> byId = new HashMap<>();
        chunked(ids, organizations::findByRecordIds, loaded, o -> o.id).forEach(o -> byId.put(o.id, o));
        Map<String, Organization> byExternalId = new HashMap<>();
        chunked(externalIds, organizations::findByExternalIds, loaded, o -> o.id)
                .forEach(o -> byExternalId.put(o.externalId, o));
        Map<String, List<Organization>> byInn = new HashMap<>();
        chunked(inns, organizations::findByInns, loaded, o -> o.id)
                .forEach(o ->
                        byInn.computeIfAbsent(o.inn, k -> new ArrayList<>()).add(o));
        Map<String, List<Organization>> byOgrn = new HashMap<>();
        chunked(ogrns, organizations::findByOgrns, loaded, o -> o.id)
                .forEach(o ->
                        byOgrn.computeIfAbsent(o.ogrn, k -> new ArrayList<>()).add(o));

        Map<UUID, Checked<OrganizationDraft, Organization, OrganizationValues>> byRecord = new HashMap<>();
        Map<String, Checked<OrganizationDraft, Organization, OrganizationValues>> byFileExternalId = new HashMap<>();
        Set<String> newInns = new HashSet<>();
        for (var checked : rows) {
            OrganizationDraft d = checked.draft;
            Organization match = match(checked, byId, byExternalId, byInn, byOgrn);
            if (d.externalId() != null) {
                Organization holder = byExternalId.get(d.externalId());
                if (holder != null && match != null && holder != match) {
                    checked.errors.add(new CellError(
                            "externalId", "registry.import.external-id-taken", List.of(d.externalId(), holder.name)));
                }
                if (byFileExternalId.putIfAbsent(d.externalId(), checked) != null) {
                    checked.errors.add(
                            new CellError("externalId", "registry.import.duplicate-key", List.of(d.externalId())));
                }
            }
            checked.existing = match;
            checked.id = match != null ? match.id : UUID.randomUUID();
            if (match != null && byRecord.putIfAbsent(match.id, checked) != null) {
                checked.errors.add(new CellError(
                        keyColumn(d),
                        "registry.import.same-record",
                        List.of(byRecord.get(match.id).row.number())));
            }
            if (match == null) {
                if (d.externalId() == null && d.inn() != null && !newInns.add(d.inn() + "/" + d.kpp())) {
                    checked.errors.add(new CellError("inn", "registry.import.duplicate-key", List.of(d.inn())));
                }
                for (String column : ImportRows.ORGANIZATION_REQUIRED) {
                    if (!d.has(column)) {
                        checked.errors.add(new CellError(column, "registry.import.required-to-create"));
                    }
                }
            }
        }
        Map<UUID, UUID> fileParents = new HashMap<>();
        boolean parentColumns = present.contains("parentId") || present.contains("parentExternalId");
        Map<UUID, Checked<OrganizationDraft, Organization, OrganizationValues>> byFileId = new HashMap<>();
        for (var checked : rows) {
            if (checked.draft.id() != null) {
                byFileId.putIfAbsent(checked.draft.id(), checked);
            }
        }
        for (var checked : rows) {
            OrganizationDraft d = checked.draft;
            UUID parent = checked.existing == null ? null : checked.existing.parentId;
            if (parentColumns) {
                parent = null;
                if (d.parentId() != null) {
                    var inFile = byFileId.get(d.parentId());
                    Organization stored = byId.get(d.parentId());
                    parent = inFile != null ? inFile.id : stored != null ? stored.id : null;
                    if (parent == null) {
                        checked.errors.add(
                                new CellError("parentId", "registry.import.unknown-parent", List.of(d.parentId())));
                    }
                } else if (d.parentExternalId() != null) {
                    var inFile = byFileExternalId.get(d.parentExternalId());
                    Organization stored = byExternalId.get(d.parentExternalId());
                    parent = inFile != null ? inFile.id : stored != null ? stored.id : null;
                    if (parent == null) {
                        checked.errors.add(new CellError(
                                "parentExternalId", "registry.import.unknown-parent", List.of(d.parentExternalId())));
                    }
                }
            }
            checked.values = merge(d, checked.existing, parent);
        }
        for (var checked : rows) {
            if (checked.errors.isEmpty()) {
                fileParents.put(checked.id, checked.values.parentId());
            }
        }
        for (var checked : rows) {
            if (checked.errors.isEmpty() && createsCycle(checked.id, fileParents)) {
                checked.errors.add(new CellError(
                        checked.draft.parentId() != null ? "parentId" : "parentExternalId",
                        "registry.organization.parent-cycle"));
            }
            if (checked.errors.isEmpty()) {
                checked.outcome = checked.existing == null
                        ? Outcome.CREATED
                        : sameOrganization(checked.existing, checked.values) ? Outcome.UNCHANGED : Outcome.UPDATED;
            }
        }
        boolean apply = !dryRun && rows.stream().allMatch(c -> c.errors.isEmpty());
        if (apply) {
            applyOrganizations(rows);
        }
        return report(context, rows, dryRun, apply, c -> organizationKey(c));
    }

    /**
     * An import that will write waits here for any other one to commit, before it matches its rows: two imports of one
     * file at once would each find the registry without the other's rows and create them twice (an INN has no unique
     * key: an organisation may have branches), or break a URL's unique key. Dry runs write nothing and never wait.
     */
    private void oneAtATime(boolean dryRun) {
        if (!dryRun) {
            sql.one("select 1 from pg_advisory_xact_lock(?)", rs -> rs.getInt(1), APPLY_LOCK);
        }
    }

    private static String organizationKey(Checked<OrganizationDraft, Organization, OrganizationValues> c) {
        if (c.values != null && c.values.externalId() != null) {
            return c.values.externalId();
        }
        if (c.draft.inn() != null) {
            return c.draft.inn();
        }
        return c.draft.id() != null ? c.draft.id().toString() : c.draft.name();
    }

    /** The column a row was matched by, for messages about the match. */
    private static String keyColumn(OrganizationDraft d) {
        if (d.id() != null) {
            return "id";
        }
        if (d.externalId() != null) {
            return "externalId";
        }
        return d.inn() != null ? "inn" : "ogrn";
    }

    /**
     * The stored organization a row means: by record id, else external id, else INN, else OGRN. A branch office
     * shares its parent's INN and OGRN, so a row with a KPP matches only the organization with that INN (or OGRN)
     * and that KPP; without a KPP, several organizations of one INN are told apart by OGRN when possible.
     */
    private static Organization match(
            Checked<OrganizationDraft, Organization, OrganizationValues> checked,
            Map<UUID, Organization> byId,
            Map<String, Organization> byExternalId,
            Map<String, List<Organization>> byInn,
            Map<String, List<Organization>> byOgrn) {
        OrganizationDraft d = checked.draft;
        if (d.id() != null) {
            Organization found = byId.get(d.id());
            if (found == null) {
                checked.errors.add(new CellError("id", "registry.import.unknown-id", List.of(d.id())));
            }
            return found;
        }
        if (d.has("id") && d.externalId() == null && d.inn() == null && d.ogrn() == null) {
            return null;
        }
        if (d.externalId() != null && byExternalId.containsKey(d.externalId())) {
            return byExternalId.get(d.externalId());
        }
        List<Organization> candidates = List.of();
        String column = null;
        if (d.inn() != null) {
            candidates = byInn.getOrDefault(d.inn(), List.of());
            column = "inn";
            if (d.kpp() != null) {
                candidates = sameKpp(checked, candidates);
            } else if (d.ogrn() != null && candidates.size() > 1) {
                List<Organization> narrowed =
                        candidates.stream().filter(o -> d.ogrn().equals(o.ogrn)).toList();
                if (!narrowed.isEmpty()) {
                    candidates = narrowed;
                }
            }
        } else if (d.ogrn() != null) {
            candidates = byOgrn.getOrDefault(d.ogrn(), List.of());
            column = "ogrn";
            if (d.kpp() != null) {
                candidates = sameKpp(checked, candidates);
            }
        }
        if (d.externalId() != null) {
            // a new external id: only an organization without one may take it over by INN/OGRN
            candidates = candidates.stream().filter(o -> o.externalId == null).toList();
        }
        if (candidates.size() > 1) {
            checked.errors.add(new CellError(
                    column,
                    "inn".equals(column) ? "registry.import.ambiguous-inn" : "registry.import.ambiguous-ogrn",
                    List.of("inn".equals(column) ? d.inn() : d.ogrn())));
            return null;
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /**
     * The candidates with the row's KPP. When none has it but one without a KPP shares the INN, the row creates a new
     * organization and a warning names the one it did not update (a branch office must not overwrite its parent).
     */
    private static List<Organization> sameKpp(
            Checked<OrganizationDraft, Organization, OrganizationValues> checked, List<Organization> candidates) {
        String kpp = checked.draft.kpp();
        List<Organization> same =
                candidates.stream().filter(o -> kpp.equals(o.kpp)).toList();
        if (same.isEmpty()) {
            candidates.stream()
                    .filter(o -> o.kpp == null && checked.draft.externalId() == null)
                    .findFirst()
                    .ifPresent(o -> checked.warnings.add(
                            new CellError("kpp", "registry.import.kpp-new-branch", List.of(o.name))));
        }
        return same;
    }

    private static OrganizationValues merge(OrganizationDraft d, Organization o, UUID parentId) {
        if (o == null) {
            return new OrganizationValues(
                    d.externalId(),
                    d.name(),
                    d.shortName(),
                    d.kind(),
                    d.sector(),
                    d.municipalityId(),
                    d.website(),
                    d.inn(),
                    d.ogrn(),
                    d.kpp(),
                    parentId);
        }
        return new OrganizationValues(
                d.externalId() != null ? d.externalId() : o.externalId,
                d.has("name") && d.name() != null ? d.name() : o.name,
                d.has("shortName") ? d.shortName() : o.shortName,
                d.has("kind") && d.kind() != null ? d.kind() : o.kind,
                d.has("sector") && d.sector() != null ? d.sector() : o.sector,
                d.has("municipality") && d.municipalityId() != null ? d.municipalityId() : o.municipalityId,
                d.has("website") ? d.website() : o.website,
                d.has("inn") ? d.inn() : o.inn,
                d.has("ogrn") ? d.ogrn() : o.ogrn,
                d.has("kpp") ? d.kpp() : o.kpp,
                parentId);
    }

    @Transactional
    public ImportReport importAccounts(byte[] content, boolean dryRun, Locale locale) {
        return importAccounts(content, dryRun, null, locale);
    }

    @Transactional
    public ImportReport importAccounts(byte[] content, boolean dryRun, String sheet, Locale locale) {
        ImportColumns columns = ImportColumns.ACCOUNTS;
        ImportTable table = read(content, columns, ImportRows.ACCOUNT_REQUIRED, sheet);
        Context context = new Context(table, columns, locale);
        if (!table.missingColumns().isEmpty()) {
            return headerError(
                    context,
                    dryRun,
                    table.missingColumns().stream()
                            .map(key -> new CellMessage(
                                    context.name(key),
                                    Messages.get("registry.import.missing-column", locale, context.name(key))))
                            .toList());
        }
        Set<String> present = table.headers().keySet();
        List<Checked<AccountDraft, Account, AccountValues>> rows = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            var parsed = ImportRows.account(row, present);
            rows.add(new Checked<>(row, parsed.draft(), parsed.errors(), parsed.warnings()));
        }
        oneAtATime(dryRun);
        Set<UUID> orgIds = new HashSet<>();
        Set<String> orgKeys = new HashSet<>();
        Set<String> orgInns = new HashSet<>();
        Set<UUID> accountIds = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (var checked : rows) {
            AccountDraft d = checked.draft;
            addIfPresent(orgIds, d.organizationId());
            addIfPresent(orgKeys, d.organizationExternalId());
            addIfPresent(orgInns, d.organizationInn());
            addIfPresent(accountIds, d.id());
            addIfPresent(externalIds, d.externalId());
            addIfPresent(urls, d.normalizedUrl());
        }
        Map<UUID, Account> loaded = new HashMap<>();
        Map<UUID, Account> byId = new HashMap<>();
        chunked(accountIds, accounts::findByRecordIds, loaded, a -> a.id).forEach(a -> byId.put(a.id, a));
        Map<String, Account> byExternalId = new HashMap<>();
        chunked(externalIds, accounts::findByExternalIds, loaded, a -> a.id)
                .forEach(a -> byExternalId.put(a.externalId, a));
        Map<String, Account> byUrl = new HashMap<>();
        chunked(urls, accounts::findByNormalizedUrls, loaded, a -> a.id).forEach(a -> byUrl.put(a.normalizedUrl, a));
        for (Account a : byId.values()) {
            orgIds.add(a.organizationId);
        }
        for (Account a : byExternalId.values()) {
            orgIds.add(a.organizationId);
        }
        for (Account a : byUrl.values()) {
            orgIds.add(a.organizationId);
        }
        Map<UUID, Organization> loadedOrganizations = new HashMap<>();
        Map<UUID, Organization> orgById = new HashMap<>();
        chunked(orgIds, organizations::findByRecordIds, loadedOrganizations, o -> o.id)
                .forEach(o -> orgById.put(o.id, o));
        Map<String, Organization> orgByKey = new HashMap<>();
        chunked(orgKeys, organizations::findByExternalIds, loadedOrganizations, o -> o.id)
                .forEach(o -> orgByKey.put(o.externalId, o));
        Map<String, List<Organization>> orgByInn = new HashMap<>();
        chunked(orgInns, organizations::findByInns, loadedOrganizations, o -> o.id)
                .forEach(o ->
                        orgByInn.computeIfAbsent(o.inn, k -> new ArrayList<>()).add(o));

        Map<String, Integer> seenUrls = new HashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        Map<UUID, Integer> seenRecords = new HashMap<>();
        Map<UUID, Organization> organizationOf = new HashMap<>();
        for (var checked : rows) {
            AccountDraft d = checked.draft;
            Organization organization = null;
            String organizationColumn = null;
            if (d.organizationId() != null) {
                organizationColumn = "organizationId";
                organization = orgById.get(d.organizationId());
                if (organization == null) {
                    checked.errors.add(new CellError(
                            organizationColumn, "registry.import.unknown-organization", List.of(d.organizationId())));
                }
            } else if (d.organizationExternalId() != null) {
                organizationColumn = "organizationExternalId";
                organization = orgByKey.get(d.organizationExternalId());
                if (organization == null) {
                    checked.errors.add(new CellError(
                            organizationColumn,
                            "registry.import.unknown-organization",
                            List.of(d.organizationExternalId())));
                }
            } else if (d.organizationInn() != null) {
                organizationColumn = "organizationInn";
                List<Organization> found = orgByInn.getOrDefault(d.organizationInn(), List.of());
                if (found.size() != 1) {
                    checked.errors.add(new CellError(
                            organizationColumn,
                            found.isEmpty() ? "registry.import.unknown-organization" : "registry.import.ambiguous-inn",
                            List.of(d.organizationInn())));
                } else {
                    organization = found.get(0);
                }
            }
            Account existing = null;
            if (d.id() != null) {
                existing = byId.get(d.id());
                if (existing == null) {
                    checked.errors.add(new CellError("id", "registry.import.unknown-id", List.of(d.id())));
                }
            } else if (d.externalId() != null && byExternalId.containsKey(d.externalId())) {
                existing = byExternalId.get(d.externalId());
            } else if (d.normalizedUrl() != null) {
                existing = byUrl.get(d.normalizedUrl());
            }
            if (d.externalId() != null
                    && byExternalId.containsKey(d.externalId())
                    && existing != null
                    && byExternalId.get(d.externalId()) != existing) {
                checked.errors.add(new CellError(
                        "externalId",
                        "registry.import.external-id-taken",
                        List.of(d.externalId(), byExternalId.get(d.externalId()).displayName)));
            }
            if (d.externalId() != null && seenKeys.putIfAbsent(d.externalId(), checked.row.number()) != null) {
                checked.errors.add(
                        new CellError("externalId", "registry.import.duplicate-key", List.of(d.externalId())));
            }
            if (d.normalizedUrl() != null && seenUrls.putIfAbsent(d.normalizedUrl(), checked.row.number()) != null) {
                checked.errors.add(new CellError("url", "registry.import.duplicate-key", List.of(d.normalizedUrl())));
            }
            if (existing != null && seenRecords.putIfAbsent(existing.id, checked.row.number()) != null) {
                checked.errors.add(new CellError(
                        d.id() != null ? "id" : "externalId",
                        "registry.import.same-record",
                        List.of(seenRecords.get(existing.id))));
            }
            if (!checked.errors.isEmpty()) {
                continue;
            }
            Account owner = byUrl.get(d.normalizedUrl());
            if (owner != null && existing != owner) {
                checked.errors.add(new CellError(
                        "url",
                        "registry.import.url-taken-by",
                        List.of(d.normalizedUrl(), owner.displayName, orgById.get(owner.organizationId).name)));
                continue;
            }
            Organization current = existing == null ? null : orgById.get(existing.organizationId);
            if (organization == null) {
                if (current == null) {
                    checked.errors.add(new CellError(
                            present.contains("organizationInn") ? "organizationInn" : "organizationExternalId",
                            "registry.import.organization-required"));
                    continue;
                }
                organization = current;
            }
            if (current != null && !current.id.equals(organization.id)) {
                if (!d.move()) {
                    checked.errors.add(new CellError(
                            organizationColumn,
                            "registry.import.move-not-allowed",
                            List.of(current.name, organization.name, context.name("move"))));
                    continue;
                }
                checked.move = new ImportReport.Move(current.name, organization.name);
            }
            if (existing == null && d.displayName() == null) {
                checked.errors.add(new CellError("displayName", "registry.import.required-to-create"));
                continue;
            }
            AccountValues values = merge(d, existing, organization.id);
            if (organization.status == RecordStatus.ARCHIVED
                    && values.status() == RecordStatus.ACTIVE
                    && (existing == null
                            || existing.status == RecordStatus.ARCHIVED
                            || !existing.organizationId.equals(organization.id))) {
                checked.errors.add(new CellError(
                        organizationColumn != null ? organizationColumn : "organizationExternalId",
                        "registry.import.organization-archived",
                        List.of(organization.name)));
                continue;
            }
            checked.existing = existing;
            checked.values = values;
            checked.id = existing != null ? existing.id : UUID.randomUUID();
            organizationOf.put(checked.id, organization);
            checked.outcome = existing == null
                    ? Outcome.CREATED
                    : sameAccount(existing, values) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
        boolean apply = !dryRun && rows.stream().allMatch(c -> c.errors.isEmpty());
        if (apply) {
            applyAccounts(rows);
        }
        return report(context, rows, dryRun, apply, c -> c.draft.key());
    }

    private static AccountValues merge(AccountDraft d, Account a, UUID organizationId) {
        if (a == null) {
            return new AccountValues(
                    organizationId,
                    d.platform(),
                    ImportTable.clean(d.url()),
                    d.normalizedUrl(),
                    d.displayName(),
                    d.official() == null || d.official(),
                    d.status() == null ? RecordStatus.ACTIVE : d.status(),
                    d.externalId());
        }
        boolean sameUrl = Objects.equals(a.normalizedUrl, d.normalizedUrl());
        return new AccountValues(
                organizationId,
                d.platform(),
                sameUrl ? a.url : ImportTable.clean(d.url()),
                d.normalizedUrl(),
                d.displayName() != null ? d.displayName() : a.displayName,
                d.official() != null ? d.official() : a.official,
                d.status() != null ? d.status() : a.status,
                d.externalId() != null ? d.externalId() : a.externalId);
    }

    /**
     * Inserts the new organizations without their parents (a parent may be a row further down the file), then sets
     * those parents and stores the changed organizations, each step in batches.
     */
    private void applyOrganizations(List<Checked<OrganizationDraft, Organization, OrganizationValues>> rows) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Organization> created = new ArrayList<>();
        for (var checked : rows) {
            if (checked.outcome == Outcome.CREATED) {
                Organization organization = new Organization();
                organization.id = checked.id;
                organization.status = RecordStatus.ACTIVE;
                organization.createdAt = now;
                organization.updatedAt = now;
                fill(organization, checked.values);
                organization.parentId = null;
                created.add(organization);
                checked.existing = organization;
            }
        }
        organizations.insertAll(created);
        List<Organization> changed = new ArrayList<>();
        for (var checked : rows) {
            Organization organization = checked.existing;
            if (checked.outcome == Outcome.CREATED) {
                organization.parentId = checked.values.parentId();
                if (organization.parentId != null) {
                    changed.add(organization);
                }
                audit.record(OrganizationService.ENTITY, checked.id, "import-create", null, checked.values);
                events.organization(EventTypes.ORGANIZATION_CREATED, checked.id);
            } else if (checked.outcome == Outcome.UPDATED) {
                OrganizationValues before = valuesOf(organization);
                fill(organization, checked.values);
                organization.updatedAt = now;
                changed.add(organization);
                audit.record(OrganizationService.ENTITY, checked.id, "import-update", before, checked.values);
                events.organization(EventTypes.ORGANIZATION_UPDATED, checked.id);
            }
        }
        organizations.updateAll(changed);
    }

    /** Inserts the new accounts, then stores the changed ones, each in batches. */
    private void applyAccounts(List<Checked<AccountDraft, Account, AccountValues>> rows) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Account> created = new ArrayList<>();
        List<Account> changed = new ArrayList<>();
        for (var checked : rows) {
            if (checked.outcome == Outcome.CREATED) {
                Account account = new Account();
                account.id = checked.id;
                account.createdAt = now;
                account.updatedAt = now;
                fill(account, checked.values);
                created.add(account);
                audit.record(AccountService.ENTITY, checked.id, "import-create", null, checked.values);
                events.account(EventTypes.ACCOUNT_CREATED, checked.id);
            } else if (checked.outcome == Outcome.UPDATED) {
                Account account = checked.existing;
                AccountValues before = valuesOf(account);
                fill(account, checked.values);
                account.updatedAt = now;
                changed.add(account);
                audit.record(
                        AccountService.ENTITY,
                        checked.id,
                        checked.move != null ? "import-move" : "import-update",
                        before,
                        checked.values);
                events.account(EventTypes.ACCOUNT_UPDATED, checked.id);
            }
        }
        accounts.insertAll(created);
        accounts.updateAll(changed);
    }

    private ImportTable read(byte[] content, ImportColumns columns, List<String> required, String sheet) {
        return ImportUpload.table(content, columns, required, sheet);
    }

    private static ImportReport headerError(Context context, boolean dryRun, List<CellMessage> errors) {
        ImportTable table = context.table();
        RowReport header =
                new RowReport(Math.max(1, table.headerRow()), Outcome.ERROR, null, null, errors, List.of(), null);
        return new ImportReport(
                dryRun,
                false,
                new ImportReport.Totals(0, 0, 0, 1, 0),
                List.of(header),
                table.sheets(),
                table.sheet(),
                table.headerRow(),
                ignored(context),
                trailing(table));
    }

    private static List<ImportReport.IgnoredColumn> ignored(Context context) {
        return context.table().unknownHeaders().stream()
                .map(header ->
                        new ImportReport.IgnoredColumn(header, context.columns().suggest(header, context.locale())))
                .toList();
    }

    private static List<ImportReport.TrailingRow> trailing(ImportTable table) {
        return table.trailing().stream()
                .map(t -> new ImportReport.TrailingRow(t.number(), t.text()))
                .toList();
    }

    private static <D, E, V> ImportReport report(
            Context context,
            List<Checked<D, E, V>> rows,
            boolean dryRun,
            boolean applied,
            Function<Checked<D, E, V>, String> key) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        int moved = 0;
        List<RowReport> reports = new ArrayList<>();
        for (var checked : rows) {
            Outcome outcome = checked.errors.isEmpty() ? checked.outcome : Outcome.ERROR;
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case ERROR -> errors++;
            }
            if (outcome != Outcome.ERROR && checked.move != null) {
                moved++;
            }
            UUID id = outcome == Outcome.ERROR || (outcome == Outcome.CREATED && !applied) ? null : checked.id;
            reports.add(new RowReport(
                    checked.row.number(),
                    outcome,
                    id,
                    key.apply(checked),
                    messages(context, checked.errors),
                    messages(context, checked.warnings),
                    outcome == Outcome.ERROR ? null : checked.move));
        }
        ImportTable table = context.table();
        return new ImportReport(
                dryRun,
                applied,
                new ImportReport.Totals(created, updated, unchanged, errors, moved),
                reports,
                table.sheets(),
                table.sheet(),
                table.headerRow(),
                ignored(context),
                trailing(table));
    }

    /**
     * Cell problems in the user's language, each naming its column by the file's own header. A cell with a refused
     * character shows only that (what follows from it having been left out, e.g. «required», would mislead).
     */
    private static List<CellMessage> messages(Context context, List<CellError> errors) {
        Locale locale = context.locale();
        Set<String> refused = errors.stream()
                .filter(e -> ImportRows.REFUSED.equals(e.messageKey()))
                .map(CellError::column)
                .collect(Collectors.toSet());
        return errors.stream()
                .filter(e -> ImportRows.REFUSED.equals(e.messageKey()) || !refused.contains(e.column()))
                .map(e -> new CellMessage(
                        e.column() == null ? null : context.name(e.column()),
                        Messages.get(
                                e.messageKey(),
                                locale,
                                e.args().stream()
                                        .map(arg -> localize(arg, locale))
                                        .toArray())))
                .toList();
    }

    /** Values of lists by their names in the user's language; a list type as all its names. */
    private static Object localize(Object arg, Locale locale) {
        if (arg instanceof Labelled labelled) {
            return labelled.label(locale);
        }
        if (arg instanceof Class<?> type && type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Labelled) constant).label(locale));
            }
            return String.join(", ", names);
        }
        if (arg instanceof Number number) {
            return number.toString();
        }
        return arg == null ? "" : arg.toString();
    }

    private static <T> void addIfPresent(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
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
        return organizations.findById(id).map(o -> o.parentId).orElse(null);
    }

    private Function<String, UUID> municipalityResolver() {
        Map<String, UUID> byName = new HashMap<>();
        for (Municipality m : municipalities.listAll()) {
            byName.put(fold(m.code()), m.id());
            byName.put(fold(m.name()), m.id());
            for (String alias : aliases(m.name())) {
                byName.putIfAbsent(fold(alias), m.id());
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

    /**
     * The records {@code finder} finds for {@code keys}, looked up {@link #CHUNK} keys at a time. A record found
     * before (by another key) comes back as the object {@code loaded} already holds: matching tells records apart by
     * identity, and an updated record must be one object.
     */
    private static <K, T> List<T> chunked(
            Collection<K> keys, Function<List<K>, List<T>> finder, Map<UUID, T> loaded, Function<T, UUID> id) {
        List<K> all = new ArrayList<>(keys);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (T record : finder.apply(all.subList(i, Math.min(all.size(), i + CHUNK)))) {
                found.add(loaded.computeIfAbsent(id.apply(record), k -> record));
            }
        }
        return found;
    }

    private static boolean sameOrganization(Organization o, OrganizationValues v) {
        return Objects.equals(o.externalId, v.externalId())
                && Objects.equals(o.name, v.name())
                && Objects.equals(o.shortName, v.shortName())
                && o.kind == v.kind()
                && o.sector == v.sector()
                && Objects.equals(o.municipalityId, v.municipalityId())
                && Objects.equals(o.website, v.website())
                && Objects.equals(o.inn, v.inn())
                && Objects.equals(o.ogrn, v.ogrn())
                && Objects.equals(o.kpp, v.kpp())
                && Objects.equals(o.parentId, v.parentId());
    }

    private static boolean sameAccount(Account a, AccountValues v) {
        return Objects.equals(a.organizationId, v.organizationId())
                && a.platform == v.platform()
                && Objects.equals(a.url, v.url())
                && Objects.equals(a.normalizedUrl, v.normalizedUrl())
                && Objects.equals(a.displayName, v.displayName())
                && a.official == v.official()
                && a.status == v.status()
                && Objects.equals(a.externalId, v.externalId());
    }

    private static void fill(Organization o, OrganizationValues v) {
        o.externalId = v.externalId();
        o.name = v.name();
        o.shortName = v.shortName();
        o.kind = v.kind();
        o.sector = v.sector();
        o.municipalityId = v.municipalityId();
        o.website = v.website();
        o.inn = v.inn();
        o.ogrn = v.ogrn();
        o.kpp = v.kpp();
        o.parentId = v.parentId();
    }

    private static void fill(Account a, AccountValues v) {
        a.organizationId = v.organizationId();
        a.platform = v.platform();
        a.url = v.url();
        a.normalizedUrl = v.normalizedUrl();
        a.displayName = v.displayName();
        a.official = v.official();
        a.status = v.status();
        a.externalId = v.externalId();
    }

    private static OrganizationValues valuesOf(Organization o) {
        return new OrganizationValues(
                o.externalId,
                o.name,
                o.shortName,
                o.kind,
                o.sector,
                o.municipalityId,
                o.website,
                o.inn,
                o.ogrn,
                o.kpp,
                o.parentId);
    }

    private static AccountValues valuesOf(Account a) {
        return new AccountValues(
                a.organizationId,
                a.platform,
                a.url,
                a.normalizedUrl,
                a.displayName,
                a.official,
                a.status,
                a.externalId);
    }
}
