package ru.digitalbridge.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writing the compiler's Markdown: escaping names and texts, Russian number formats, safe links. */
final class Markdown {
    private Markdown() {}

    /**
     * Escapes the CommonMark punctuation that can start inline markup (emphasis, code, links, HTML, tables, entities)
     * so a name or text placed inside a line is shown literally.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A table cell: escaped, with no line break. */
    static String cell(String text) {
        return escape(text);
    }

    /** A number as Russian text shows it: decimal comma, one or two decimals as stored; "—" for none. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal plain = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
        return plain.toPlainString().replace('.', ',');
    }

    /** A change with its sign: +2,5 or −1,0. */
    static String signed(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + number(value.abs());
    }

    /** A place: "3 из 58" or a shared one, "2–3 из 58". */
    static String place(Integer from, Integer to, Integer of) {
        if (from == null) {
            return "—";
        }
        String range = to == null || to.equals(from) ? String.valueOf(from) : from + "–" + to;
        return of == null ? range : range + " из " + of;
    }

    /** A link to an http(s) URL with an escaped label; just the label for anything else. */
    static String link(String label, String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.matches(".*[\\s<>].*")) {
            return escape(label);
        }
        return "[" + escape(label) + "](<" + url + ">)";
    }
}
