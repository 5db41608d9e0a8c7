package ru.digitalbridge.notification;

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
import ru.digitalbridge.security.SignedInPerson;

/** The signed-in user's own notification choices. Machine clients have none. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
@Tag(name = "Notifications")
public class NotificationSettingsResource {
    private final NotificationSettingsService settings;
    private final SignedInPerson person;

    NotificationSettingsResource(NotificationSettingsService settings, SignedInPerson person) {
        this.settings = settings;
        this.person = person;
    }

    @GET
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Operation(
            summary = "The signed-in user's e-mail language and which notification kinds they receive. Any signed-in"
                    + " user (not an API client).")
    public NotificationSettings get() {
        return settings.get(person.id());
    }

    @PUT
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the signed-in user's e-mail language and the kinds switched off; security notices cannot be"
                    + " switched off. Any signed-in user (not an API client).")
    public NotificationSettings update(@Valid @NotNull NotificationSettingsRequest request) {
        return settings.update(person.id(), request);
    }
}
