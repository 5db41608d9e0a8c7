package ru.digitalbridge.registry;

/**
 * Check digits of Russian taxpayer (INN) and state registration (OGRN) numbers.
 *
 * <p>INN: 10 digits for an organization (one check digit), 12 for an individual (two). OGRN: 13 digits
 * for an organization (remainder mod 11), OGRNIP: 15 digits for an individual entrepreneur (mod 13).
 */
final class InnOgrn {

    /** What is wrong with a number. */
    enum Problem {
        LENGTH,
        CHECKSUM
    }

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private InnOgrn() {}

    /** Null when the INN is valid, otherwise what is wrong. */
    static Problem checkInn(String inn) {
        if (!digits(inn) || (inn.length() != 10 && inn.length() != 12)) {
            return Problem.LENGTH;
        }
        if (inn.length() == 10) {
            return weighted(inn, INN10) == digit(inn, 9) ? null : Problem.CHECKSUM;
        }
        return weighted(inn, INN11) == digit(inn, 10) && weighted(inn, INN12) == digit(inn, 11)
                ? null
                : Problem.CHECKSUM;
    }

    /** Null when the OGRN (13 digits) or OGRNIP (15 digits) is valid, otherwise what is wrong. */
    /** A KPP: four digits (the tax office), two digits or capital Latin letters (the reason), three digits. */
    static boolean validKpp(String kpp) {
        return kpp.matches("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");
    }

    static Problem checkOgrn(String ogrn) {
        if (!digits(ogrn) || (ogrn.length() != 13 && ogrn.length() != 15)) {
            return Problem.LENGTH;
        }
        int last = ogrn.length() - 1;
        long body = Long.parseLong(ogrn.substring(0, last));
        long modulus = ogrn.length() == 13 ? 11 : 13;
        return (body % modulus) % 10 == digit(ogrn, last) ? null : Problem.CHECKSUM;
    }

    static boolean isValidInn(String inn) {
        return checkInn(inn) == null;
    }

    static boolean isValidOgrn(String ogrn) {
        return checkOgrn(ogrn) == null;
    }

    private static int weighted(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(number, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String number, int index) {
        return number.charAt(index) - '0';
    }

    private static boolean digits(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
