package ru.digitalbridge.bulletin.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * The issue's page HTML laid out as PDF by openhtmltopdf (PDFBox 3): the same XHTML and CSS the browser gets, with
 * the inline SVG charts drawn as vector (Batik, scripts and external resources off). Text is DejaVu Sans (the font
 * the certificates embed, resources/fonts), subset-embedded so Cyrillic shows on any reader. The renderer fetches
 * nothing from outside: every external resource is refused, so an editor's remote image cannot make the server
 * call out (the web page still shows it; the PDF leaves it out).
 */
final class IssuePdf {
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final EnumSet<FSFontUseCase> USES = EnumSet.of(
            FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE, FSFontUseCase.FALLBACK_FINAL);

    private IssuePdf() {}

    private static byte[] font(String name) {
        try (InputStream in = IssuePdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " missing from resources/fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (BatikSVGDrawer svg = new BatikSVGDrawer(
                BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true, USES);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true, USES);
            builder.useSVGDrawer(svg);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Digital Bridge (Цифровой мост)");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
