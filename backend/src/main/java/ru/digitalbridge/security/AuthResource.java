package ru.digitalbridge.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {
    static final String REFRESH_COOKIE = "bridge_refresh";
    static final String COOKIE_PATH = "/api/v1/auth";

    private final AuthService auth;
    private final AuthConfig config;
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    AuthResource(AuthService auth, AuthConfig config, JsonWebToken jwt, SecurityIdentity identity) {
        this.auth = auth;
        this.config = config;
        this.jwt = jwt;
        this.identity = identity;
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with e-mail and password. Anyone.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in; the refresh cookie is set",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public Response login(
            @Valid @NotNull UserRequests.Login request,
            @CookieParam(DeviceCookies.NAME) String deviceCookie,
            HttpServerRequest http) {
        AuthService.Session session =
                auth.login(request.email(), request.password(), clientAddress(http), deviceCookie);
        return withCookie(session);
    }

    @POST
    @Path("/auth/refresh")
    @PermitAll
    @Operation(summary = "Renew the access token from the refresh cookie. Anyone holding a valid session cookie.")
    @APIResponse(
            responseCode = "200",
            description = "A new access token; the refresh cookie is rotated",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid session")
    public Response refresh(@CookieParam(REFRESH_COOKIE) String refreshToken) {
        return withCookie(auth.refresh(refreshToken));
    }

    @POST
    @Path("/auth/logout")
    @PermitAll
    @Operation(summary = "Sign out: revoke the refresh token and clear the cookie. Anyone.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@CookieParam(REFRESH_COOKIE) String refreshToken) {
        auth.logout(refreshToken);
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Operation(
            summary = "Who is calling: the signed-in user, or the API client of an X-API-Key (kind api-client: its "
                    + "name and roles, no user fields). Any signed-in user or API client.")
    public MeResponse me() {
        if (identity.getAttribute("apiClientId") instanceof UUID client) {
            return MeResponse.apiClient(client, identity.getAttribute("apiClientName"), identity.getRoles());
        }
        return auth.me(UUID.fromString(jwt.getSubject()));
    }

    @POST
    @Path("/me/password")
    @RolesAllowed({"ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change the signed-in user's own password; needs the current one. Every other session ends; the"
                    + " answer is a new session. Any signed-in user.")
    @APIResponse(
            responseCode = "200",
            description = "Password changed; a new access token and refresh cookie",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Current password missing or wrong, or the new one refused")
    public Response changePassword(@Valid @NotNull UserRequests.ChangePassword request) {
        return withCookie(auth.changeOwnPassword(
                UUID.fromString(jwt.getSubject()), request.currentPassword(), request.newPassword()));
    }

    private Response withCookie(AuthService.Session session) {
        Response.ResponseBuilder response = Response.ok(session.token())
                .cookie(cookie(
                        session.refreshToken(), (int) session.refreshLifetime().toSeconds()))
                .header("Cache-Control", "no-store");
        if (session.deviceCookie() != null) {
            response.cookie(new NewCookie.Builder(DeviceCookies.NAME)
                    .value(session.deviceCookie())
                    .path(COOKIE_PATH)
                    .maxAge((int) DeviceCookies.LIFETIME.toSeconds())
                    .httpOnly(true)
                    .secure(config.cookieSecure())
                    .sameSite(NewCookie.SameSite.STRICT)
                    .build());
        }
        return response.build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    private static String clientAddress(HttpServerRequest http) {
        return ru.digitalbridge.common.web.ClientAddress.of(http);
    }
}
