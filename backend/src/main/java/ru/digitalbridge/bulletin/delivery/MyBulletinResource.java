package ru.digitalbridge.bulletin.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.MySettings;
import ru.digitalbridge.bulletin.delivery.DeliveryModels.MySettingsRequest;
import ru.digitalbridge.security.SignedInPerson;

/** The signed-in user's own bulletin choices. Machine clients have none. */
@Path("/api/v1/me/bulletin-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class MyBulletinResource {
    private final MyBulletins mine;
    private final SignedInPerson person;

    MyBulletinResource(MyBulletins mine, SignedInPerson person) {
        this.mine = mine;
        this.person = person;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Operation(
            summary = "The organisations whose personal sections the signed-in user chose to receive, and whether"
                    + " bulletins reach them at all. Any signed-in user (not an API client).")
    public MySettings mySettings() {
        return mine.get(person.id());
    }

    @PUT
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Choose organisations to receive the personal sections of (they come in the same message as the"
                    + " public issue), and switch bulletins on or off. Any signed-in user (not an API client).")
    public MySettings updateMySettings(@Valid @NotNull MySettingsRequest request) {
        return mine.update(person.id(), request);
    }
}
