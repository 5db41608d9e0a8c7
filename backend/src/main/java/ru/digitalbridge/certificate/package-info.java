/**
 * Certificates (удостоверения о повышении квалификации): issue with gap-free numbers, the frozen PDF with its QR
 * code, public verification by an unguessable code, revocation and reissue, the public register, the ФИС ФРДО export
 * and signed Open Badges 3.0 credentials.
 */
package ru.digitalbridge.certificate;
