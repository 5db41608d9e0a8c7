package ru.digitalbridge.bulletin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/**
 * Published bulletin revisions and their personal sections, as rendering and delivery read them. Everything here
 * is frozen: a revision and its sections never change once written.
 */
@ApplicationScoped
public class BulletinIssues {
    private static final String PUBLISHED = "select i.id, s.slug,"
            + " case when i.language = 'en' then s.title_en else s.title_ru end, i.number, r.revision, r.title,"
            + " i.period_from, i.period_to, r.published_at, r.document, i.language"
            + " from bulletin_issue_revision r join bulletin_issue i on i.id = r.issue_id"
            + " join bulletin_series s on s.id = i.series_id";
    private static final String SECTION = "select p.organization_id, o.name, p.document"
            + " from bulletin_personal_section p join registry_organization_view o on o.id = p.organization_id"
            + " where p.issue_id = ? and p.revision = ?";

    private final Sql db;
    private final ObjectMapper json;

    BulletinIssues(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** One published revision of an issue; empty when the issue or the revision does not exist. */
    public Optional<PublishedIssue> published(UUID issueId, int revision) {
        return db.one(PUBLISHED + " where r.issue_id = ? and r.revision = ?", this::issue, issueId, revision);
    }

    /** The latest published revision of an issue; empty before publication. */
    public Optional<PublishedIssue> latest(UUID issueId) {
        return db.one(PUBLISHED + " where r.issue_id = ? and r.revision = i.revision", this::issue, issueId);
    }

    /** The language (ru or en) of an issue; empty for an unknown issue. */
    public Optional<String> language(UUID issueId) {
        return db.one("select language from bulletin_issue where id = ?", rs -> rs.getString(1), issueId);
    }

    /** Every organisation's personal section of a revision, by organisation name. */
    public List<PersonalSection> sections(UUID issueId, int revision) {
        return db.list(SECTION + " order by o.name, p.organization_id", this::section, issueId, revision);
    }

    /** One organisation's personal section of a revision; empty when it has none. */
    public Optional<PersonalSection> section(UUID issueId, int revision, UUID organizationId) {
        return db.one(SECTION + " and p.organization_id = ?", this::section, issueId, revision, organizationId);
    }

    private PublishedIssue issue(ResultSet rs) throws SQLException {
        return new PublishedIssue(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getObject(7, java.time.LocalDate.class),
                rs.getObject(8, java.time.LocalDate.class),
                rs.getObject(9, OffsetDateTime.class).toInstant(),
                document(rs.getString(10)),
                rs.getString(11));
    }

    private PersonalSection section(ResultSet rs) throws SQLException {
        return new PersonalSection(rs.getObject(1, UUID.class), rs.getString(2), document(rs.getString(3)));
    }

    BulletinDocument document(String text) {
        try {
            return text == null ? BulletinDocument.EMPTY : json.readValue(text, BulletinDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored bulletin document is not readable", e);
        }
    }

    /** {@link #text} as UTF-8 bytes. */
    byte[] bytes(BulletinDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulletin document not serialisable", e);
        }
    }

    String text(BulletinDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulletin document not serialisable", e);
        }
    }
}
