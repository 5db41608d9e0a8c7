package ru.digitalbridge.training;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The training effect of every published campaign, public: figures about accounts (public registry data) and
 * published evaluations, never about a person. JSON reads carry an ETag (a matching If-None-Match gets 304).
 */
@Path("/api/v1/training/effect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training effect")
@PermitAll
public class TrainingEffectResource {
    private final TrainingEffect effect;

    TrainingEffectResource(TrainingEffect effect) {
        this.effect = effect;
    }

    @GET
    @Operation(
            summary = "Published campaigns, newest period first, each with the headline of its training effect:"
                    + " accounts of graduates and of people not trained, accounts compared before and after the"
                    + " course, the differences of the median index. Anyone.")
    public List<EffectCampaign> campaigns() {
        return effect.campaigns().stream()
                .map(c -> EffectCampaign.of(effect.compute(c).figures()))
                .toList();
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(
            summary = "The training effect in one published campaign: graduates' accounts against accounts of people"
                    + " not trained, and the same accounts before and after their owner's course — median index,"
                    + " share meeting each criterion, median answer hours, with counts; groups under the minimum"
                    + " show counts only. Anyone.")
    public EffectFigures campaign(@PathParam("campaignId") UUID campaignId) {
        return effect.forCampaign(campaignId);
    }
}
