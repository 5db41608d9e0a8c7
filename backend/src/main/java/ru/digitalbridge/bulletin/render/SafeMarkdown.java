package ru.digitalbridge.bulletin.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Editor Markdown to HTML that cannot carry executable markup: CommonMark with GFM tables, every piece of raw HTML
 * escaped (shown as text), link targets limited to http, https, mailto and in-site paths ({@code /…}, {@code #…});
 * any other link is reduced to its text, any image not on http/https is reduced to its alt text. Scheme checks run
 * on the destination after CommonMark decoded entities and percent escapes, with control, whitespace and invisible
 * formatting characters (bidi overrides, zero-width) removed first, so {@code java&#x09;script:} or
 * {@code &#106;avascript:} are seen as what a browser would see. Bidi override/isolate characters are also removed
 * from the text itself. External links get {@code rel="noopener nofollow"}. Markdown headings are shifted down two
 * levels (the issue's title is h1, a block's title h2). Output is well-formed XHTML (the PDF renderer parses it as
 * XML).
 */
public final class SafeMarkdown {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link link && isExternal(link.getDestination())) {
                    attributes.put("rel", "noopener nofollow");
                }
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                    attributes.put("referrerpolicy", "no-referrer");
                }
            })
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private SafeMarkdown() {}

    /** Safe HTML for the Markdown ({@code null} and blank give an empty string). */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return HTML.render(parse(markdown));
    }

    /** The text of the Markdown without markup (plain-text e-mail, feed summaries); links keep their address. */
    public static String text(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(parse(markdown)).strip();
    }

    private static Node parse(String markdown) {
        Node document = PARSER.parse(stripBidi(markdown));
        document.accept(new Guard());
        return document;
    }

    /** Removes bidi embedding/override/isolate marks (U+202A–U+202E, U+2066–U+2069) and NUL. */
    static String stripBidi(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (!(cp == 0 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * The destination as it may be written into an {@code href} (link) or {@code src} (image), or empty when it
     * must not be: cleaned of control, whitespace and format characters, then allowed only with a listed scheme
     * (links also as an in-site path or fragment).
     */
    public static Optional<String> safeUrl(String destination, boolean image) {
        if (destination == null) {
            return Optional.empty();
        }
        StringBuilder clean = new StringBuilder(destination.length());
        destination.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (!(Character.isISOControl(cp)
                    || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || cp == 0xFFFD)) {
                clean.appendCodePoint(cp);
            }
        });
        String url = clean.toString();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        int end = 0;
        while (end < url.length() && ":/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        if (end < url.length() && url.charAt(end) == ':') {
            String scheme = url.substring(0, end).toLowerCase(Locale.ROOT);
            return (image ? IMAGE_SCHEMES : LINK_SCHEMES).contains(scheme) ? Optional.of(url) : Optional.empty();
        }
        if (image) {
            return Optional.empty();
        }
        boolean sitePath = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
        return sitePath || url.startsWith("#") ? Optional.of(url) : Optional.empty();
    }

    static boolean isExternal(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:");
    }

    private static final class Guard extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + 2));
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            Optional<String> url = safeUrl(link.getDestination(), false);
            if (url.isPresent()) {
                link.setDestination(url.get());
                if (link.getTitle() != null) {
                    link.setTitle(stripBidi(link.getTitle()));
                }
                visitChildren(link);
                return;
            }
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child.accept(this);
                child = next;
            }
            link.unlink();
        }

        @Override
        public void visit(Image image) {
            Optional<String> url = safeUrl(image.getDestination(), true);
            if (url.isPresent()) {
                image.setDestination(url.get());
                visitChildren(image);
                return;
            }
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }
            });
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }
    }
}
