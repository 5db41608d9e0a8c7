package ru.digitalbridge.rating.badge;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/badges")
@Tag(name = "Badges")
public class BadgeResource {
    static final String SVG = "image/svg+xml";
    static final String HTML = "text/html";

    private final BadgeService badges;

    BadgeResource(BadgeService badges) {
        this.badges = badges;
    }

    @GET
    @Path("/accounts/{id}")
    @PermitAll
    @Produces(SVG)
    @Operation(
            summary = "An account's badge: its published index, place and campaign as an SVG image to embed;"
                    + " conditional with ETag. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The badge",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response accountBadge(
            @PathParam("id") UUID id, @Valid @BeanParam BadgeLanguage language, @Context Request request) {
        Locale locale = language.locale();
        return conditional(BadgeSvg.render(badges.account(id), locale), SVG, request);
    }

    @GET
    @Path("/organizations/{id}")
    @PermitAll
    @Produces(SVG)
    @Operation(
            summary = "An organization's badge: the mean published index of its accounts, place and campaign as an"
                    + " SVG image to embed; conditional with ETag. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The badge",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response organizationBadge(
            @PathParam("id") UUID id, @Valid @BeanParam BadgeLanguage language, @Context Request request) {
        Locale locale = language.locale();
        return conditional(BadgeSvg.render(badges.organization(id), locale), SVG, request);
    }

    @GET
    @Path("/accounts/{id}/embed")
    @PermitAll
    @Produces(HTML)
    @Operation(
            summary = "A small HTML page with an account's badge and a link to its card, for an iframe on another"
                    + " site; conditional with ETag. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The embed page",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response accountEmbed(
            @PathParam("id") UUID id, @Valid @BeanParam BadgeLanguage language, @Context Request request) {
        Locale locale = language.locale();
        String page = BadgeEmbed.render(badges.account(id), "/registry/accounts/" + id, false, locale);
        return conditional(page, HTML, request);
    }

    @GET
    @Path("/organizations/{id}/embed")
    @PermitAll
    @Produces(HTML)
    @Operation(
            summary = "A small HTML page with an organization's badge and a link to its page, for an iframe on another"
                    + " site; conditional with ETag. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The embed page",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response organizationEmbed(
            @PathParam("id") UUID id, @Valid @BeanParam BadgeLanguage language, @Context Request request) {
        Locale locale = language.locale();
        String page = BadgeEmbed.render(badges.organization(id), "/ratings/organizations/" + id, true, locale);
        return conditional(page, HTML, request);
    }

    /** 200 with a strong ETag (a hash of the bytes), or 304 when If-None-Match names it. */
    private static Response conditional(String body, String type, Request request) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(hash(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(bytes, type + ";charset=UTF-8").tag(tag).build();
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
