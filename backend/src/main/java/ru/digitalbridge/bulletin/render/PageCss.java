package ru.digitalbridge.bulletin.render;

/** The issue page's stylesheet: screen and print (the PDF renderer reads it as print on A4). */
final class PageCss {
    static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #495057; } }
            header, main, section, footer, figure, figcaption { display: block; }
            body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
              color: #1a1b1e; background: #fff; max-width: 48rem; margin: 0 auto; padding: 16px; }
            h1 { font-size: 18pt; line-height: 1.2; margin: 4pt 0 6pt; color: #1c3d6e; }
            h2 { font-size: 13.5pt; margin: 18pt 0 6pt; color: #1c3d6e; page-break-after: avoid; }
            h3, h4, h5, h6 { font-size: 11pt; margin: 10pt 0 4pt; page-break-after: avoid; }
            .series { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #495057; margin: 0; }
            .meta { color: #495057; margin: 0 0 10pt; }
            a { color: #1864ab; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 12pt; font-size: 9.5pt; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; color: #343a40; }
            th, td { border-bottom: 1px solid #dee2e6; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            thead th { background: #f1f3f5; }
            tr { page-break-inside: avoid; }
            p { margin: 0 0 6pt; }
            th.num, td.num { text-align: right; white-space: nowrap; }
            figure.chart { margin: 6pt 0; page-break-inside: avoid; }
            svg.chart { max-width: 100%; height: auto; }
            ul.links { margin: 0; padding-left: 14pt; }
            blockquote { border-left: 3px solid #ced4da; margin: 6pt 0; padding: 0 10pt; color: #495057; }
            code { font-family: 'DejaVu Sans Mono', monospace; background: #f1f3f5; }
            img { max-width: 100%; }
            footer { margin-top: 18pt; border-top: 1px solid #dee2e6; font-size: 8.5pt; color: #495057; }
            @media print { body { max-width: none; padding: 0; } a { color: #1a1b1e; text-decoration: none; } }
            """;

    private PageCss() {}
}
