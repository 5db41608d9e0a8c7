package ru.digitalbridge.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import ru.digitalbridge.common.db.DataDirectory;

/**
 * The RSA key pair that signs and verifies access tokens. Taken from the PEM files named by
 * {@code BRIDGE_JWT_PRIVATE_KEY}/{@code BRIDGE_JWT_PUBLIC_KEY}, else from {@code <data dir>/jwt/}, where a new pair
 * is generated at first start. Keys are never part of the repository.
 */
public final class JwtKeys {
    private static volatile JwtKeys instance;

    private final String privatePem;
    private final String publicPem;

    private JwtKeys(String privatePem, String publicPem) {
        this.privatePem = privatePem;
        this.publicPem = publicPem;
    }

    public static JwtKeys get() {
        JwtKeys keys = instance;
        if (keys == null) {
            synchronized (JwtKeys.class) {
                if (instance == null) {
                    instance = load();
                }
                keys = instance;
            }
        }
        return keys;
    }

    public String publicPem() {
        return publicPem;
    }

    public PrivateKey privateKey() {
        try {
            String base64 = privatePem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT signing key is not an RSA PKCS#8 key", e);
        }
    }

    private static JwtKeys load() {
        String privatePath = System.getenv("BRIDGE_JWT_PRIVATE_KEY");
        String publicPath = System.getenv("BRIDGE_JWT_PUBLIC_KEY");
        try {
            if (privatePath != null && !privatePath.isBlank() && publicPath != null && !publicPath.isBlank()) {
                return new JwtKeys(Files.readString(Path.of(privatePath)), Files.readString(Path.of(publicPath)));
            }
            Path folder = DataDirectory.resolve().resolve("jwt");
            Path privateFile = folder.resolve("private.pem");
            Path publicFile = folder.resolve("public.pem");
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                generate(folder, privateFile, publicFile);
            }
            return new JwtKeys(Files.readString(privateFile), Files.readString(publicFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT keys", e);
        }
    }

    private static void generate(Path folder, Path privateFile, Path publicFile) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "private", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.move(tmp, privateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
