package ru.digitalbridge.bulletin.delivery;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.Content;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.Message;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.MessageKind;
import ru.digitalbridge.bulletin.delivery.MessageLogModels.MessageStatus;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.security.SignedInPerson;

/** The bulletin's message log: what the platform sent (or holds), for support and editors. People only, no keys. */
@Path("/api/v1/bulletins/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class MessageLogResource {
    private final MessageLog log;
    private final SecurityIdentity identity;
    private final SignedInPerson signedIn;

    MessageLogResource(MessageLog log, SecurityIdentity identity, SignedInPerson signedIn) {
        this.log = log;
        this.identity = identity;
        this.signedIn = signedIn;
    }

    @GET
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(
            summary = "Messages of the bulletin channel, newest first: kind, status, subject, issue, times."
                    + " Administrators: every kind, the address in full while it is kept, recipient= finds an"
                    + " address's messages. Coordinators: issue and test messages with masked addresses (kind=CONFIRM"
                    + " or recipient= is 403). People signed in, not API keys.")
    public PageResponse<Message> list(
            @QueryParam("kind") MessageKind kind,
            @QueryParam("status") MessageStatus status,
            @Parameter(description = "Only the messages of this issue") @QueryParam("issue") UUID issue,
            @Parameter(description = "Only the messages to this address (administrators)")
                    @QueryParam("recipient")
                    @Size(max = 254)
                    String recipient,
            @Valid @BeanParam PageQuery page) {
        person();
        return log.list(
                new MessageLog.Filter(kind, status, issue, recipient == null || recipient.isBlank() ? null : recipient),
                identity.hasRole("ADMIN"),
                page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(
            summary = "One message rendered as it is sent (subject, text, HTML) with the recipient's links, so that"
                    + " support can help a subscriber; the opening is logged. Administrators.")
    public Content get(@PathParam("id") UUID id) {
        return log.content(id, person());
    }

    private UUID person() {
        return signedIn.id();
    }
}
