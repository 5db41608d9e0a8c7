package ru.digitalbridge.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/**
 * The staff as colleagues see them, to pick an editor, a reviewer or a cohort's trainers: active coordinators and
 * administrators, or the holders of one staff role (trainers included), id and name only (no address, no roles beyond
 * the filter).
 */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class StaffResource {
    /** The roles the staff list covers. */
    public enum StaffRole {
        COORDINATOR,
        ADMIN,
        /** Trainers, asked for by name only: the list without a role is coordinators and administrators. */
        TRAINER
    }

    @Schema(name = "StaffMember", description = "An active member of the staff: id and name only")
    public record StaffMember(UUID id, String displayName) {}

    private final UserService users;

    StaffResource(UserService users) {
        this.users = users;
    }

    @GET
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(
            summary = "Active staff (coordinators and administrators, or the holders of one of the roles COORDINATOR,"
                    + " ADMIN and TRAINER), by name: id and display name only. Coordinators and administrators.")
    public PageResponse<StaffMember> list(
            @Parameter(description = "Only the holders of this role (coordinators and administrators when absent)")
                    @QueryParam("role")
                    StaffRole role,
            @Parameter(description = "Part of the name") @QueryParam("q") @Size(max = 100) String q,
            @Valid @BeanParam PageQuery page) {
        return users.staff(role == null ? null : Role.valueOf(role.name()), q, page);
    }
}
