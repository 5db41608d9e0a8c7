package ru.digitalbridge.certificate;

import java.security.SecureRandom;

/**
 * The documented format of registration numbers, {@code <series>-<year>-<sequence>} with a six-digit sequence that
 * restarts at 1 each year ({@code ЦМ-2023-000123}), and the public verification codes: twenty characters of
 * Crockford's base32 (100 random bits), drawn from a secure random source, so they say nothing about the person and
 * cannot be enumerated.
 */
final class Numbering {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int CODE_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Numbering() {}

    static String number(String series, int year, int sequence) {
        return String.format("%s-%d-%06d", series, year, sequence);
    }

    static String verificationCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
