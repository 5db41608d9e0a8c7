package ru.digitalbridge.demo;

/** Check digits of Russian legal-entity tax identifiers: INN (10 digits) and OGRN (13 digits). */
final class TaxIds {

    private static final int[] INN10_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private TaxIds() {}

    /** Completes the first nine digits of a legal entity's INN with its check digit. */
    static String inn(String firstNine) {
        requireDigits(firstNine, 9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * INN10_WEIGHTS[i];
        }
        return firstNine + (sum % 11 % 10);
    }

    /** Completes the first twelve digits of an OGRN with its check digit. */
    static String ogrn(String firstTwelve) {
        requireDigits(firstTwelve, 12);
        return firstTwelve + (Long.parseLong(firstTwelve) % 11 % 10);
    }

    private static void requireDigits(String value, int length) {
        if (value.length() != length || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected " + length + " digits: " + value);
        }
    }
}
