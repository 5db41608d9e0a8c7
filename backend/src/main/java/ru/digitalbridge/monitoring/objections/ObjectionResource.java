package ru.digitalbridge.monitoring.objections;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.ObjectionAcceptRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.ObjectionRejectRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.ObjectionResponse;

@Path("/api/v1/objections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objections")
public class ObjectionResource {
    private final ObjectionService objections;

    ObjectionResource(ObjectionService objections) {
        this.objections = objections;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Operation(
            summary = "Objections, newest first: coordinators and administrators see all, experts those on their"
                    + " evaluations, learners and representatives their organization's; others 403.")
    public PageResponse<ObjectionResponse> list(
            @Parameter(schema = @Schema(implementation = ObjectionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Campaign id") @QueryParam("campaign") String campaign,
            @Valid @BeanParam PageQuery page) {
        return objections.list(status, campaign, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One objection. Whoever may read its evaluation.")
    public ObjectionResponse get(@PathParam("id") UUID id) {
        return objections.get(id);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Accept an open objection during the reply stage: the answer changes, the index is recomputed"
                    + " and the reason recorded. The evaluation's expert, coordinators and administrators.")
    public ObjectionResponse accept(@PathParam("id") UUID id, @Valid @NotNull ObjectionAcceptRequest request) {
        return objections.accept(id, request);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reject an open objection during the reply stage with a reason. The evaluation's expert,"
                    + " coordinators and administrators.")
    public ObjectionResponse reject(@PathParam("id") UUID id, @Valid @NotNull ObjectionRejectRequest request) {
        return objections.reject(id, request);
    }
}
