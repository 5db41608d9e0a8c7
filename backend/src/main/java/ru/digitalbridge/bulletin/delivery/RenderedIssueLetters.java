package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.bulletin.Block;
import ru.digitalbridge.bulletin.BulletinDocument;
import ru.digitalbridge.bulletin.BulletinIssues;
import ru.digitalbridge.bulletin.PersonalSection;
import ru.digitalbridge.bulletin.PublishedIssue;
import ru.digitalbridge.bulletin.render.BulletinRenderer;
import ru.digitalbridge.bulletin.render.MailContent;

/**
 * The letter of an issue from the bulletin renderer (the same rendering as the web page and the PDF): the published
 * revision plus, in the same message, the personal sections of the recipient's organisations (several organisations
 * are joined into one section, each block titled with its organisation).
 */
@ApplicationScoped
class RenderedIssueLetters implements IssueLetters {
    private final BulletinIssues issues;
    private final BulletinRenderer renderer;

    RenderedIssueLetters(BulletinIssues issues, BulletinRenderer renderer) {
        this.issues = issues;
        this.renderer = renderer;
    }

    @Override
    public Optional<Letter> letter(
            UUID issueId, int revision, List<UUID> organizations, String language, IssueLetters.Links links) {
        Optional<PublishedIssue> issue = issues.published(issueId, revision);
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        List<PersonalSection> sections = new ArrayList<>();
        for (UUID organization : organizations) {
            issues.section(issueId, revision, organization).ifPresent(sections::add);
        }
        // the letter is the issue: in the issue's language whatever the recipient's language (see docs/bulletins.md)
        MailContent mail = renderer.mail(
                issue.get(),
                combined(sections),
                new ru.digitalbridge.bulletin.render.Links(
                        links.issueUrl(), links.unsubscribeUrl(), links.preferencesUrl()));
        return Optional.of(new Letter(mail.subject(), mail.html(), mail.text()));
    }

    private static Optional<PersonalSection> combined(List<PersonalSection> sections) {
        if (sections.size() <= 1) {
            return sections.stream().findFirst();
        }
        List<Block> blocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PersonalSection section : sections) {
            names.add(section.organizationName());
            for (Block block : section.document().blocks()) {
                String title = section.organizationName() + (block.title() == null ? "" : ": " + block.title());
                blocks.add(new Block(block.id(), block.kind(), title, block.markdown(), block.data()));
            }
        }
        return Optional.of(new PersonalSection(
                sections.get(0).organizationId(), String.join(", ", names), new BulletinDocument(blocks)));
    }
}
