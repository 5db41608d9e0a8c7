package ru.digitalbridge.bulletin;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.digitalbridge.bulletin.BulletinViews.SectionResponse;

/** A signed-in person's personal sections of the bulletin: those of the organisations they belong to. */
@Path("/api/v1/me/bulletin-sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins")
public class MyBulletinResource {
    private final BulletinReads reads;
    private final BulletinAudience audience;
    private final SecurityIdentity identity;

    MyBulletinResource(BulletinReads reads, BulletinAudience audience, SecurityIdentity identity) {
        this.reads = reads;
        this.audience = audience;
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(
            summary = "The personal sections (latest revision of each published issue, newest first) of the"
                    + " organisations the caller belongs to: as its representative, a learner linked to it, or by"
                    + " choosing it. Any signed-in person; empty for everyone else.")
    public List<SectionResponse> mine() {
        BulletinCaller caller = BulletinCaller.of(identity);
        return reads.sections(audience.organizationsOf(caller.userId()), null);
    }
}
