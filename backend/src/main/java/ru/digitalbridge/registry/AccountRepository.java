package ru.digitalbridge.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    Optional<Account> findByNormalizedUrl(String normalizedUrl) {
        return find("normalizedUrl", normalizedUrl).firstResultOptional();
    }

    Optional<Account> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    List<Account> findByNormalizedUrls(Collection<String> urls) {
        return urls.isEmpty() ? List.of() : list("normalizedUrl in ?1", urls);
    }

    List<Account> findByExternalIds(Collection<String> externalIds) {
        return externalIds.isEmpty() ? List.of() : list("externalId in ?1", externalIds);
    }

    List<Account> findByRecordIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    List<Account> findActiveByOrganization(UUID organizationId) {
        return list("organizationId = ?1 and status = ?2", organizationId, RecordStatus.ACTIVE);
    }
}
