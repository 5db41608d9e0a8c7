package ru.digitalbridge.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    Optional<Organization> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    List<Organization> findByExternalIds(Collection<String> externalIds) {
        return externalIds.isEmpty() ? List.of() : list("externalId in ?1", externalIds);
    }

    List<Organization> findByInns(Collection<String> inns) {
        return inns.isEmpty() ? List.of() : list("inn in ?1", inns);
    }

    List<Organization> findByOgrns(Collection<String> ogrns) {
        return ogrns.isEmpty() ? List.of() : list("ogrn in ?1", ogrns);
    }

    List<Organization> findByRecordIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
