package ru.digitalbridge.bulletin.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.digitalbridge.bulletin.Block;
import ru.digitalbridge.bulletin.BlockKind;
import ru.digitalbridge.bulletin.PublishedIssue;

/**
 * Atom 1.0 (RFC 4287) feeds of published issues. Ids are {@code urn:uuid:}: an entry's is the issue's id (stable
 * across corrections), a series feed's a name-based UUID of its slug, the all-series feed's a fixed one. An entry's
 * {@code updated} is the publication time of its latest revision (a correction moves it, so readers see the
 * change) and {@code published} that of revision 1. Each entry links to the SPA issue page (alternate, text/html)
 * and the PDF (enclosure-free {@code related}, application/pdf); its summary is the SUMMARY block's text. The feed's
 * own title, author and {@code xml:lang} follow the reader; each entry carries its issue's {@code xml:lang} and is
 * written wholly in that language (the same entry for every reader).
 */
public final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";
    /** The id of the feed of all series; fixed forever. */
    public static final UUID ALL_SERIES = UUID.fromString("5b0f6f0e-8e47-4c4e-9a1e-2f1c8d6b0a11");

    /** The feed itself: its id, title, own URL (self) and the SPA archive page (alternate). */
    public record Feed(String id, String title, String selfUrl, String archiveUrl) {}

    /** One issue in a feed: its latest revision, when revision 1 was published, and its two links. */
    public record Entry(PublishedIssue issue, Instant firstPublishedAt, String pageUrl, String pdfUrl) {}

    private AtomFeed() {}

    public static String seriesId(String slug) {
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes(("digital-bridge bulletin series " + slug).getBytes(StandardCharsets.UTF_8));
    }

    public static String allSeriesId() {
        return "urn:uuid:" + ALL_SERIES;
    }

    /**
     * The feed document. {@code updated} of the feed is the newest entry's (or {@code emptySince} when there is
     * none, so the document and its ETag stay the same until something is published).
     */
    public static String render(Feed feed, List<Entry> entries, Instant emptySince, Locale locale) {
        Locale l = BulletinRenderer.normal(locale);
        Instant updated = entries.stream()
                .map(e -> e.issue().publishedAt())
                .max(Instant::compareTo)
                .orElse(emptySince);
        StringWriter out = new StringWriter(4096);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", l.getLanguage());
            text(x, "id", feed.id());
            text(x, "title", feed.title());
            text(x, "updated", time(updated));
            link(x, "self", feed.selfUrl(), "application/atom+xml", null);
            link(x, "alternate", feed.archiveUrl(), "text/html", null);
            x.writeStartElement("author");
            text(x, "name", RenderTexts.t("publisher", l));
            x.writeEndElement();
            text(x, "generator", "Digital Bridge");
            for (Entry e : entries) {
                PublishedIssue issue = e.issue();
                // an entry is the issue: in the issue's language, whoever reads the feed
                Locale il = BulletinRenderer.normal(issue.locale());
                x.writeStartElement("entry");
                x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", il.getLanguage());
                text(x, "id", "urn:uuid:" + issue.id());
                text(
                        x,
                        "title",
                        issue.seriesTitle() + " — " + BulletinRenderer.number(issue, il) + ". " + issue.title());
                text(x, "updated", time(issue.publishedAt()));
                text(x, "published", time(e.firstPublishedAt() == null ? issue.publishedAt() : e.firstPublishedAt()));
                link(x, "alternate", e.pageUrl(), "text/html", null);
                link(x, "related", e.pdfUrl(), "application/pdf", "PDF");
                x.writeStartElement("category");
                x.writeAttribute("term", issue.seriesSlug());
                x.writeAttribute("label", issue.seriesTitle());
                x.writeEndElement();
                String summary = summary(issue, il);
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(clean(summary));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String summary(PublishedIssue issue, Locale locale) {
        String meta = BulletinRenderer.meta(issue, locale);
        for (Block b : BulletinRenderer.blocks(issue.document())) {
            if (b.kind() == BlockKind.SUMMARY) {
                String text = SafeMarkdown.text(b.markdown());
                if (text.length() > 600) {
                    text = text.substring(0, 599) + "…";
                }
                return text.isEmpty() ? meta : meta + "\n\n" + text;
            }
        }
        return meta;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type, String title)
            throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
        if (title != null) {
            x.writeAttribute("title", title);
        }
    }

    /** Characters XML 1.0 cannot carry are dropped (the writer would emit them as they are). */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean legal = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000;
            if (legal) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
