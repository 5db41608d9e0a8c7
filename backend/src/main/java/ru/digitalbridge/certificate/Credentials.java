package ru.digitalbridge.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential}, signed as a VC-JWT (ES256, the key of {@link
 * SigningKey}, {@code kid} in the header): the credential is the {@code vc} claim, with {@code iss}, {@code jti},
 * {@code nbf} and {@code iat}. Its {@code credentialStatus} is a 1EdTech revocation list that names every revoked
 * certificate, so a copy taken before a revocation is still checked against it.
 */
@ApplicationScoped
class Credentials {
    static final String REVOCATION_LIST = "/api/v1/certificates/revocation-list";

    private final SigningKey key;
    private final ObjectMapper json;

    Credentials(SigningKey key, ObjectMapper json) {
        this.key = key;
        this.json = json;
    }

    /** The unsigned credential. */
    Map<String, Object> credential(Certificate c, String baseUrl) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", baseUrl);
        issuer.put("type", List.of("Profile"));
        issuer.put("name", c.issuerName());
        issuer.put(
                "otherIdentifier",
                List.of(Map.of(
                        "type", "IdentifierEntry", "identifier", c.issuerInn(), "identifierType", "taxIdentifier")));

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", baseUrl + "/verify/" + c.code() + "#achievement");
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", c.programmeTitle());
        achievement.put(
                "description",
                "Дополнительная профессиональная программа повышения квалификации, " + c.hours() + " "
                        + CertificatePdf.hours(c.hours()));
        achievement.put(
                "criteria",
                Map.of("narrative", "Освоение программы в период с " + c.studyStart() + " по " + c.studyEnd()));
        if (c.programmeVersion() != null) {
            achievement.put("version", c.programmeVersion());
        }

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("name", c.fullName());
        subject.put("achievement", achievement);

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put(
                "@context",
                List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        vc.put("id", "urn:uuid:" + c.id());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("name", "Удостоверение о повышении квалификации " + c.number());
        vc.put("issuer", issuer);
        vc.put(
                "validFrom",
                c.issueDate().atStartOfDay().atOffset(ZoneOffset.UTC).toString());
        vc.put("credentialSubject", subject);
        vc.put("credentialStatus", Map.of("id", baseUrl + REVOCATION_LIST, "type", "1EdTechRevocationList"));
        return vc;
    }

    /** The credential signed as a compact JWS. */
    String signed(Certificate c, String baseUrl) {
        Map<String, Object> vc = credential(c, baseUrl);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", baseUrl);
        claims.put("jti", vc.get("id"));
        claims.put("sub", baseUrl + "/verify/" + c.code());
        claims.put("nbf", c.issueDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        claims.put("iat", c.createdAt().toEpochSecond());
        claims.put("vc", vc);
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setPayload(json.writeValueAsString(claims));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("credential not serialisable", e);
        }
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", "JWT");
        jws.setKey(key.privateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the credential", e);
        }
    }
}
