package ru.digitalbridge.security;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person who signs in (a row of {@code app_user}). The password is kept only as a bcrypt hash. A plain object: a
 * change is stored only by {@link UserRepository#update}, which checks and raises {@code version}.
 */
class User {
    UUID id;

    long version;

    String email;

    String fullName;

    String passwordHash;

    String[] roles = new String[0];

    boolean active = true;

    UUID organizationId;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    OffsetDateTime lastLoginAt;

    /** Written into every access token; raising it invalidates every token issued before (see AccessCheck). */
    int tokenGeneration;

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            set.add(Role.valueOf(role));
        }
        return set;
    }

    void roleSet(Set<Role> set) {
        roles = set.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
