package ru.digitalbridge.bulletin.delivery;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail addresses of subscribers and recipients: normalised (trimmed, NFC is left to the text rules, lower case, so
 * one mailbox is one subscriber and gets one message) and checked for a plain {@code local@domain.tld} shape.
 */
final class Addresses {
    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private Addresses() {}

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean valid(String normalised) {
        return normalised != null
                && normalised.length() <= 254
                && SHAPE.matcher(normalised).matches()
                && !normalised.startsWith(".")
                && !normalised.contains("..")
                && !normalised.contains(".@");
    }

    /** The address's hash, the key of one mailbox in the delivery tables. */
    static String hash(String email) {
        return Tokens.hash(normalise(email));
    }
}
