package ru.digitalbridge.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Editors' Markdown cannot inject executable markup: each input of an XSS corpus is rendered, parsed as a browser
 * would (jsoup) and checked for script-capable elements, event attributes and link/image targets outside http,
 * https, mailto and in-site paths.
 */
class SafeMarkdownTest {
    private static final Pattern SAFE_HREF = Pattern.compile("^(https?:|mailto:|/(?![/\\\\])|#).*", Pattern.DOTALL);
    private static final Pattern SAFE_SRC = Pattern.compile("^https?:.*", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "Hello <img src=x onerror=alert(1)> world",
                "<svg onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<div>\n\n**bold** <script>alert(1)</script>\n\n</div>",
                "<details open ontoggle=alert(1)>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](&#x6A;&#x61;vascript&#58;alert(1))",
                "[click](java&#x09;script:alert(1))",
                "[click](<java\tscript:alert(1)>)",
                "[click](<javascript\u0000:alert(1)>)",
                "[click](%6Aavascript:alert(1))",
                "[click](\u200Bjavascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](//evil.example/path)",
                "[click](/\\evil.example)",
                "<javascript:alert(1)>",
                "<JAVASCRIPT:alert(1)>",
                "<data:text/html,<script>alert(1)</script>>",
                "[ref]\n\n[ref]: javascript:alert(1)",
                "[ref][r]\n\n[r]: <data:text/html;base64,xyz> \"t\"",
                "![x](javascript:alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![x](/relative.png)",
                "![x\" onerror=\"alert(1)](https://example.org/a.png)",
                "[x](https://example.org/\" onmouseover=\"alert(1))",
                "[x](https://example.org/ \"title\\\" onmouseover=alert(1) x=\\\"\")",
                "**<img src=x onerror=alert(1)>**",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
                "> <a href=javascript:alert(1)>quoted</a>",
                "`<script>alert(1)</script>`",
                "<!-- --><script>alert(1)</script>",
                "<![CDATA[<script>alert(1)</script>]]>",
                "text\u202Egnp.exe\u202C and \u2066isolate\u2069",
                "nul\u0000byte <scr\u0000ipt>alert(1)</script>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "[a](mailto:x@example.org?body=<script>) [b](https://example.org)"
            })
    void noExecutableMarkupSurvives(String markdown) {
        String html = SafeMarkdown.html(markdown);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select(
                        "script, iframe, object, embed, style, svg, math, form, input, base, meta, link, details"))
                .as(html)
                .isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "srcset");
                String value = a.getValue()
                        .replaceAll("[\\p{Cntrl}\\p{Z}\\p{Cf}\\s]", "")
                        .toLowerCase(Locale.ROOT);
                if (key.equals("href")) {
                    assertThat(value).as(html).matches(SAFE_HREF);
                }
                if (key.equals("src")) {
                    assertThat(value).as(html).matches(SAFE_SRC);
                }
                assertThat(value).as(html).doesNotContain("javascript:", "vbscript:", "data:");
            }
        }
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("\u202E", "\u2066", "\u0000");
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = SafeMarkdown.html("<b>bold</b>");
        assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;");
        assertThat(Jsoup.parseBodyFragment(html).select("b")).isEmpty();
    }

    @Test
    void allowedLinksKeepTheirTargetAndExternalOnesGetRel() {
        Document doc = Jsoup.parseBodyFragment(
                SafeMarkdown.html(
                        "[сайт](https://example.org/a?b=1) [почта](mailto:info@example.org) [рейтинг](/ratings#top) <https://example.org/auto>"));
        assertThat(doc.select("a")).hasSize(4);
        assertThat(doc.select("a[href=https://example.org/a?b=1]").attr("rel")).isEqualTo("noopener nofollow");
        assertThat(doc.select("a[href=https://example.org/auto]").attr("rel")).isEqualTo("noopener nofollow");
        assertThat(doc.select("a[href=mailto:info@example.org]").hasAttr("rel")).isFalse();
        assertThat(doc.select("a[href=/ratings#top]").text()).isEqualTo("рейтинг");
    }

    @Test
    void droppedLinksAndImagesKeepTheirText() {
        Document doc = Jsoup.parseBodyFragment(
                SafeMarkdown.html("[нажмите](javascript:alert(1)) и ![схема проезда](data:image/png;base64,AAAA)"));
        assertThat(doc.select("a, img")).isEmpty();
        assertThat(doc.text()).isEqualTo("нажмите и схема проезда");
        Document image = Jsoup.parseBodyFragment(SafeMarkdown.html("![логотип](https://example.org/logo.png)"));
        assertThat(image.select("img").attr("src")).isEqualTo("https://example.org/logo.png");
        assertThat(image.select("img").attr("alt")).isEqualTo("логотип");
    }

    @Test
    void tablesAndHeadingsRender() {
        Document doc = Jsoup.parseBodyFragment(
                SafeMarkdown.html("# Раздел\n\n| Критерий | Доля |\n|---|---:|\n| Контакты | 35 % |"));
        assertThat(doc.select("h3").text()).isEqualTo("Раздел");
        assertThat(doc.select("h1, h2")).isEmpty();
        assertThat(doc.select("table th").eachText()).containsExactly("Критерий", "Доля");
        assertThat(doc.select("table td").eachText()).containsExactly("Контакты", "35 %");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(SafeMarkdown.text("За весну проверено **128** аккаунтов. <script>x</script>"))
                .contains("За весну проверено 128 аккаунтов.")
                .doesNotContain("**");
    }
}
