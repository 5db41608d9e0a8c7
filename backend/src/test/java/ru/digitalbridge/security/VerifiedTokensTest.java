package ru.digitalbridge.security;

import static io.restassured.RestAssured.given;
import static ru.digitalbridge.support.Api.PASSWORD;
import static ru.digitalbridge.support.Api.createUser;
import static ru.digitalbridge.support.Api.login;
import static ru.digitalbridge.support.Api.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A token remembered as verified ({@link VerifiedTokens}) is only ever the exact string that passed the signature
 * check, and only until it expires.
 */
@QuarkusTest
class VerifiedTokensTest {

    private static void expectMe(String token, int status) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(status);
    }

    private static String signedIn() {
        String email = "verified-" + unique() + "@bridge.test";
        createUser(email, List.of(Role.EXPERT), null);
        return login(email, PASSWORD);
    }

    @Test
    void aChangedSignatureIsRefusedAfterTheGenuineTokenWasAccepted() {
        String token = signedIn();
        expectMe(token, 200);
        int dot = token.lastIndexOf('.');
        // a character in the middle of the signature: every bit of it is part of the signature's bytes
        int at = dot + (token.length() - dot) / 2;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, at) + changed + token.substring(at + 1);

        expectMe(forged, 401);
        expectMe(token, 200);
    }

    @Test
    void aTokenIsRefusedOnceExpiredAlthoughItWasAcceptedBefore() throws Exception {
        String genuine = signedIn();
        JsonNode claims = new ObjectMapper()
                .readTree(new String(Base64.getUrlDecoder().decode(genuine.split("\\.")[1]), StandardCharsets.UTF_8));
        Set<String> groups = new HashSet<>();
        claims.get("groups").forEach(g -> groups.add(g.asText()));
        String shortLived = Jwt.issuer(claims.get("iss").asText())
                .subject(claims.get("sub").asText())
                .upn(claims.get("upn").asText())
                .groups(groups)
                .claim(
                        AccessCheck.GENERATION_CLAIM,
                        claims.get(AccessCheck.GENERATION_CLAIM).asInt())
                .expiresIn(2)
                .sign(JwtKeys.get().privateKey());
        expectMe(shortLived, 200);

        // past its expiry and the verifier's clock skew (mp.jwt.verify.clock.skew = 5 s)
        Thread.sleep(8_500);

        expectMe(shortLived, 401);
        expectMe(genuine, 200);
    }
}
