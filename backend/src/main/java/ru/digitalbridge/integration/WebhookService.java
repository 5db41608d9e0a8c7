package ru.digitalbridge.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.integration.WebhookRequests.CreateWebhook;
import ru.digitalbridge.integration.WebhookRequests.DeliveryResponse;
import ru.digitalbridge.integration.WebhookRequests.Redeliver;
import ru.digitalbridge.integration.WebhookRequests.UpdateWebhook;
import ru.digitalbridge.integration.WebhookRequests.WebhookAttempt;
import ru.digitalbridge.integration.WebhookRequests.WebhookResponse;
import ru.digitalbridge.integration.WebhookRequests.WebhookWithSecret;
import ru.digitalbridge.notification.Notifications;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.outbox.Outbox;
import ru.digitalbridge.outbox.OutboxClock;

/**
 * Webhook endpoints of machine clients: registration (URL checked against {@link WebhookTargets}), the secret shown
 * once and rotated with a grace period, enabling and disabling, test events, redelivery and the delivery log.
 */
@ApplicationScoped
public class WebhookService {
    static final String ENTITY = "webhook";

    private static final String SELECT = """
            select w.id, w.version, w.api_client_id, c.name, w.url, w.description, w.event_types, w.active,
                   w.disabled_reason, w.disabled_at, w.consecutive_failures,
                   case when w.previous_secret_until > ? then w.previous_secret_until end, w.created_at, w.updated_at
              from webhook_endpoint w join api_client c on c.id = w.api_client_id""";

    private final Sql db;
    private final AuditService audit;
    private final WebhookTargets targets;
    private final Outbox outbox;
    private final OutboxClock clock;
    private final Duration rotationGrace;
    private final Notifications notifications;

    WebhookService(
            Sql db,
            AuditService audit,
            WebhookTargets targets,
            Outbox outbox,
            OutboxClock clock,
            Notifications notifications,
            @ConfigProperty(name = "bridge.webhooks.rotation-grace") Duration rotationGrace) {
        this.db = db;
        this.notifications = notifications;
        this.audit = audit;
        this.targets = targets;
        this.outbox = outbox;
        this.clock = clock;
        this.rotationGrace = rotationGrace;
    }

    @Transactional
    public List<WebhookResponse> list(UUID apiClientId) {
        if (apiClientId == null) {
            return db.list(SELECT + " order by c.name, w.created_at, w.id", WebhookService::response, clock.now());
        }
        return db.list(
                SELECT + " where w.api_client_id = ? order by w.created_at, w.id",
                WebhookService::response,
                clock.now(),
                apiClientId);
    }

    /**
     * Checks that the endpoint belongs to the machine client (a key with {@code webhooks:manage} manages only its own
     * client's endpoints); another client's endpoint answers 404 as if it did not exist.
     */
    @Transactional
    public void checkOwner(UUID id, UUID apiClientId) {
        if (!db.exists("select 1 from webhook_endpoint where id = ? and api_client_id = ?", id, apiClientId)) {
            throw notFound(id);
        }
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public WebhookWithSecret create(CreateWebhook request) {
        String url = checkUrl(request.url());
        List<String> types = checkTypes(request.eventTypes());
        if (!db.exists("select 1 from api_client where id = ? and active", request.apiClientId())) {
            throw ProblemException.invalidField("apiClientId", "webhook.api-client.unknown");
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        OffsetDateTime now = clock.now();
        db.update(
                "insert into webhook_endpoint (id, api_client_id, url, description, event_types, secret, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                request.apiClientId(),
                url,
                blankToNull(request.description()),
                types.toArray(String[]::new),
                secret,
                now,
                now);
        WebhookResponse created = get(id);
        audit.record(ENTITY, id, "create", null, created);
        return new WebhookWithSecret(created, secret);
    }

    @Transactional
    public WebhookResponse update(UUID id, UpdateWebhook request) {
        WebhookResponse before = locked(id, request.version());
        String url = checkUrl(request.url());
        List<String> types = checkTypes(request.eventTypes());
        db.update(
                "update webhook_endpoint set url = ?, description = ?, event_types = ?, version = version + 1,"
                        + " updated_at = ? where id = ?",
                url,
                blankToNull(request.description()),
                types.toArray(String[]::new),
                clock.now(),
                id);
        WebhookResponse after = get(id);
        audit.record(ENTITY, id, "update", before, after);
        return after;
    }

    /** A new secret; the old one keeps signing (beside the new) for {@code bridge.webhooks.rotation-grace}. */
    @Transactional
    public WebhookWithSecret rotate(UUID id, long version) {
        WebhookResponse before = locked(id, version);
        String secret = WebhookSignature.newSecret();
        OffsetDateTime now = clock.now();
        db.update(
                "update webhook_endpoint set previous_secret = secret, previous_secret_until = ?, secret = ?,"
                        + " version = version + 1, updated_at = ? where id = ?",
                now.plus(rotationGrace),
                secret,
                now,
                id);
        WebhookResponse after = get(id);
        audit.record(ENTITY, id, "rotate-secret", before, after);
        return new WebhookWithSecret(after, secret);
    }

    @Transactional
    public WebhookResponse enable(UUID id, long version) {
        WebhookResponse before = locked(id, version);
        db.update(
                "update webhook_endpoint set active = true, disabled_reason = null, disabled_at = null,"
                        + " consecutive_failures = 0, version = version + 1, updated_at = ? where id = ?",
                clock.now(),
                id);
        WebhookResponse after = get(id);
        audit.record(ENTITY, id, "enable", before, after);
        return after;
    }

    @Transactional
    public WebhookResponse disable(UUID id, long version) {
        locked(id, version);
        return disable(id, "ADMINISTRATOR");
    }

    /**
     * Disables the endpoint for {@code reason} (GONE, FAILURES, ADMINISTRATOR) in the caller's transaction and records
     * it in the audit log, where administrators see it beside the endpoint's state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    WebhookResponse disable(UUID id, String reason) {
        WebhookResponse before = get(id);
        OffsetDateTime now = clock.now();
        int disabled = db.update(
                "update webhook_endpoint set active = false, disabled_reason = ?, disabled_at = ?,"
                        + " version = version + 1, updated_at = ? where id = ? and active",
                reason,
                now,
                now,
                id);
        WebhookResponse after = get(id);
        audit.record(ENTITY, id, "disable", before, after);
        if (disabled > 0 && !"ADMINISTRATOR".equals(reason)) {
            notifications.webhookDisabled(
                    id, after.version(), after.url(), after.apiClientName(), reason, after.consecutiveFailures());
        }
        return after;
    }

    /** Queues a {@code webhook.test} event for this endpoint alone. */
    @Transactional
    public UUID sendTest(UUID id) {
        WebhookResponse endpoint = get(id);
        if (!endpoint.active()) {
            throw ProblemException.conflict("webhook-disabled");
        }
        return outbox.send(
                WebhookChannel.NAME,
                id.toString(),
                EventTypes.WEBHOOK_TEST,
                ENTITY,
                id,
                Map.of("id", id, "message", "A test event sent by an administrator"));
    }

    /** Makes finished deliveries to this endpoint due again: one event, or every event of [from, to). */
    @Transactional
    public int redeliver(UUID id, Redeliver request) {
        get(id);
        if (request.eventId() == null && (request.from() == null || request.to() == null)) {
            throw ProblemException.invalidField("eventId", "webhook.redeliver.which");
        }
        if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
            throw ProblemException.invalidField("to", "webhook.redeliver.range");
        }
        return outbox.redeliver(new Outbox.Redelivery(
                WebhookChannel.NAME, null, id.toString(), request.eventId(), request.from(), request.to()));
    }

    @Transactional
    public PageResponse<WebhookAttempt> attempts(UUID id, PageQuery page) {
        get(id);
        Outbox.Page<Outbox.AttemptView> found =
                outbox.attempts(WebhookChannel.NAME, id.toString(), page.page, page.size);
        return new PageResponse<>(
                found.items().stream()
                        .map(a -> new WebhookAttempt(
                                a.id(),
                                a.eventId(),
                                a.eventType(),
                                a.attempt(),
                                a.at(),
                                a.durationMs(),
                                a.outcome(),
                                a.statusCode(),
                                a.detail()))
                        .toList(),
                found.total(),
                page.page,
                page.size);
    }

    @Transactional
    public PageResponse<DeliveryResponse> deliveries(UUID id, String status, PageQuery page) {
        get(id);
        return deliveries(WebhookChannel.NAME, id.toString(), status, page);
    }

    /** Deliveries of any channel (the dead letters view), newest first. */
    @Transactional
    public PageResponse<DeliveryResponse> deliveries(String channel, String target, String status, PageQuery page) {
        Outbox.Page<Outbox.DeliveryView> found = outbox.deliveries(channel, target, status, page.page, page.size);
        return new PageResponse<>(
                found.items().stream().map(WebhookService::delivery).toList(), found.total(), page.page, page.size);
    }

    /** Makes one finished delivery of any channel due again (the dead letters view). */
    @Transactional
    public DeliveryResponse redeliverOne(UUID deliveryId) {
        Outbox.DeliveryView delivery =
                outbox.delivery(deliveryId).orElseThrow(() -> ProblemException.notFound("entity.delivery", deliveryId));
        if (outbox.redeliver(new Outbox.Redelivery(delivery.channel(), deliveryId, null, null, null, null)) == 0) {
            throw ProblemException.conflict("delivery-in-progress");
        }
        audit.record("delivery", deliveryId, "redeliver", null, Map.of("eventId", delivery.eventId()));
        return delivery(outbox.delivery(deliveryId).orElseThrow());
    }

    /** The secrets that sign deliveries now: the current one, and the previous one while its grace lasts. */
    @Transactional
    Optional<Signing> signing(UUID id) {
        return db.one(
                "select url, active, secret, case when previous_secret_until > ? then previous_secret end"
                        + " from webhook_endpoint where id = ?",
                rs -> new Signing(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getString(4) == null ? List.of(rs.getString(3)) : List.of(rs.getString(3), rs.getString(4))),
                clock.now(),
                id);
    }

    record Signing(String url, boolean active, List<String> secrets) {}

    /** Active endpoints subscribed to {@code type}. */
    List<String> subscribers(String type) {
        return db.list(
                "select id::text from webhook_endpoint where active and event_types @> array[?]::text[]",
                rs -> rs.getString(1),
                type);
    }

    private static DeliveryResponse delivery(Outbox.DeliveryView d) {
        return new DeliveryResponse(
                d.id(),
                d.eventId(),
                d.eventType(),
                d.occurredAt(),
                d.channel(),
                d.target(),
                d.status(),
                d.attempts(),
                d.dueAt(),
                d.deliveredAt(),
                d.lastStatus(),
                d.lastError());
    }

    private Optional<WebhookResponse> find(UUID id) {
        return db.one(SELECT + " where w.id = ?", WebhookService::response, clock.now(), id);
    }

    private WebhookResponse locked(UUID id, long version) {
        Long current = db.one("select version from webhook_endpoint where id = ? for update", rs -> rs.getLong(1), id)
                .orElseThrow(() -> notFound(id));
        if (current != version) {
            throw ProblemException.conflict("stale-version");
        }
        return get(id);
    }

    private String checkUrl(String url) {
        String trimmed = url.trim();
        targets.refusal(trimmed).ifPresent(key -> {
            throw ProblemException.invalidField("url", key);
        });
        return trimmed;
    }

    private static List<String> checkTypes(java.util.Set<String> types) {
        for (String type : types) {
            if (!EventTypes.ALL.contains(type)) {
                throw ProblemException.invalidField("eventTypes", "webhook.event-type.unknown", type);
            }
        }
        return types.stream().sorted().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("entity.webhook", id);
    }

    private static WebhookResponse response(ResultSet rs) throws SQLException {
        return new WebhookResponse(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Arrays.asList((String[]) rs.getArray(7).getArray()),
                rs.getBoolean(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class),
                rs.getInt(11),
                rs.getObject(12, OffsetDateTime.class),
                rs.getObject(13, OffsetDateTime.class),
                rs.getObject(14, OffsetDateTime.class));
    }
}
