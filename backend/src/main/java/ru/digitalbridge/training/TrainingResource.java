package ru.digitalbridge.training;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.training.ActivityRequests.AttendanceRequest;
import ru.digitalbridge.training.ActivityRequests.CheckInRequest;
import ru.digitalbridge.training.ActivityRequests.GradeRequest;
import ru.digitalbridge.training.ActivityRequests.SubmissionRequest;
import ru.digitalbridge.training.ActivityRequests.TestAnswersRequest;
import ru.digitalbridge.training.ActivityResponses.CheckInCodeResponse;
import ru.digitalbridge.training.ActivityResponses.CheckInResponse;
import ru.digitalbridge.training.ActivityResponses.SubmissionResponse;
import ru.digitalbridge.training.ActivityResponses.TestAttemptResponse;

/** Learners, enrolments, sessions, submissions, the final test and the learner's cabinet. */
@Path("/api/v1/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingResource {
    private final LearnerService learners;
    private final EnrolmentService enrolments;
    private final CohortService cohorts;
    private final ActivityService activity;
    private final CabinetService cabinet;
    private final SecurityIdentity identity;

    TrainingResource(
            LearnerService learners,
            EnrolmentService enrolments,
            CohortService cohorts,
            ActivityService activity,
            CabinetService cabinet,
            SecurityIdentity identity) {
        this.learners = learners;
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.activity = activity;
        this.cabinet = cabinet;
        this.identity = identity;
    }

    /** The accounts a learner runs. */
    public record LearnerAccountsRequest(
            @NotNull @Size(max = 100) List<@NotNull UUID> accountIds) {}

    @GET
    @Path("/learners")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(
            summary = "Learners whose name or e-mail contains q, by surname; personal data for administrators only. "
                    + "Administrators and coordinators.")
    public PageResponse<LearnerResponse> learners(
            @QueryParam("q") @Size(max = 200) String q, @Valid @BeanParam PageQuery page) {
        return learners.list(caller(), q, page);
    }

    @POST
    @Path("/learners")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a learner (e-mail and СНИЛС unique: 409; СНИЛС check number validated). Administrators, "
                    + "coordinators and trainers.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = LearnerResponse.class)))
    public Response createLearner(@Valid @NotNull LearnerRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(learners.create(caller(), request))
                .build();
    }

    @GET
    @Path("/learners/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "LEARNER"})
    @Operation(
            summary = "One learner: administrators and coordinators, the trainers of the learner's cohorts, the "
                    + "learner. Personal data for administrators, those trainers and the learner only.")
    public LearnerResponse learner(@PathParam("id") UUID id) {
        return learners.get(caller(), id);
    }

    @PUT
    @Path("/learners/{id}/accounts")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the registry accounts a learner runs (link and unlink). Administrators, coordinators"
                    + " and the trainers of a cohort the learner is enrolled in (another learner: 403).")
    public LearnerResponse setAccounts(@PathParam("id") UUID id, @Valid @NotNull LearnerAccountsRequest request) {
        return learners.setAccounts(caller(), id, request.accountIds());
    }

    @POST
    @Path("/enrolments/{id}/approve")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "Approve a learner's application (409 when full or not an application). Administrators, "
                    + "coordinators and the cohort's trainers.")
    public EnrolmentResponse approve(@PathParam("id") UUID id) {
        return enrolments.decide(caller(), id, true);
    }

    @POST
    @Path("/enrolments/{id}/reject")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(summary = "Reject a learner's application. Administrators, coordinators and the cohort's trainers.")
    public EnrolmentResponse reject(@PathParam("id") UUID id) {
        return enrolments.decide(caller(), id, false);
    }

    @POST
    @Path("/enrolments/{id}/withdraw")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "Withdraw a learner from a cohort (a recorded completion is cleared). Administrators, "
                    + "coordinators and the cohort's trainers.")
    public EnrolmentResponse withdraw(@PathParam("id") UUID id) {
        return enrolments.withdraw(caller(), id);
    }

    @DELETE
    @Path("/sessions/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "Delete a session with its marks, given the version read (a stale one is refused with 409)"
                    + "; completion is re-evaluated. Administrators, coordinators and the cohort's trainers.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteSession(
            @PathParam("id") UUID id,
            @Parameter(description = "The session's version last seen; a stale one is refused with 409")
                    @QueryParam("version")
                    @NotNull
                    Long version) {
        cohorts.deleteSession(caller(), id, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("/sessions/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a session's time, topic and place, given the version read (a stale one is refused with"
                    + " 409); the marks stay. Administrators, coordinators and the cohort's trainers.")
    public SessionResponse updateSession(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request) {
        return cohorts.updateSession(caller(), id, request);
    }

    @PUT
    @Path("/sessions/{id}/attendance")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Mark attendance at a session for many learners at once (present, absent, excused); completion "
                    + "is re-evaluated for each. Administrators, coordinators and the cohort's trainers.")
    public List<RosterEntry.Mark> mark(@PathParam("id") UUID id, @Valid @NotNull AttendanceRequest request) {
        return activity.mark(caller(), id, request);
    }

    @POST
    @Path("/sessions/{id}/check-in-code")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "A fresh six-digit self check-in code for the session, valid ten minutes, to show on screen "
                    + "(and as a QR code). Administrators, coordinators and the cohort's trainers.")
    public CheckInCodeResponse checkInCode(@PathParam("id") UUID id) {
        return activity.checkInCode(caller(), id);
    }

    @POST
    @Path("/check-in")
    @RolesAllowed("LEARNER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check in to a session of one's cohort with the code on the trainer's screen (422 for a wrong "
                    + "or expired code). Learners, for themselves.")
    public CheckInResponse checkIn(@Valid @NotNull CheckInRequest request) {
        return activity.checkIn(caller(), request.code());
    }

    @GET
    @Path("/assignments/{id}/submissions")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(summary = "Every submission to an assignment. Administrators, coordinators and the cohort's trainers.")
    public List<SubmissionResponse> submissions(@PathParam("id") UUID id) {
        return activity.submissions(caller(), id);
    }

    @POST
    @Path("/assignments/{id}/submissions")
    @RolesAllowed("LEARNER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit an answer (text and links); again only after a fail. Learners enrolled in the cohort, "
                    + "for themselves.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    public Response submit(@PathParam("id") UUID id, @Valid @NotNull SubmissionRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(activity.submit(caller(), id, request))
                .build();
    }

    @POST
    @Path("/submissions/{id}/grade")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Grade the latest submission pass or fail with a comment; completion is re-evaluated. "
                    + "Administrators, coordinators and the cohort's trainers.")
    public SubmissionResponse grade(@PathParam("id") UUID id, @Valid @NotNull GradeRequest request) {
        return activity.grade(caller(), id, request);
    }

    @POST
    @Path("/enrolments/{id}/test-attempts")
    @RolesAllowed("LEARNER")
    @Operation(
            summary = "Start a final-test attempt (or get the unfinished one): questions drawn from each module's "
                    + "bank, without answers. 409 when attempts are used up. Learners, for themselves.")
    public TestAttemptResponse startTest(@PathParam("id") UUID id) {
        return activity.startTest(caller(), id);
    }

    @POST
    @Path("/test-attempts/{id}/answers")
    @RolesAllowed("LEARNER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer an attempt: scored at once, kept; passing meets the rule's final-test part. Learners, "
                    + "for themselves.")
    public TestAttemptResponse answer(@PathParam("id") UUID id, @Valid @NotNull TestAnswersRequest request) {
        return activity.answer(caller(), id, request);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(
            summary = "The learner's cabinet: schedule, own marks, assignments, final test, completion, and the "
                    + "accounts they run with the latest published evaluation and recommendations. Any signed-in user, for "
                    + "themselves (404 without a learner record).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            implementation = CabinetResponse.class)))
    @APIResponse(responseCode = "404", description = "The caller has no learner record")
    public CabinetResponse me() {
        return cabinet.cabinet(caller());
    }

    private TrainingCaller caller() {
        return TrainingCaller.of(identity);
    }
}
