package ru.digitalbridge.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/** API keys for machine clients: issued once, stored hashed, revocable; they act with the roles given. */
@ApplicationScoped
public class ApiClientService {
    static final String ENTITY = "api-client";
    static final String KEY_PREFIX = "dbk_";
    /** Roles a machine may hold: never ADMIN, so a leaked key cannot manage users or other keys. */
    static final Set<Role> GRANTABLE = EnumSet.of(Role.COORDINATOR, Role.EXPERT, Role.TRAINER);

    private final Repository clients;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    ApiClientService(Repository clients, AuditService audit) {
        this.clients = clients;
        this.audit = audit;
    }

    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ApiClient, UUID> {}

    /** {@code scopes} default to {@link ApiScope#DEFAULT} (reading and registry sync) when omitted. */
    public record CreateApiClient(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty Set<@NotNull Role> roles,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "What the key may do; omitted: registry:read, registry:write, results:read."
                            + " monitoring:write only when granted here.")
            Set<@NotNull ApiScope> scopes) {}

    public record ApiClientResponse(
            UUID id,
            String name,
            String keyPrefix,
            List<Role> roles,
            List<ApiScope> scopes,
            boolean active,
            OffsetDateTime createdAt,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            String createdBy,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            OffsetDateTime lastUsedAt) {
        static ApiClientResponse from(ApiClient client) {
            return new ApiClientResponse(
                    client.id,
                    client.name,
                    client.keyPrefix,
                    Arrays.stream(client.roles).map(Role::valueOf).sorted().toList(),
                    Arrays.stream(client.scopes).map(ApiScope::of).sorted().toList(),
                    client.active,
                    client.createdAt,
                    client.createdBy,
                    client.lastUsedAt);
        }
    }

    /** The new client and its key; the key is not stored and cannot be shown again. */
    public record IssuedApiKey(ApiClientResponse client, String key) {}

    /** Who a valid key belongs to. */
    record KeyHolder(UUID id, String name, Set<String> roles, Set<ApiScope> scopes) {}

    @Transactional
    public List<ApiClientResponse> list() {
        return clients.listAll(io.quarkus.panache.common.Sort.ascending("name")).stream()
                .map(ApiClientResponse::from)
                .toList();
    }

    @Transactional
    public IssuedApiKey create(CreateApiClient request, String createdBy) {
        for (Role role : request.roles()) {
            if (!GRANTABLE.contains(role)) {
                throw ProblemException.invalid(List.of(new Violation("roles", "{api-client.role-not-grantable}")));
            }
        }
        if (clients.find("lower(name) = ?1", request.name().trim().toLowerCase())
                        .count()
                > 0) {
            throw new ProblemException(
                    409,
                    "api-client-name-taken",
                    "api-client-name-taken",
                    List.of(new Violation("name", "{api-client-name-taken.field}")),
                    request.name().trim());
        }
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = request.name().trim();
        client.keyPrefix = key.substring(0, KEY_PREFIX.length() + 6);
        client.keyHash = hash(key);
        client.roles = request.roles().stream().sorted().map(Role::name).toArray(String[]::new);
        Set<ApiScope> scopes = request.scopes() == null ? ApiScope.DEFAULT : request.scopes();
        client.scopes = scopes.stream().sorted().map(ApiScope::value).toArray(String[]::new);
        client.createdAt = OffsetDateTime.now();
        client.createdBy = createdBy;
        clients.persistAndFlush(client);
        ApiClientResponse response = ApiClientResponse.from(client);
        audit.record(ENTITY, client.id, "CREATE", null, response);
        return new IssuedApiKey(response, key);
    }

    @Transactional
    public ApiClientResponse revoke(UUID id) {
        ApiClient client =
                clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("entity.api-client", id));
        ApiClientResponse before = ApiClientResponse.from(client);
        client.active = false;
        clients.flush();
        ApiClientResponse after = ApiClientResponse.from(client);
        audit.record(ENTITY, client.id, "REVOKE", before, after);
        return after;
    }

    /** The holder of an active key; records the use at most once a minute. */
    @Transactional
    Optional<KeyHolder> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiClient> found =
                clients.find("keyHash = ?1 and active = true", hash(key)).firstResultOptional();
        found.ifPresent(client -> {
            OffsetDateTime now = OffsetDateTime.now();
            if (client.lastUsedAt == null
                    || Duration.between(client.lastUsedAt, now).toSeconds() > 60) {
                clients.update("lastUsedAt = ?1 where id = ?2", now, client.id);
            }
        });
        return found.map(client -> new KeyHolder(
                client.id,
                client.name,
                Set.of(client.roles),
                Arrays.stream(client.scopes).map(ApiScope::of).collect(java.util.stream.Collectors.toSet())));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
