package ru.digitalbridge.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;
import ru.digitalbridge.common.db.DataDirectory;

/**
 * The EC P-256 key pair that signs Open Badges credentials (ES256), apart from the key of access tokens. From the
 * PEM files named by {@code bridge.certificate.signing-key} / {@code signing-public-key}; else generated once into
 * {@code <data dir>/credentials/} (so credentials issued earlier still verify after a restart). The public half is
 * published as a JWK at {@code /.well-known/jwks.json}; its key id is the JWK thumbprint (RFC 7638).
 */
@ApplicationScoped
class SigningKey {
    private final PrivateKey privateKey;
    private final PublicJsonWebKey jwk;

    SigningKey(CertificateConfig config) {
        try {
            String privatePem;
            String publicPem;
            if (config.signingKey().isPresent() && config.signingPublicKey().isPresent()) {
                privatePem = Files.readString(Path.of(config.signingKey().get()));
                publicPem = Files.readString(Path.of(config.signingPublicKey().get()));
            } else {
                Path folder = DataDirectory.resolve().resolve("credentials");
                Path privateFile = folder.resolve("signing-private.pem");
                Path publicFile = folder.resolve("signing-public.pem");
                if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                    generate(folder, privateFile, publicFile);
                }
                privatePem = Files.readString(privateFile);
                publicPem = Files.readString(publicFile);
            }
            KeyFactory ec = KeyFactory.getInstance("EC");
            this.privateKey = ec.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            PublicKey publicKey = ec.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            this.jwk = PublicJsonWebKey.Factory.newPublicJwk(publicKey);
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            jwk.setUse("sig");
            jwk.setAlgorithm("ES256");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credential signing key", e);
        } catch (GeneralSecurityException | JoseException e) {
            throw new IllegalStateException("The credential signing key is not an EC P-256 key pair", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    String keyId() {
        return jwk.getKeyId();
    }

    /** The public JWK's members (kty, crv, x, y, kid, use, alg). */
    Map<String, Object> publicJwk() {
        return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static void generate(Path folder, Path privateFile, Path publicFile) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "signing", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.move(tmp, privateFile, StandardCopyOption.REPLACE_EXISTING);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
