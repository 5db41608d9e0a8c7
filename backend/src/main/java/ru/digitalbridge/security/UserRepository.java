package ru.digitalbridge.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class UserRepository implements PanacheRepositoryBase<User, UUID> {
    Optional<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase()).firstResultOptional();
    }

    boolean anyActiveAdmin() {
        return getEntityManager()
                                .createNativeQuery(
                                        "select count(*) from app_user where active and 'ADMIN' = any(roles)")
                                .getSingleResult()
                        instanceof Number n
                && n.longValue() > 0;
    }
}
