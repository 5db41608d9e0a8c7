package ru.digitalbridge.training;

import java.util.Optional;

/**
 * СНИЛС (insurance number of an individual account): 11 digits, written {@code XXX-XXX-XXX YY}. The last two digits
 * check the first nine: each of the nine digits is multiplied by its weight, 9 for the first down to 1 for the
 * ninth, and the products summed; a sum below 100 is the check number itself, 100 and 101 give 00, and a larger
 * sum is taken modulo 101 (a remainder of 100 again gives 00). Numbers up to 001-001-998 were issued before the
 * rule and are not checked; we accept none of them, since no living learner holds one.
 */
public final class Snils {
    private Snils() {}

    /** The eleven digits of a well-formed СНИЛС with a correct check number, or empty. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{11}")) {
            return Optional.empty();
        }
        if (Long.parseLong(digits.substring(0, 9)) <= 1_001_998L) {
            return Optional.empty();
        }
        return checkNumber(digits.substring(0, 9)) == Integer.parseInt(digits.substring(9))
                ? Optional.of(digits)
                : Optional.empty();
    }

    /** The check number of nine digits. */
    public static int checkNumber(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        int rest = sum % 101;
        return rest == 100 ? 0 : rest;
    }

    /** {@code XXX-XXX-XXX YY} from eleven digits. */
    public static String format(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }

    /** Only the check number shown: {@code ***-***-*** YY}, for those who may know a СНИЛС exists but not which. */
    public static String mask(String digits) {
        return digits == null ? null : "***-***-*** " + digits.substring(9);
    }
}
