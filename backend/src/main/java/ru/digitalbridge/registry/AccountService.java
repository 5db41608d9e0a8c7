package ru.digitalbridge.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.ListCursor;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.registry.Filters.AccountFilter;

/**
 * Accounts: search, create, update with optimistic locking, archive and restore. One normalised URL is
 * one account, archived or not: a duplicate is refused with 409 naming the account that holds the URL
 * (an archived one can be restored instead).
 */
@ApplicationScoped
public class AccountService {
    static final String ENTITY = "account";

    private final AccountRepository accounts;
    private final OrganizationRepository organizations;
    private final RegistryQueries queries;
    private final AuditService audit;
    private final RegistryEvents events;

    AccountService(
            AccountRepository accounts,
            OrganizationRepository organizations,
            RegistryQueries queries,
            AuditService audit,
            RegistryEvents events) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A page of the list; in order of change ({@code sort=updatedAt}, the order of a cursor) {@code next} names the
     * page after it by cursor when more rows follow.
     */
    public PageResponse<AccountResponse> list(
            AccountFilter filter, PageQuery page, Function<ListCursor, String> nextLink) {
        var result = queries.accounts(filter, page.offset(), page.size);
        String next = null;
        if (result.more()
                && filter.sort() == Filters.Sort.UPDATED
                && !result.items().isEmpty()) {
            AccountResponse last = result.items().get(result.items().size() - 1);
            next = nextLink.apply(ListCursor.after(last.updatedAt(), last.id()));
        }
        return new PageResponse<>(result.items(), result.total(), page.page, page.size, result.lowerBound(), next);
    }

    public AccountResponse get(UUID id) {
        return queries.account(id).orElseThrow(() -> RegistryProblems.accountNotFound(id));
    }

    @Transactional
    public AccountResponse create(CreateAccountRequest request) {
        Cleaned fields = validate(request);
        Organization organization = organization(fields.organizationId);
        if (organization.status == RecordStatus.ARCHIVED) {
            throw ProblemException.conflict("organization-archived", organization.name);
        }
        checkUnique(null, fields);
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.status = RecordStatus.ACTIVE;
        account.createdAt = OffsetDateTime.now();
        account.updatedAt = account.createdAt;
        apply(account, fields);
        accounts.insert(account);
        AccountResponse created = reread(account.id);
        audit.record(ENTITY, account.id, "create", null, created);
        events.account(EventTypes.ACCOUNT_CREATED, account.id);
        return created;
    }

    @Transactional
    public AccountResponse update(UUID id, UpdateAccountRequest request) {
        Account account = accounts.findById(id).orElseThrow(() -> RegistryProblems.accountNotFound(id));
        Cleaned fields = validate(request);
        if (account.version != request.version()) {
            throw RegistryProblems.staleVersion();
        }
        Organization organization = organization(fields.organizationId);
        if (organization.status == RecordStatus.ARCHIVED
                && account.status == RecordStatus.ACTIVE
                && !organization.id.equals(account.organizationId)) {
            throw ProblemException.conflict("organization-archived", organization.name);
        }
        checkUnique(id, fields);
        if (matches(account, fields)) {
            return reread(id);
        }
        AccountResponse before = reread(id);
        apply(account, fields);
        account.updatedAt = OffsetDateTime.now();
        accounts.update(account);
        AccountResponse after = reread(id);
        audit.record(ENTITY, id, "update", before, after);
        events.account(EventTypes.ACCOUNT_UPDATED, id);
        return after;
    }

    @Transactional
    public AccountResponse archive(UUID id, Long version) {
        Account account = find(id, version);
        if (account.status == RecordStatus.ARCHIVED) {
            return reread(id);
        }
        return changeStatus(account, RecordStatus.ARCHIVED, "archive");
    }

    @Transactional
    public AccountResponse restore(UUID id, Long version) {
        Account account = find(id, version);
        if (account.status == RecordStatus.ACTIVE) {
            return reread(id);
        }
        Organization organization = organization(account.organizationId);
        if (organization.status == RecordStatus.ARCHIVED) {
            throw ProblemException.conflict("organization-archived", organization.name);
        }
        return changeStatus(account, RecordStatus.ACTIVE, "restore");
    }

    private AccountResponse changeStatus(Account account, RecordStatus status, String action) {
        AccountResponse before = reread(account.id);
        account.status = status;
        account.updatedAt = OffsetDateTime.now();
        accounts.update(account);
        AccountResponse after = reread(account.id);
        audit.record(ENTITY, account.id, action, before, after);
        events.account(
                status == RecordStatus.ARCHIVED ? EventTypes.ACCOUNT_ARCHIVED : EventTypes.ACCOUNT_RESTORED,
                account.id);
        return after;
    }

    private Account find(UUID id, Long version) {
        Account account = accounts.findById(id).orElseThrow(() -> RegistryProblems.accountNotFound(id));
        if (version != null && account.version != version) {
            throw RegistryProblems.staleVersion();
        }
        return account;
    }

    private Organization organization(UUID id) {
        return organizations.findById(id).orElseThrow(() -> ProblemException.unprocessable("unknown-organization", id));
    }

    private void checkUnique(UUID self, Cleaned fields) {
        accounts.findByNormalizedUrl(fields.normalizedUrl)
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw RegistryProblems.urlTaken(queries.account(existing.id).orElseThrow());
                });
        if (fields.externalId != null) {
            accounts.findByExternalId(fields.externalId)
                    .filter(existing -> !existing.id.equals(self))
                    .ifPresent(existing -> {
                        throw RegistryProblems.externalIdTaken(fields.externalId, existing.id);
                    });
        }
    }

    AccountResponse reread(UUID id) {
        return queries.account(id).orElseThrow(() -> RegistryProblems.accountNotFound(id));
    }

    private record Cleaned(
            UUID organizationId,
            Platform platform,
            String url,
            String normalizedUrl,
            String displayName,
            boolean official,
            String externalId) {}

    private static Cleaned validate(AccountFields request) {
        AccountUrls.Normalized normalized;
        try {
            normalized = AccountUrls.normalize(request.url(), request.platform());
        } catch (AccountUrls.InvalidUrlException e) {
            throw RegistryProblems.invalidUrl(e);
        }
        return new Cleaned(
                request.organizationId(),
                normalized.platform(),
                request.url().strip(),
                normalized.url(),
                request.displayName().strip(),
                request.official() == null || request.official(),
                OrganizationService.blankToNull(request.externalId()));
    }

    private static boolean matches(Account a, Cleaned f) {
        return Objects.equals(a.organizationId, f.organizationId)
                && a.platform == f.platform
                && Objects.equals(a.url, f.url)
                && Objects.equals(a.displayName, f.displayName)
                && a.official == f.official
                && Objects.equals(a.externalId, f.externalId);
    }

    private static void apply(Account account, Cleaned fields) {
        account.organizationId = fields.organizationId;
        account.platform = fields.platform;
        account.url = fields.url;
        account.normalizedUrl = fields.normalizedUrl;
        account.displayName = fields.displayName;
        account.official = fields.official;
        account.externalId = fields.externalId;
    }
}
