package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.ListCursor;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.registry.Filters.OrganizationFilter;

/**
 * Organizations: search, create, update with optimistic locking, archive and restore.
 *
 * <p><b>Archiving</b> an organization also archives its active accounts, in the same transaction and
 * audit trail: a body that was abolished or merged no longer runs accounts, and a coordinator should
 * not have to find and archive each one. Subordinate organizations are left alone — an institution
 * outlives a reorganised parent body. <b>Restoring</b> brings back only the organization: which of its
 * accounts still exist is the coordinator's call, account by account. New accounts cannot be added to an
 * archived organization (409).
 */
@ApplicationScoped
public class OrganizationService {
    static final String ENTITY = "organization";

    private final OrganizationRepository organizations;
    private final AccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final RegistryQueries queries;
    private final AuditService audit;
    private final RegistryEvents events;

    OrganizationService(
            OrganizationRepository organizations,
            AccountRepository accounts,
            MunicipalityRepository municipalities,
            RegistryQueries queries,
            AuditService audit,
            RegistryEvents events) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A page of the list; in order of change ({@code sort=updatedAt}, the order of a cursor) {@code next} names the
     * page after it by cursor when more rows follow.
     */
    public PageResponse<OrganizationResponse> list(
            OrganizationFilter filter, PageQuery page, Function<ListCursor, String> nextLink) {
        var result = queries.organizations(filter, page.offset(), page.size);
        String next = null;
        if (result.more()
                && filter.sort() == Filters.Sort.UPDATED
                && !result.items().isEmpty()) {
            OrganizationResponse last = result.items().get(result.items().size() - 1);
            next = nextLink.apply(ListCursor.after(last.updatedAt(), last.id()));
        }
        return new PageResponse<>(result.items(), result.total(), page.page, page.size, result.lowerBound(), next);
    }

    public OrganizationResponse get(UUID id) {
        return queries.organization(id).orElseThrow(() -> RegistryProblems.organizationNotFound(id));
    }

    @Transactional
    public OrganizationResponse create(CreateOrganizationRequest request) {
        Cleaned fields = validate(request);
        checkReferences(null, fields);
        if (fields.externalId != null) {
            organizations.findByExternalId(fields.externalId).ifPresent(existing -> {
                throw RegistryProblems.externalIdTaken(fields.externalId, existing.id);
            });
        }
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.status = RecordStatus.ACTIVE;
        organization.createdAt = OffsetDateTime.now();
        apply(organization, fields);
        organizations.insert(organization);
        OrganizationResponse created = reread(organization.id);
        audit.record(ENTITY, organization.id, "create", null, created);
        events.organization(EventTypes.ORGANIZATION_CREATED, organization.id);
        return created;
    }

    @Transactional
    public OrganizationResponse update(UUID id, UpdateOrganizationRequest request) {
        Organization organization =
                organizations.findById(id).orElseThrow(() -> RegistryProblems.organizationNotFound(id));
        Cleaned fields = validate(request);
        if (organization.version != request.version()) {
            throw RegistryProblems.staleVersion();
        }
        checkReferences(id, fields);
        if (fields.externalId != null && !fields.externalId.equals(organization.externalId)) {
            organizations.findByExternalId(fields.externalId).ifPresent(existing -> {
                throw RegistryProblems.externalIdTaken(fields.externalId, existing.id);
            });
        }
        if (matches(organization, fields)) {
            return reread(id);
        }
        OrganizationResponse before = reread(id);
        apply(organization, fields);
        organization.updatedAt = OffsetDateTime.now();
        organizations.update(organization);
        OrganizationResponse after = reread(id);
        audit.record(ENTITY, id, "update", before, after);
        events.organization(EventTypes.ORGANIZATION_UPDATED, id);
        return after;
    }

    @Transactional
    public OrganizationResponse archive(UUID id, Long version) {
        Organization organization = find(id, version);
        if (organization.status == RecordStatus.ARCHIVED) {
            return reread(id);
        }
        OrganizationResponse before = reread(id);
        OffsetDateTime now = OffsetDateTime.now();
        for (Account account : accounts.findActiveByOrganization(id)) {
            AccountResponse accountBefore = queries.account(account.id).orElseThrow();
            account.status = RecordStatus.ARCHIVED;
            account.updatedAt = now;
            accounts.update(account);
            audit.record(
                    AccountService.ENTITY,
                    account.id,
                    "archive",
                    accountBefore,
                    queries.account(account.id).orElseThrow());
            events.account(EventTypes.ACCOUNT_ARCHIVED, account.id);
        }
        organization.status = RecordStatus.ARCHIVED;
        organization.updatedAt = now;
        organizations.update(organization);
        OrganizationResponse after = reread(id);
        audit.record(ENTITY, id, "archive", before, after);
        events.organization(EventTypes.ORGANIZATION_ARCHIVED, id);
        return after;
    }

    @Transactional
    public OrganizationResponse restore(UUID id, Long version) {
        Organization organization = find(id, version);
        if (organization.status == RecordStatus.ACTIVE) {
            return reread(id);
        }
        OrganizationResponse before = reread(id);
        organization.status = RecordStatus.ACTIVE;
        organization.updatedAt = OffsetDateTime.now();
        organizations.update(organization);
        OrganizationResponse after = reread(id);
        audit.record(ENTITY, id, "restore", before, after);
        events.organization(EventTypes.ORGANIZATION_RESTORED, id);
        return after;
    }

    private Organization find(UUID id, Long version) {
        Organization organization =
                organizations.findById(id).orElseThrow(() -> RegistryProblems.organizationNotFound(id));
        if (version != null && organization.version != version) {
            throw RegistryProblems.staleVersion();
        }
        return organization;
    }

    /** Reads the organization back as the API shows it. */
    OrganizationResponse reread(UUID id) {
        return queries.organization(id).orElseThrow(() -> RegistryProblems.organizationNotFound(id));
    }

    private static boolean matches(Organization o, Cleaned f) {
        return Objects.equals(o.name, f.name)
                && Objects.equals(o.shortName, f.shortName)
                && o.kind == f.kind
                && o.sector == f.sector
                && Objects.equals(o.municipalityId, f.municipalityId)
                && Objects.equals(o.website, f.website)
                && Objects.equals(o.inn, f.inn)
                && Objects.equals(o.ogrn, f.ogrn)
                && Objects.equals(o.kpp, f.kpp)
                && Objects.equals(o.externalId, f.externalId)
                && Objects.equals(o.parentId, f.parentId);
    }

    /** Request fields trimmed, blanks as null, website normalised. */
    private record Cleaned(
            String name,
            String shortName,
            OrganizationKind kind,
            Sector sector,
            UUID municipalityId,
            String website,
            String inn,
            String ogrn,
            String kpp,
            String externalId,
            UUID parentId) {}

    private static Cleaned validate(OrganizationFields request) {
        List<Violation> violations = new ArrayList<>();
        String inn = ImportRows.digits(request.inn());
        if (inn != null && InnOgrn.checkInn(inn) != null) {
            violations.add(
                    RegistryProblems.violation("inn", "registry.inn." + ImportRows.problem(InnOgrn.checkInn(inn))));
        }
        String ogrn = ImportRows.digits(request.ogrn());
        if (ogrn != null && InnOgrn.checkOgrn(ogrn) != null) {
            violations.add(
                    RegistryProblems.violation("ogrn", "registry.ogrn." + ImportRows.problem(InnOgrn.checkOgrn(ogrn))));
        }
        String kpp = ImportRows.kpp(request.kpp());
        if (kpp != null && !InnOgrn.validKpp(kpp)) {
            violations.add(RegistryProblems.violation("kpp", "registry.kpp.format"));
        }
        String website = blankToNull(request.website());
        if (website != null) {
            website = ImportRows.normalizeWebsite(website);
            if (website == null) {
                violations.add(RegistryProblems.violation("website", "registry.website.invalid"));
            }
        }
        if (!violations.isEmpty()) {
            throw RegistryProblems.invalid(violations);
        }
        return new Cleaned(
                request.name().strip(),
                blankToNull(request.shortName()),
                request.kind(),
                request.sector(),
                request.municipalityId(),
                website,
                inn,
                ogrn,
                kpp,
                blankToNull(request.externalId()),
                request.parentId());
    }

    private void checkReferences(UUID self, Cleaned fields) {
        if (!municipalities.exists(fields.municipalityId)) {
            throw ProblemException.unprocessable("unknown-municipality", fields.municipalityId);
        }
        if (fields.parentId == null) {
            return;
        }
        if (!organizations.exists(fields.parentId)) {
            throw ProblemException.unprocessable("unknown-parent-organization", fields.parentId);
        }
        if (self == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        UUID cursor = fields.parentId;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(self)) {
                throw ProblemException.unprocessable("organization-parent-cycle", fields.parentId);
            }
            cursor = organizations.findById(cursor).map(o -> o.parentId).orElse(null);
        }
    }

    private static void apply(Organization organization, Cleaned fields) {
        organization.name = fields.name;
        organization.shortName = fields.shortName;
        organization.kind = fields.kind;
        organization.sector = fields.sector;
        organization.municipalityId = fields.municipalityId;
        organization.website = fields.website;
        organization.inn = fields.inn;
        organization.ogrn = fields.ogrn;
        organization.kpp = fields.kpp;
        organization.externalId = fields.externalId;
        organization.parentId = fields.parentId;
        if (organization.updatedAt == null) {
            organization.updatedAt = organization.createdAt;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
