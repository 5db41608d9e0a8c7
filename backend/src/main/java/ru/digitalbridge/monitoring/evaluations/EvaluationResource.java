package ru.digitalbridge.monitoring.evaluations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Immutable;
import ru.digitalbridge.common.paging.NextLink;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.common.paging.SyncQuery;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswersRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationCorrectionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationReconcileRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationReturnRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationVersionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationHistory;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationPair;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationRevisionResponse;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.EvaluationSummary;
import ru.digitalbridge.monitoring.evaluations.EvaluationViews.TimelineEntry;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class EvaluationResource {
    private final EvaluationService evaluations;

    EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List evaluations, newest campaign first. Coordinators and administrators see all; everyone"
                    + " else (anonymous included) sees published PRIMARY evaluations only. For machines, page by cursor"
                    + " (after=, next) in order of change and sync incrementally (updatedSince=). Anyone.")
    public PageResponse<EvaluationSummary> list(
            @Parameter(description = "Account id") @QueryParam("account") String account,
            @Parameter(description = "Campaign id") @QueryParam("campaign") String campaign,
            @Parameter(description = "Organization id") @QueryParam("organization") String organization,
            @Parameter(schema = @Schema(implementation = EvaluationStatus.class)) @QueryParam("status") String status,
            @Parameter(
                            description = "campaign (default: newest campaign first) or updatedAt (order of change,"
                                    + " oldest first: the order of cursor paging)")
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageQuery page,
            @BeanParam SyncQuery sync,
            @Context UriInfo uri) {
        return evaluations.list(
                account,
                campaign,
                organization,
                status,
                sort,
                sync.parse(sort, "updatedAt".equals(sort == null ? null : sort.strip()), page.page),
                page,
                cursor -> NextLink.of(uri, cursor));
    }

    @GET
    @Path("/timeline")
    @PermitAll
    @Operation(
            summary = "An account's published evaluations oldest first, with per-criterion points and"
                    + " recommendations, for the account card's chart and history. Anyone.")
    public List<TimelineEntry> timeline(
            @Parameter(description = "Account id", required = true) @QueryParam("account") String account) {
        return evaluations.timeline(account);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            summary = "One evaluation with its answers, completeness and answer times. Coordinators, administrators,"
                    + " the assigned expert, the organization's users (PRIMARY, campaign in reply, final or"
                    + " published); anyone once published.")
    public EvaluationResponse get(@PathParam("id") UUID id) {
        return evaluations.get(id);
    }

    @PUT
    @Path("/{id}/answers")
    @RolesAllowed({"EXPERT", "COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Autosave: change the listed criteria's answers (optimistic locking on version); points, index"
                    + " and recommendations are recomputed. Draft or returned, campaign in evaluation or review."
                    + " The assigned expert only.")
    public EvaluationResponse saveAnswers(@PathParam("id") UUID id, @Valid @NotNull EvaluationAnswersRequest request) {
        return evaluations.saveAnswers(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({"EXPERT", "COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit for review; 422 lists every applicable criterion without a value or N/A and every"
                    + " below-maximum criterion without a recommendation. The assigned expert only.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "422")
    public EvaluationResponse submit(@PathParam("id") UUID id, @Valid @NotNull EvaluationVersionRequest request) {
        return evaluations.submit(id, request.version());
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted evaluation to its expert with a comment. Coordinators and administrators.")
    public EvaluationResponse returnToExpert(
            @PathParam("id") UUID id, @Valid @NotNull EvaluationReturnRequest request) {
        return evaluations.returnToExpert(id, request);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a submitted evaluation. Coordinators and administrators.")
    public EvaluationResponse approve(@PathParam("id") UUID id, @Valid @NotNull EvaluationVersionRequest request) {
        return evaluations.approve(id, request.version());
    }

    @GET
    @Path("/{id}/pair")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(
            summary = "A double evaluation side by side: the PRIMARY, its blind SECOND (if any) and the criteria"
                    + " where they differ. Coordinators and administrators.")
    public EvaluationPair pair(@PathParam("id") UUID id) {
        return evaluations.pair(id);
    }

    @POST
    @Path("/{id}/reconcile")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Settle a double evaluation: apply the chosen values to the PRIMARY, mark both reconciled and"
                    + " approve the PRIMARY; both must be submitted. Coordinators and administrators.")
    public EvaluationResponse reconcile(@PathParam("id") UUID id, @Valid @NotNull EvaluationReconcileRequest request) {
        return evaluations.reconcile(id, request);
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(
            summary = "What happened to the evaluation (events oldest first) and its published revisions. Whoever"
                    + " may read the evaluation.")
    public EvaluationHistory history(@PathParam("id") UUID id) {
        return evaluations.history(id);
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Immutable("revision-immutable")
    @PermitAll
    @Operation(summary = "One published revision with its answers as published. Whoever may read the evaluation.")
    public EvaluationRevisionResponse revision(@PathParam("id") UUID id, @PathParam("revision") int revision) {
        return evaluations.revision(id, revision);
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a published evaluation: writes the next revision with the reason and author and"
                    + " recomputes the index. Coordinators and administrators.")
    public EvaluationResponse correct(@PathParam("id") UUID id, @Valid @NotNull EvaluationCorrectionRequest request) {
        return evaluations.correct(id, request);
    }
}
