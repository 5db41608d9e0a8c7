package ru.digitalbridge.common.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    private final AuditService audit;
    private final SecurityIdentity identity;

    AuditResource(AuditService audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "The audit log, newest first. Administrators and coordinators; coordinators (and keys) see no"
                    + " entries about users or API clients, and personal fields (e-mail, phone) masked.")
    public PageResponse<AuditEntryResponse> list(
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor,
            @Valid @BeanParam PageQuery page) {
        return audit.list(entityType, entityId, actor, page, identity.hasRole("ADMIN"));
    }
}
