package ru.digitalbridge.rating.badge;

import java.util.Locale;

/**
 * The embed page: a small self-contained HTML document (no script, inline styles only) with the subject's name, the
 * badge, what an organization's index is the mean of, the licence and a link to the subject's public page. Meant
 * for an iframe on another site. Pure: no CDI, no database.
 */
final class BadgeEmbed {
    private BadgeEmbed() {}

    static String render(BadgeFacts facts, String publicPath, boolean organization, Locale locale) {
        boolean en = BadgeText.english(locale);
        String language = en ? "en" : "ru";
        String product = BadgeText.product(locale);
        String more = en ? "Details on " + product : "Подробнее на сайте «" + product + "»";
        String licence = en ? "Data: CC BY 4.0" : "Данные: CC BY 4.0";
        String mean = organization && facts.published()
                ? "<p class=\"note\">" + BadgeSvg.escape(BadgeText.accounts(facts.accounts(), locale)) + "</p>\n"
                : "";
        // the icon is named, else a browser asks for /favicon.ico, which is not there (a 404 in its console)
        return """
                <!doctype html>
                <html lang="%1$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s — %3$s</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <style>
                body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;background:#fff}
                main{padding:8px}
                h1{font-size:15px;margin:0 0 6px}
                p{margin:6px 0 0}
                .note{color:#495057;font-size:13px}
                a{color:#1864ab}
                </style>
                </head>
                <body>
                <main>
                <h1>%2$s</h1>
                %4$s%5$s<p><a href="%6$s" target="_blank" rel="noopener">%7$s</a> · <span class="note">%8$s</span></p>
                </main>
                </body>
                </html>
                """.formatted(
                        language,
                        BadgeSvg.escape(facts.subject()),
                        BadgeSvg.escape(product),
                        BadgeSvg.render(facts, locale),
                        mean,
                        BadgeSvg.escape(publicPath),
                        BadgeSvg.escape(more),
                        BadgeSvg.escape(licence));
    }
}
