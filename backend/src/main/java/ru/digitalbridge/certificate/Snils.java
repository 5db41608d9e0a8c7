package ru.digitalbridge.certificate;

/** СНИЛС: eleven digits whose last two are a checksum of the first nine (the Pension Fund's rule). */
final class Snils {
    private Snils() {}

    /** The eleven digits of a СНИЛС written with or without separators. */
    static String digits(String value) {
        return value.replaceAll("[^0-9]", "");
    }

    /** Whether the checksum holds: Σ digit×(10−position) over the first nine, mod 101, 100 and 101 written 00. */
    static boolean valid(String value) {
        String d = digits(value);
        if (d.length() != 11) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 % 100;
        return check == Integer.parseInt(d.substring(9));
    }

    /** The usual written form, 123-456-789 01. */
    static String format(String value) {
        String d = digits(value);
        return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6, 9) + " " + d.substring(9);
    }
}
