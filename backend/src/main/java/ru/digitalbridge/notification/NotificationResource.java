package ru.digitalbridge.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

/** The outbox viewer: every e-mail message, sent or held (no SMTP server configured), rendered. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Notifications")
public class NotificationResource {
    private final OutboxViewer viewer;

    NotificationResource(OutboxViewer viewer) {
        this.viewer = viewer;
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "E-mail messages, newest first, filtered by status, kind or recipient. Administrators.")
    public PageResponse<NotificationSummary> list(
            @Parameter(schema = @Schema(implementation = NotificationStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = NotificationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Messages to this user only", schema = @Schema(format = "uuid"))
                    @QueryParam("user")
                    String user,
            @Valid @BeanParam PageQuery page) {
        return viewer.list(
                parse("status", status, v -> NotificationStatus.valueOf(v.toUpperCase(Locale.ROOT))),
                parse("kind", kind, v -> NotificationKind.valueOf(v.toUpperCase(Locale.ROOT))),
                parse("user", user, UUID::fromString),
                page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "One e-mail message with its plain-text and HTML bodies. Administrators.")
    public NotificationResponse get(@PathParam("id") UUID id) {
        return viewer.get(id);
    }

    /** A filter's value, or null when absent; 400 naming the parameter when it cannot be read. */
    private static <T> T parse(String field, String value, Function<String, T> reader) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "invalid-value.field");
        }
    }
}
