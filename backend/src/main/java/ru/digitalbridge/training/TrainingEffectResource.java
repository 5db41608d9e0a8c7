package ru.digitalbridge.training;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Immutable;
import ru.digitalbridge.training.EffectRevisions.RevisionSummary;

/**
 * The training effect of every published campaign, public: figures about accounts (public registry data) and
 * published evaluations, never about a person. What is served is frozen: the latest revision of each campaign's
 * figures (revision 1 taken at publication), every earlier revision readable; coordinators take a new revision with
 * a reason. JSON reads carry an ETag (a matching If-None-Match gets 304).
 */
@Path("/api/v1/training/effect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training effect")
@PermitAll
public class TrainingEffectResource {
    private final EffectRevisions revisions;

    TrainingEffectResource(EffectRevisions revisions) {
        this.revisions = revisions;
    }

    /** Why the figures are recomputed: a coordinator's reason, published with the new revision. */
    @Schema(name = "TrainingEffectRecomputeRequest")
    public record RecomputeRequest(
            @NotBlank @Size(max = 2000) String reason) {}

    @GET
    @Operation(
            summary = "Published campaigns, newest period first, each with the headline of its training effect (latest"
                    + " revision): accounts of graduates and of people not trained, accounts compared before and after"
                    + " the course, the differences of the median index. Anyone.")
    public List<EffectCampaign> campaigns() {
        return revisions.currentOfAll().stream()
                .map(r -> EffectCampaign.of(r.figures()))
                .toList();
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(
            summary = "The training effect in one published campaign, its latest frozen revision: graduates' accounts"
                    + " against accounts of people not trained, and the same accounts before and after their owner's"
                    + " course — median index, share meeting each criterion, median answer hours, with counts; groups"
                    + " under the minimum show counts only. Anyone.")
    public EffectFigures campaign(@PathParam("campaignId") UUID campaignId) {
        return revisions.forCampaign(campaignId);
    }

    @GET
    @Path("/campaigns/{campaignId}/revisions")
    @Operation(
            summary = "The changelog of a campaign's training effect: every revision, newest first, with when and why"
                    + " it was taken and which figures and accounts' groups changed against the previous one. Anyone.")
    public List<RevisionSummary> history(@PathParam("campaignId") UUID campaignId) {
        return revisions.revisions(campaignId);
    }

    @GET
    @Path("/campaigns/{campaignId}/revisions/{revision}")
    @Immutable("effect-revision-immutable")
    @Operation(summary = "One revision of a campaign's training effect, as it was published; never changes. Anyone.")
    public EffectFigures revision(@PathParam("campaignId") UUID campaignId, @PathParam("revision") int revision) {
        return revisions.revision(campaignId, revision).figures();
    }

    @POST
    @Path("/campaigns/{campaignId}/revisions")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Recompute a published campaign's training effect from the data as it is now (training records"
                    + " changed after publication) as its next revision, with the reason; earlier revisions stay"
                    + " published. Coordinators and administrators.")
    @APIResponse(
            responseCode = "201",
            description = "The new revision with its changelog",
            content = @Content(schema = @Schema(implementation = RevisionSummary.class)))
    public Response recompute(@PathParam("campaignId") UUID campaignId, @Valid @NotNull RecomputeRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(revisions.recompute(campaignId, request.reason().strip()))
                .build();
    }
}
