package ru.digitalbridge.common.text;

/**
 * The one rule for characters in text a client sends: every string of a JSON body (values and keys), every query
 * and path parameter and every cookie the server reads, and every cell of an imported CSV/XLSX file (reported per row
 * and column in the import's report, as multi-line text).
 *
 * <p>Refused everywhere:
 *
 * <ul>
 *   <li>C0 control characters U+0000–U+001F except TAB, LF and CR, DEL U+007F and the C1 controls U+0080–U+009F
 *       (PostgreSQL cannot store U+0000 at all; the others are invisible or terminal escapes);
 *   <li>lone (unpaired) surrogates, which would otherwise be stored as {@code ?};
 *   <li>bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (they reorder what a
 *       reader sees, so a name in the public registry could spoof another);
 *   <li>zero-width characters U+200B–U+200D, U+2060 and the byte-order mark U+FEFF (invisible, so two names or URLs
 *       that look the same would differ; a trailing U+200B was once stored inside a normalised URL);
 *   <li>the non-characters U+FFFE and U+FFFF.
 * </ul>
 *
 * <p>TAB, LF and CR stay allowed in JSON strings, where free multi-line text (comments, recommendations, objections)
 * needs them; single-line fields trim or validate their own whitespace. Query and path parameters and cookies are
 * single-line by nature and refuse TAB, LF and CR too.
 */
public final class ClientText {
    private ClientText() {}

    /** The index of the first refused character of {@code text}, or -1 when all of it is allowed. */
    public static int firstRefused(CharSequence text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || refused(c, multiLine)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code U+XXXX} for the character at {@code index}, for messages. */
    public static String codePoint(CharSequence text, int index) {
        return String.format("U+%04X", (int) text.charAt(index));
    }

    private static boolean refused(char c, boolean multiLine) {
        if (c < 0x20) {
            return !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
        }
        return (c >= 0x7F && c <= 0x9F)
                || (c >= 0x200B && c <= 0x200D)
                || (c >= 0x202A && c <= 0x202E)
                || c == 0x2060
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF
                || c == 0xFFFE
                || c == 0xFFFF;
    }
}
