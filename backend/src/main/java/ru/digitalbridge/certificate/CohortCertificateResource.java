package ru.digitalbridge.certificate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.training.EnrolmentFacts;
import ru.digitalbridge.training.TrainingAccess;

/** The trainer's confirmation: certificates for a cohort's completed enrolments that have none yet. */
@Path("/api/v1/training/cohorts/{id}/certificates")
@Tag(name = "Certificates")
public class CohortCertificateResource {
    private final CertificateOnCompletion onCompletion;
    private final EnrolmentFacts facts;
    private final TrainingAccess access;
    private final SecurityIdentity identity;

    CohortCertificateResource(
            CertificateOnCompletion onCompletion,
            EnrolmentFacts facts,
            TrainingAccess access,
            SecurityIdentity identity) {
        this.onCompletion = onCompletion;
        this.facts = facts;
        this.access = access;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Issue the certificates of a cohort: one for every enrolment whose completion is met and that"
                    + " has none yet (a cohort that does not issue automatically, or completions met before its last"
                    + " day); the ones issued now. Administrators, coordinators and the cohort's trainers.")
    @APIResponse(
            responseCode = "200",
            description = "The certificates issued by this call (empty when there was nothing to issue)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CertificateResponse.class)))
    public List<CertificateResponse> issue(@PathParam("id") UUID cohortId) {
        access.requireRuns(identity, cohortId);
        List<CertificateResponse> issued = new ArrayList<>();
        for (UUID enrolment : facts.completedIn(cohortId)) {
            onCompletion.issueFor(enrolment).ifPresent(issued::add);
        }
        return issued;
    }
}
