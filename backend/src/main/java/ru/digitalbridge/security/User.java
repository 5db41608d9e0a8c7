package ru.digitalbridge.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
class User {
    @Id
    UUID id;

    @Version
    long version;

    @Column(nullable = false)
    String email;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] roles = new String[0];

    @Column(nullable = false)
    boolean active = true;

    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Column(name = "last_login_at")
    OffsetDateTime lastLoginAt;

    /** Written into every access token; raising it invalidates every token issued before (see AccessCheck). */
    @Column(name = "token_generation", nullable = false)
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
