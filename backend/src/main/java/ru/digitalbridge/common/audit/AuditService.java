package ru.digitalbridge.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
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
    private final AuditRepository repository;
    private final ObjectMapper objectMapper;
    private final Instance<SecurityIdentity> identity;
    private final Instance<HttpServerRequest> request;

    AuditService(
            Sql db,
            AuditRepository repository,
            ObjectMapper objectMapper,
            Instance<SecurityIdentity> identity,
            Instance<HttpServerRequest> request) {
        this.db = db;
        this.repository = repository;
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
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.summary = summarise(before, after);
        actor(entry);
        entry.requestId = currentRequestId();
        String summary;
        try {
            summary = objectMapper.writeValueAsString(entry.summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit summary not serialisable", e);
        }
        // plain SQL on the transaction's connection, not a Hibernate persist: most writers use no Hibernate
        // session otherwise, and opening and flushing one cost each autosave more CPU than the insert itself
        db.update(
                "insert into audit_log (at, actor_id, actor_email, action, entity_type, entity_id, summary, request_id)"
                        + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)",
                entry.at,
                entry.actorId,
                entry.actorEmail,
                entry.action,
                entry.entityType,
                entry.entityId,
                summary,
                entry.requestId);
    }

    /**
     * The entries the reader may read, newest first. Readers other than administrators get no entries about records
     * only administrators may read ({@link #ADMIN_ONLY}) and see personal fields ({@link #PERSONAL}) masked.
     */
    @Transactional
    public PageResponse<AuditEntryResponse> list(
            String entityType, String entityId, String actor, PageQuery page, boolean admin) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!admin) {
            where.append(" and entityType not in :adminOnly");
            parameters.and("adminOnly", ADMIN_ONLY);
        }
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entityType = :entityType");
            parameters.and("entityType", entityType);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and entityId = :entityId");
            parameters.and("entityId", entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and lower(actorEmail) like :actor escape '\\'");
            parameters.and("actor", Sql.contains(actor.toLowerCase(Locale.ROOT)));
        }
        PanacheQuery<AuditEntry> query = repository
                .find(where.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), parameters)
                .page(Page.of(page.page, page.size));
        List<AuditEntryResponse> items = query.list().stream()
                .map(AuditEntryResponse::from)
                .map(entry -> admin ? entry : masked(entry))
                .toList();
        return new PageResponse<>(items, query.count(), page.page, page.size);
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

    private void actor(AuditEntry entry) {
        if (!identity.isResolvable()) {
            return;
        }
        try {
            SecurityIdentity current = identity.get();
            if (current == null || current.isAnonymous()) {
                return;
            }
            if (current.getPrincipal() instanceof JsonWebToken token) {
                entry.actorEmail = token.getName();
                entry.actorId = token.getSubject() == null ? null : UUID.fromString(token.getSubject());
            } else {
                entry.actorEmail = current.getPrincipal().getName();
            }
        } catch (RuntimeException outsideRequest) {
            // writes made at start-up (demo data, the first administrator) have no signed-in actor
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
