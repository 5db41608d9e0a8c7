package ru.digitalbridge.training;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.common.error.Messages;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.registry.ImportReport;
import ru.digitalbridge.registry.ImportUpload;
import ru.digitalbridge.training.ActivityRequests.AssignmentRequest;
import ru.digitalbridge.training.ActivityResponses.AssignmentResponse;

@Path("/api/v1/training/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class CohortResource {
    private final CohortService cohorts;
    private final EnrolmentService enrolments;
    private final ActivityService activity;
    private final EnrolmentImport imports;
    private final LinkRequestService linkRequests;
    private final SecurityIdentity identity;

    CohortResource(
            CohortService cohorts,
            EnrolmentService enrolments,
            ActivityService activity,
            EnrolmentImport imports,
            LinkRequestService linkRequests,
            SecurityIdentity identity) {
        this.linkRequests = linkRequests;
        this.imports = imports;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.activity = activity;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "Cohorts, newest first: every cohort for administrators and coordinators, a trainer's own "
                    + "cohorts for a trainer.")
    public PageResponse<CohortResponse> list(@Valid @BeanParam PageQuery page) {
        return cohorts.list(caller(), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "One cohort with its trainers, sessions and completion rule. Administrators, coordinators and "
                    + "the cohort's trainers.")
    public CohortResponse get(@PathParam("id") UUID id) {
        return cohorts.get(caller(), id);
    }

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a cohort of an approved programme edition (a draft: 422). Administrators and "
                    + "coordinators.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CohortResponse.class)))
    public Response create(@Valid @NotNull CohortRequest request, @Context UriInfo uri) {
        CohortResponse created = cohorts.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a cohort's settings (version required); completion is re-evaluated for every learner. "
                    + "Administrators and coordinators.")
    public CohortResponse update(@PathParam("id") UUID id, @Valid @NotNull CohortRequest request) {
        return cohorts.update(id, request);
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a session: online with a link or in person with an address. Administrators, coordinators "
                    + "and the cohort's trainers.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    public Response addSession(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request) {
        SessionResponse created = cohorts.addSession(caller(), id, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}/roster")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "The cohort board: every enrolment with marks, grades, final test and completion. Personal "
                    + "data only for administrators and the cohort's trainers. Administrators, coordinators and the "
                    + "cohort's trainers.")
    public List<RosterEntry> roster(@PathParam("id") UUID id) {
        return enrolments.roster(caller(), id);
    }

    @GET
    @Path("/{id}/link-requests")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Operation(
            summary = "The pending requests of the cohort's learners to be linked to the accounts they run, oldest "
                    + "first. Administrators, coordinators and the cohort's trainers.")
    public List<LinkRequestResponse> linkRequests(@PathParam("id") UUID id) {
        return linkRequests.pendingOfCohort(caller(), id);
    }

    @POST
    @Path("/{id}/enrolments")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enrol a learner (existing by id, or new, matched by e-mail and СНИЛС). 409 when full or "
                    + "already enrolled. Administrators, coordinators and the cohort's trainers.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    public Response enrol(@PathParam("id") UUID id, @Valid @NotNull EnrolRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(enrolments.enrol(caller(), id, request))
                .build();
    }

    @POST
    @Path("/{id}/enrolments/import")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes({
        ImportUpload.CSV,
        ImportUpload.XLSX,
        ImportUpload.ODS,
        ImportUpload.EXCEL_LEGACY,
        ImportUpload.OCTET_STREAM
    })
    @Operation(
            summary =
                    "Enrol learners from a CSV, XLSX or ODS (OpenDocument) file (at most 10 MB), de-duplicated by e-mail and СНИЛС "
                            + "within the file and against recorded learners; a learner already in the cohort is UNCHANGED. "
                            + "Nothing is written on a dry run or when any row has an error. Administrators, coordinators "
                            + "and the cohort's trainers.")
    @RequestBody(
            content = {
                @Content(mediaType = ImportUpload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ImportUpload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ImportUpload.ODS, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public ImportReport importEnrolments(
            @PathParam("id") UUID id,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(
                            description = "The workbook sheet to read: its name or 1-based number. Default: the first "
                                    + "sheet with a header row.")
                    @QueryParam("sheet")
                    String sheet,
            InputStream file,
            HttpHeaders headers) {
        return imports.importFile(caller(), id, ImportUpload.read(file), dryRun, sheet, Messages.pick(headers));
    }

    @POST
    @Path("/{id}/applications")
    @RolesAllowed("LEARNER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Apply to a cohort as the signed-in learner (the learner record is created from the body the "
                    + "first time); a trainer approves or rejects. Learners, for themselves.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    public Response apply(@PathParam("id") UUID id, @Valid LearnerRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(enrolments.apply(caller(), id, request))
                .build();
    }

    @GET
    @Path("/{id}/assignments")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "LEARNER"})
    @Operation(
            summary = "The cohort's assignments by deadline. Administrators, coordinators, the cohort's trainers and "
                    + "its enrolled learners.")
    public List<AssignmentResponse> assignments(@PathParam("id") UUID id) {
        return activity.assignments(caller(), id);
    }

    @POST
    @Path("/{id}/assignments")
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add an assignment with a deadline (required ones count towards completion). Administrators, "
                    + "coordinators and the cohort's trainers.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AssignmentResponse.class)))
    public Response addAssignment(@PathParam("id") UUID id, @Valid @NotNull AssignmentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(activity.addAssignment(caller(), id, request))
                .build();
    }

    private TrainingCaller caller() {
        return TrainingCaller.of(identity);
    }
}
