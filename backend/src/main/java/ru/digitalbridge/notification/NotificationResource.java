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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
            @QueryParam("status") NotificationStatus status,
            @QueryParam("kind") NotificationKind kind,
            @QueryParam("user") UUID user,
            @Valid @BeanParam PageQuery page) {
        return viewer.list(status, kind, user, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "One e-mail message with its plain-text and HTML bodies. Administrators.")
    public NotificationResponse get(@PathParam("id") UUID id) {
        return viewer.get(id);
    }
}
