package ru.digitalbridge.bulletin.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/**
 * The letter of an issue as plain text (block titles and their Markdown source) and escaped HTML, read from the
 * published revision and its personal sections. The rich rendering is the bulletin renderer's; this one keeps the
 * delivery independent of it.
 */
@ApplicationScoped
class PlainIssueLetters implements IssueLetters {
    private record Issue(String series, int number, String title, String document) {}

    private final Sql db;
    private final ObjectMapper json;

    PlainIssueLetters(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Optional<Letter> letter(UUID issueId, int revision, List<UUID> organizations, String language, Links links) {
        Optional<Issue> found = db.one(
                """
                select case when ? = 'en' then s.title_en else s.title_ru end, i.number, r.title, r.document::text
                  from bulletin_issue_revision r
                  join bulletin_issue i on i.id = r.issue_id
                  join bulletin_series s on s.id = i.series_id
                 where r.issue_id = ? and r.revision = ?
                """,
                rs -> new Issue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                language,
                issueId,
                revision);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Issue issue = found.get();
        ResourceBundle words = BulletinSender.words(language);
        StringBuilder text = new StringBuilder();
        text.append(issue.title()).append("\n\n");
        blocks(issue.document(), text);
        text.append(MessageFormat.format(words.getString("issue.read"), links.issueUrl()))
                .append("\n\n");
        for (UUID organization : organizations) {
            db.one("""
                            select coalesce(o.short_name, o.name), p.document::text from bulletin_personal_section p
                              join organization o on o.id = p.organization_id
                             where p.issue_id = ? and p.revision = ? and p.organization_id = ?
                            """, rs -> new String[] {rs.getString(1), rs.getString(2)}, issueId, revision, organization)
                    .ifPresent(section -> {
                        text.append(MessageFormat.format(words.getString("issue.personal"), section[0]))
                                .append("\n\n");
                        blocks(section[1], text);
                    });
        }
        text.append(
                MessageFormat.format(words.getString("issue.footer"), links.unsubscribeUrl(), links.preferencesUrl()));
        String subject =
                MessageFormat.format(words.getString("issue.subject"), issue.series(), issue.number(), issue.title());
        String body = text.toString();
        return Optional.of(new Letter(subject, BulletinSender.html(language, body), body));
    }

    private void blocks(String document, StringBuilder text) {
        try {
            for (JsonNode block : json.readTree(document).path("blocks")) {
                String title = block.path("title").asText("");
                if (!title.isBlank()) {
                    text.append(title).append("\n\n");
                }
                String markdown = block.path("markdown").asText("");
                if (!markdown.isBlank()) {
                    text.append(markdown.strip()).append("\n\n");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("stored bulletin document is not JSON", e);
        }
    }
}
