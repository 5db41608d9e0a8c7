package ru.digitalbridge.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The certificate as a one-page A4 landscape PDF (PDFBox): the issuer, the title, the number and date, the name, the
 * programme with its hours and dates, the licence, and a QR code (ZXing, drawn as vector squares) to the public
 * verify page. Text is set in DejaVu Sans (Bitstream Vera licence, resources/fonts), embedded as a subset, so the
 * Cyrillic shows on any reader. A revoked certificate's stored PDF is stamped on download, never re-rendered.
 */
final class CertificatePdf {
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 56;

    private CertificatePdf() {}

    private static byte[] font(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " missing from resources/fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the certificate; {@code generatedAt} is written as the document's creation date. */
    static byte[] render(IssueCommand c, String number, String verifyUrl, String code, OffsetDateTime generatedAt) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            PDFont regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
            PDFont bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Удостоверение о повышении квалификации " + number);
            info.setSubject(c.programmeTitle());
            info.setCreator("Digital Bridge (Цифровой мост)");
            info.setCreationDate(GregorianCalendar.from(generatedAt.toZonedDateTime()));
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setLineWidth(2f);
                out.setStrokingColor(0.1f, 0.25f, 0.45f);
                out.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
                out.stroke();
                float y = HEIGHT - MARGIN - 10;
                for (String line : wrap(c.issuerName(), regular, 11, WIDTH - 2 * MARGIN)) {
                    centred(out, regular, 11, line, y);
                    y -= 15;
                }
                y -= 22;
                centred(out, bold, 30, "УДОСТОВЕРЕНИЕ", y);
                y -= 24;
                centred(out, regular, 14, "о повышении квалификации", y);
                y -= 28;
                String issued = c.issueDate() == null ? "" : DATE.format(c.issueDate());
                centred(out, regular, 12, "Регистрационный номер " + number + "   ·   дата выдачи " + issued, y);
                y -= 22;
                centred(out, regular, 12, "Настоящее удостоверение свидетельствует о том, что", y);
                y -= 30;
                centred(out, bold, 20, fullName(c), y);
                y -= 28;
                String period = "в период с " + DATE.format(c.studyStart()) + " по " + DATE.format(c.studyEnd())
                        + " прошёл(а) обучение по дополнительной профессиональной программе повышения квалификации";
                for (String line : wrap(period, regular, 12, WIDTH - 2 * MARGIN)) {
                    centred(out, regular, 12, line, y);
                    y -= 16;
                }
                y -= 4;
                String title = "«" + c.programmeTitle() + "»"
                        + (c.programmeVersion() == null ? "" : " (версия " + c.programmeVersion() + ")");
                for (String line : wrap(title, bold, 14, WIDTH - 2 * MARGIN)) {
                    centred(out, bold, 14, line, y);
                    y -= 18;
                }
                centred(out, regular, 12, "в объёме " + c.hours() + " " + hours(c.hours()), y - 4);

                float qr = 104;
                float qrX = WIDTH - MARGIN - qr;
                float qrY = MARGIN + 6;
                qr(out, verifyUrl, qrX, qrY, qr);
                text(out, regular, 8, "Проверка подлинности: отсканируйте QR-код", MARGIN, qrY + 40);
                text(out, regular, 8, verifyUrl, MARGIN, qrY + 28);
                text(out, regular, 8, "Код проверки: " + code, MARGIN, qrY + 16);
                text(
                        out,
                        regular,
                        8,
                        "Лицензия на осуществление образовательной деятельности № " + c.licenceNumber() + " от "
                                + DATE.format(c.licenceDate()) + " · ИНН " + c.issuerInn(),
                        MARGIN,
                        qrY + 4);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored PDF with «ОТОЗВАН / REVOKED», the date and the reason stamped over its page. */
    static byte[] stamped(byte[] pdf, LocalDate revokedOn, String reason) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDFont bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream out =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
                alpha.setNonStrokingAlphaConstant(0.75f);
                out.setGraphicsStateParameters(alpha);
                out.setNonStrokingColor(0.8f, 0.05f, 0.05f);
                out.beginText();
                out.setFont(bold, 64);
                out.setTextMatrix(
                        Matrix.getRotateInstance(Math.toRadians(20), box.getWidth() * 0.2f, box.getHeight() * 0.3f));
                out.showText("ОТОЗВАН / REVOKED");
                out.endText();
                String line = "Отозван " + DATE.format(revokedOn) + ": " + reason;
                float y = box.getHeight() - 44;
                for (String part : wrap(line, bold, 11, box.getWidth() - 2 * MARGIN)) {
                    text(out, bold, 11, part, MARGIN, y);
                    y -= 14;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fullName(IssueCommand c) {
        return c.patronymic() == null || c.patronymic().isBlank()
                ? c.surname() + " " + c.givenName()
                : c.surname() + " " + c.givenName() + " " + c.patronymic();
    }

    /** «час», «часа», «часов» as Russian counts them. */
    static String hours(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "часов";
        }
        return last == 1 ? "час" : last >= 2 && last <= 4 ? "часа" : "часов";
    }

    private static void qr(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + content, e);
        }
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    private static void centred(PDPageContentStream out, PDFont font, float size, String text, float y)
            throws IOException {
        float width = font.getStringWidth(printable(font, text)) / 1000 * size;
        text(out, font, size, text, (WIDTH - width) / 2, y);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, String text, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(printable(font, text));
        out.endText();
    }

    /** The text with each character the font has no glyph for (or a control character) written as "?". */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            boolean ok = !Character.isISOControl(cp);
            if (ok) {
                try {
                    font.encode(ch);
                } catch (IOException | IllegalArgumentException e) {
                    ok = false;
                }
            }
            out.append(ok ? ch : "?");
        });
        return out.toString();
    }

    /** Splits text into lines no wider than {@code width} at spaces (a longer word stands on its own line). */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(printable(font, candidate)) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
