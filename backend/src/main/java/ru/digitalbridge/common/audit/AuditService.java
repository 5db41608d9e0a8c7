package ru.digitalbridge.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.common.web.RequestIds;

/** Records every write in the audit log, in the caller's transaction, and reads the log back for staff. */
@ApplicationScoped
public class AuditService {
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "createdAt");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    /** Entity types whose records only administrators may read (the user and API-client lists). */
    static final Set<String> ADMIN_ONLY = Set.of("user", "api-client", "webhook", "delivery");
    /** Fields of a person shown to administrators only, wherever they appear in an entry's before/after. */
    static final Set<String> PERSONAL = Set.of("email", "phone", "lastLoginAt");

    static final String MASK = "***";

    private final Sql db;
    private final ObjectMapper objectMapper;
    private final Instance<SecurityIdentity> identity;
    private final Instance<HttpServerRequest> request;

    AuditService(
            Sql db,
            ObjectMapper objectMapper,
            Instance<SecurityIdentity> identity,
            Instance<HttpServerRequest> request) {
        this.db = db;
        this.objectMapper = objectMapper;
        this.identity = identity;
        this.request = request;
    }

    /**
     * Records a write. {@code before} and {@code after} are the DTOs before and after it ({@code null} for a
     * create's before); only the fields that changed are kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object before, Object after) {
        String summary;
        try {
            summary = objectMapper.writeValueAsString(summarise(before, after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit summary not serialisable", e);
        }
        Actor actor = actor();
        db.update(
                "insert into audit_log (at, actor_id, actor_email, action, entity_type, entity_id, summary, request_id)"
                        + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)",
                OffsetDateTime.now(),
                actor.id(),
                actor.email(),
                action,
                entityType,
                String.valueOf(entityId),
                summary,
                currentRequestId());
    }

    /**
     * The entries the reader may read, newest first. Readers other than administrators get no entries about records
     * only administrators may read ({@link #ADMIN_ONLY}) and see personal fields ({@link #PERSONAL}) masked.
     */
    @Transactional
    public PageResponse<AuditEntryResponse> list(
            String entityType, String entityId, String actor, PageQuery page, boolean admin) {
        StringBuilder where = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (!admin) {
            where.append(" and entity_type <> all(?)");
            parameters.add(ADMIN_ONLY.toArray(String[]::new));
        }
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entity_type = ?");
            parameters.add(entityType);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and entity_id = ?");
            parameters.add(entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and lower(actor_email) like ? escape '\\'");
            parameters.add(Sql.contains(actor.toLowerCase(Locale.ROOT)));
        }
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.size);
        paged.add(page.offset());
        List<AuditEntryResponse> items = db
                .list(
                        "select id, at, actor_email, action, entity_type, entity_id, summary::text as summary, request_id"
                                + " from audit_log where " + where + " order by at desc, id desc limit ? offset ?",
                        this::entry,
                        paged.toArray())
                .stream()
                .map(entry -> admin ? entry : masked(entry))
                .toList();
        long total = db.count("select count(*) from audit_log where " + where, parameters.toArray());
        return new PageResponse<>(items, total, page.page, page.size);
    }

    private AuditEntryResponse entry(ResultSet row) throws SQLException {
        Map<String, Object> summary;
        try {
            summary = objectMapper.readValue(row.getString("summary"), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit summary not readable", e);
        }
        return new AuditEntryResponse(
                row.getLong("id"),
                row.getObject("at", OffsetDateTime.class),
                row.getString("actor_email"),
                row.getString("action"),
                row.getString("entity_type"),
                row.getString("entity_id"),
                summary,
                row.getString("request_id"));
    }

    private static AuditEntryResponse masked(AuditEntryResponse entry) {
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) mask(entry.summary());
        return new AuditEntryResponse(
                entry.id(),
                entry.at(),
                entry.actorEmail(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                summary,
                entry.requestId());
    }

    /** A copy of {@code value} with every personal field, at any depth, replaced by {@link #MASK}. */
    static Object mask(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) ->
                    copy.put(String.valueOf(k), PERSONAL.contains(String.valueOf(k)) && v != null ? MASK : mask(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditService::mask).toList();
        }
        return value;
    }

    /**
     * A state that gives its audited fields itself, exactly as the object mapper would convert it to a map (same keys
     * in the same order, same values), so a frequent write skips the conversion through JSON tokens.
     */
    public interface Fields {
        Map<String, Object> auditFields();
    }

    Map<String, Object> fields(Object state) {
        if (state == null) {
            return Map.of();
        }
        return state instanceof Fields f ? f.auditFields() : objectMapper.convertValue(state, MAP);
    }

    Map<String, Object> summarise(Object before, Object after) {
        Map<String, Object> old = fields(before);
        Map<String, Object> now = fields(after);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(old.keySet());
        now.keySet().stream().filter(k -> !old.containsKey(k)).forEach(keys::add);
        for (String key : keys) {
            if (NOISE.contains(key) || Objects.equals(old.get(key), now.get(key))) {
                continue;
            }
            if (before != null) {
                changedBefore.put(key, old.get(key));
            }
            if (after != null) {
                changedAfter.put(key, now.get(key));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        if (before != null) {
            summary.put("before", changedBefore);
        }
        if (after != null) {
            summary.put("after", changedAfter);
        }
        return summary;
    }

    /** Who made a write: the signed-in person or API client, if any. */
    private record Actor(UUID id, String email) {}

    private Actor actor() {
        if (!identity.isResolvable()) {
            return new Actor(null, null);
        }
        try {
            SecurityIdentity current = identity.get();
            if (current == null || current.isAnonymous()) {
                return new Actor(null, null);
            }
            if (current.getPrincipal() instanceof JsonWebToken token) {
                return new Actor(
                        token.getSubject() == null ? null : UUID.fromString(token.getSubject()), token.getName());
            }
            return new Actor(null, current.getPrincipal().getName());
        } catch (RuntimeException outsideRequest) {
            // writes made at start-up (demo data, the first administrator) have no signed-in actor
            return new Actor(null, null);
        }
    }

    private String currentRequestId() {
        try {
            return request.isResolvable() ? RequestIds.current(request.get()) : null;
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
