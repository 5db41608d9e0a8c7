package ru.digitalbridge.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * One published revision of an issue, as rendering and delivery read it. {@code language} is the issue's (ru or en)
 * and {@code seriesTitle} is the series' title in that language: everything rendered inside an issue (headings,
 * labels, numbers, dates) is in the issue's language, whoever reads it.
 */
public record PublishedIssue(
        UUID id,
        String seriesSlug,
        String seriesTitle,
        int number,
        int revision,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant publishedAt,
        BulletinDocument document,
        String language) {

    /** The locale of an issue language: English for {@code en}, Russian otherwise. */
    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    /** The locale everything inside this issue is rendered in. */
    public Locale locale() {
        return locale(language);
    }
}
