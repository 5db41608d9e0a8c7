package ru.digitalbridge.certificate;

/** Whether a certificate stands or was revoked (it is never deleted). */
public enum CertificateStatus {
    ISSUED,
    REVOKED
}
