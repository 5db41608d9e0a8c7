package ru.digitalbridge.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {}
