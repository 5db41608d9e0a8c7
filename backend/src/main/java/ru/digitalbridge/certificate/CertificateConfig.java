package ru.digitalbridge.certificate;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Certificate settings ({@code bridge.certificate.*}); links point at {@code bridge.mail.public-base-url}. */
@ConfigMapping(prefix = "bridge.certificate")
public interface CertificateConfig {
    /** The series, the first part of every number ({@code ЦМ} in {@code ЦМ-2023-000123}). */
    String series();

    /**
     * A PEM file with the PKCS#8 EC P-256 private key that signs Open Badges credentials; with {@link
     * #signingPublicKey()}. Unset: a pair is generated once in the data directory.
     */
    Optional<String> signingKey();

    /** A PEM file with the X.509 public key of {@link #signingKey()}. */
    Optional<String> signingPublicKey();
}
