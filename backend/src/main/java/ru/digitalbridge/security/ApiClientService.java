package ru.digitalbridge.security;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.time.AppClock;

/** API keys for machine clients: issued once, stored hashed, revocable; they act with the roles given. */
@ApplicationScoped
public class ApiClientService {
    static final String ENTITY = "api-client";
    static final String KEY_PREFIX = "dbk_";
    /** Roles a machine may hold: never ADMIN, so a leaked key cannot manage users or other keys. */
    static final Set<Role> GRANTABLE = EnumSet.of(Role.COORDINATOR, Role.EXPERT, Role.TRAINER);

    private final Repository clients;
    private final AuditService audit;
    private final AppClock clock;
    private final int defaultLimit;
    private final SecureRandom random = new SecureRandom();

    ApiClientService(
            Repository clients,
            AuditService audit,
            AppClock clock,
            @ConfigProperty(name = "bridge.api-keys.rate-limit-per-minute") int defaultLimit) {
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
        this.defaultLimit = defaultLimit;
    }

    private ApiClientResponse response(ApiClient client) {
        return ApiClientResponse.from(client, defaultLimit, now());
    }

    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    /**
     * The rows of {@code api_client}: every write of a client goes through {@link #insert}, {@link #revoke} or
     * {@link #recordUse}.
     */
    @ApplicationScoped
    static class Repository {
        private static final String SELECT = "select id, version, name, key_prefix, key_hash, roles, scopes, active,"
                + " created_at, created_by, last_used_at, expires_at, rate_limit_per_minute from api_client";

        private final Sql sql;

        Repository(Sql sql) {
            this.sql = sql;
        }

        List<ApiClient> listByName() {
            return sql.list(SELECT + " order by name", Repository::read);
        }

        Optional<ApiClient> findById(UUID id) {
            return sql.one(SELECT + " where id = ?", Repository::read, id);
        }

        boolean nameTaken(String name) {
            return sql.exists(
                    "select 1 from api_client where lower(name) = ?",
                    name.trim().toLowerCase());
        }

        /** The active client with this key hash whose key has not expired at {@code now}. */
        Optional<ApiClient> findUsable(String keyHash, OffsetDateTime now) {
            return sql.one(
                    SELECT + " where key_hash = ? and active = true and (expires_at is null or expires_at > ?)",
                    Repository::read,
                    keyHash,
                    now);
        }

        /** Stores a new client with version 0. */
        void insert(ApiClient client) {
            client.version = 0;
            sql.update(
                    "insert into api_client (id, version, name, key_prefix, key_hash, roles, scopes, active, created_at,"
                            + " created_by, last_used_at, expires_at, rate_limit_per_minute)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    client.id,
                    client.version,
                    client.name,
                    client.keyPrefix,
                    client.keyHash,
                    client.roles,
                    client.scopes,
                    client.active,
                    client.createdAt,
                    client.createdBy,
                    client.lastUsedAt,
                    client.expiresAt,
                    client.rateLimitPerMinute);
        }

        /** Deactivates the client if its row is still at {@code client.version}, raising the version; else 409. */
        void revoke(ApiClient client) {
            sql.updateVersioned(
                    "update api_client set active = false, version = version + 1 where id = ? and version = ?",
                    client.id,
                    client.version);
            client.active = false;
            client.version++;
        }

        /** Records a use of the key: no edit of the client, so without the version check and bump. */
        void recordUse(UUID id, OffsetDateTime at) {
            sql.update("update api_client set last_used_at = ? where id = ?", at, id);
        }

        private static ApiClient read(ResultSet rs) throws SQLException {
            ApiClient client = new ApiClient();
            client.id = rs.getObject("id", UUID.class);
            client.version = rs.getLong("version");
            client.name = rs.getString("name");
            client.keyPrefix = rs.getString("key_prefix");
            client.keyHash = rs.getString("key_hash");
            client.roles = UserRepository.strings(rs.getArray("roles"));
            client.scopes = UserRepository.strings(rs.getArray("scopes"));
            client.active = rs.getBoolean("active");
            client.createdAt = rs.getObject("created_at", OffsetDateTime.class);
            client.createdBy = rs.getString("created_by");
            client.lastUsedAt = rs.getObject("last_used_at", OffsetDateTime.class);
            client.expiresAt = rs.getObject("expires_at", OffsetDateTime.class);
            client.rateLimitPerMinute = rs.getObject("rate_limit_per_minute", Integer.class);
            return client;
        }
    }

    /** {@code scopes} default to {@link ApiScope#DEFAULT} (reading and registry sync) when omitted. */
    public record CreateApiClient(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty Set<@NotNull Role> roles,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "What the key may do; omitted: registry:read, registry:write, results:read."
                            + " monitoring:write only when granted here.")
            Set<@NotNull ApiScope> scopes,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "When the key stops working (401 after it); omitted: never.")
            @jakarta.validation.constraints.Future
            OffsetDateTime expiresAt,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Requests per minute the key may make (429 beyond); omitted: the default.")
            @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(100_000)
            Integer rateLimitPerMinute) {}

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

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    nullable = true,
                    description = "When the key was last used, to the minute (recorded at most once a minute)")
            OffsetDateTime lastUsedAt,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    nullable = true,
                    description = "When the key stops working; null: never")
            OffsetDateTime expiresAt,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Requests per minute the key may make (its own or the default)")
            int rateLimitPerMinute,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "true when the key has passed its expiry")
            boolean expired) {
        static ApiClientResponse from(ApiClient client, int defaultLimit, OffsetDateTime now) {
            return new ApiClientResponse(
                    client.id,
                    client.name,
                    client.keyPrefix,
                    Arrays.stream(client.roles).map(Role::valueOf).sorted().toList(),
                    Arrays.stream(client.scopes).map(ApiScope::of).sorted().toList(),
                    client.active,
                    client.createdAt,
                    client.createdBy,
                    client.lastUsedAt,
                    client.expiresAt,
                    client.rateLimitPerMinute == null ? defaultLimit : client.rateLimitPerMinute,
                    client.expiresAt != null && !client.expiresAt.isAfter(now));
        }
    }

    /** The new client and its key; the key is not stored and cannot be shown again. */
    public record IssuedApiKey(ApiClientResponse client, String key) {}

    /** Who a valid key belongs to. */
    record KeyHolder(UUID id, String name, Set<String> roles, Set<ApiScope> scopes, int rateLimitPerMinute) {}

    @Transactional
    public List<ApiClientResponse> list() {
        return clients.listByName().stream().map(this::response).toList();
    }

    @Transactional
    public IssuedApiKey create(CreateApiClient request, String createdBy) {
        for (Role role : request.roles()) {
            if (!GRANTABLE.contains(role)) {
                throw ProblemException.invalid(List.of(new Violation("roles", "{api-client.role-not-grantable}")));
            }
        }
        if (clients.nameTaken(request.name())) {
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
        client.createdAt = now();
        client.expiresAt = request.expiresAt();
        client.rateLimitPerMinute = request.rateLimitPerMinute();
        client.createdBy = createdBy;
        clients.insert(client);
        ApiClientResponse response = response(client);
        audit.record(ENTITY, client.id, "CREATE", null, response);
        return new IssuedApiKey(response, key);
    }

    @Transactional
    public ApiClientResponse revoke(UUID id) {
        ApiClient client = clients.findById(id).orElseThrow(() -> ProblemException.notFound("entity.api-client", id));
        ApiClientResponse before = response(client);
        if (client.active) { // a revoked key stays as it is, its version too
            clients.revoke(client);
        }
        ApiClientResponse after = response(client);
        audit.record(ENTITY, client.id, "REVOKE", before, after);
        return after;
    }

    /** The holder of an active key that has not expired; records the use at most once a minute. */
    @Transactional
    Optional<KeyHolder> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        Optional<ApiClient> found = clients.findUsable(hash(key), now);
        found.ifPresent(client -> {
            if (client.lastUsedAt == null
                    || Duration.between(client.lastUsedAt, now).toSeconds() > 60) {
                clients.recordUse(client.id, now);
            }
        });
        return found.map(client -> new KeyHolder(
                client.id,
                client.name,
                Set.of(client.roles),
                Arrays.stream(client.scopes).map(ApiScope::of).collect(java.util.stream.Collectors.toSet()),
                client.rateLimitPerMinute == null ? defaultLimit : client.rateLimitPerMinute));
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
