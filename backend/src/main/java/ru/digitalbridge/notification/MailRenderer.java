package ru.digitalbridge.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Renders a message in the recipient's language: the subject and paragraphs come from the {@code mail} bundles, the
 * plain-text and HTML layouts are the Qute templates {@code mail/message.txt} and {@code mail/message.html} (HTML
 * escaped). Every message ends with its link to the SPA page it is about and a link to the recipient's settings.
 */
@ApplicationScoped
class MailRenderer {
    /** The SPA page where a person switches notification kinds off. */
    static final String SETTINGS_PATH = "/my/notifications";

    record Rendered(String subject, String text, String html, String link) {}

    private final Template text;
    private final Template html;
    private final MailConfig config;

    MailRenderer(
            @Location("mail/message.txt") Template text,
            @Location("mail/message.html") Template html,
            MailConfig config) {
        this.text = text;
        this.html = html;
        this.config = config;
    }

    /**
     * @param path the SPA page, starting with a slash
     * @param args the kind's message arguments, in the order its bundle texts use them
     */
    Rendered render(NotificationKind kind, String language, String fullName, String path, List<Object> args) {
        MailTexts texts = MailTexts.of(language, config.timeZone());
        Object[] values = args.toArray();
        String prefix = "notification." + kind.name();
        String link = config.publicBaseUrl() + path;
        Map<String, Object> data = Map.of(
                "lang", "en".equals(language) ? "en" : "ru",
                "subject", texts.get(prefix + ".subject", values),
                "greeting", texts.get("mail.greeting", fullName),
                "paragraphs", texts.paragraphs(prefix + ".body", values),
                "action", texts.get(prefix + ".action"),
                "link", link,
                "footer",
                        kind == NotificationKind.CERTIFICATE_ISSUED
                                ? texts.get("mail.footer.certificate")
                                : kind.security()
                                        ? texts.get("mail.footer.security")
                                        : texts.get("mail.footer", config.publicBaseUrl() + SETTINGS_PATH),
                "signature", texts.get("mail.signature"));
        return new Rendered(
                (String) data.get("subject"),
                text.data(data).render(),
                html.data(data).render(),
                link);
    }
}
