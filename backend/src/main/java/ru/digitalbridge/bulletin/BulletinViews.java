package ru.digitalbridge.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the bulletin API. Public ones carry no person: editors and reviewer only in drafts. */
public final class BulletinViews {
    private BulletinViews() {}

    /** A series of issues, titles in the caller's language. */
    public record SeriesResponse(String slug, String title, String description, int publishedIssues) {}

    /** An issue in a list. Public lists hold published issues only. */
    public record IssueSummary(
            UUID id,
            String seriesSlug,
            String seriesTitle,
            int number,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            IssueStatus status,

            @Schema(description = "Latest published revision, 0 before publication")
            int revision,

            @Schema(nullable = true) OffsetDateTime publishedAt,
            @Schema(nullable = true) UUID campaignId,

            @Schema(description = "The draft's version (optimistic lock of the editorial actions)")
            long version,

            @Schema(
                    enumeration = {"ru", "en"},
                    description = "The issue's language: its title and content are in it")
            String language) {}

    /** A published revision as the list of an issue's revisions shows it. */
    public record RevisionSummary(
            int revision,
            OffsetDateTime publishedAt,
            @Schema(nullable = true) String note) {}

    /** A block as readers get it: the editor's Markdown and its safe server-rendered HTML. */
    public record BlockView(
            String id,
            BlockKind kind,
            String title,
            String markdown,

            @Schema(nullable = true, description = "Safe HTML of title and text; null while no renderer is installed")
            String html,

            Map<String, Object> data) {}

    /** One published revision of an issue. */
    public record IssueResponse(
            UUID id,
            String seriesSlug,
            String seriesTitle,
            int number,
            int revision,
            boolean latest,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,

            @Schema(description = "When this revision was published")
            OffsetDateTime publishedAt,

            @Schema(description = "When revision 1 was published")
            OffsetDateTime firstPublishedAt,

            @Schema(nullable = true, description = "The correction's reason; null for revision 1")
            String note,

            @Schema(nullable = true) UUID campaignId,
            List<RevisionSummary> revisions,

            @Schema(description = "The blocks, rendered in the issue's language whatever the reader's")
            List<BlockView> blocks,

            @Schema(
                    enumeration = {"ru", "en"},
                    description = "The issue's language: title, blocks and their HTML are in it (mark them with"
                            + " lang); seriesTitle follows the reader")
            String language) {}

    /** A coordinator or administrator named on an issue. */
    public record Person(UUID id, String fullName) {}

    /** The editable state of an issue, for its editors and reviewer. */
    public record DraftResponse(
            UUID id,
            String seriesSlug,
            int number,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            IssueStatus status,

            @Schema(
                    enumeration = {"ru", "en"},
                    description = "The language the compiler writes in")
            String language,

            @Schema(nullable = true) UUID campaignId,
            @Schema(nullable = true) UUID snapshotId,
            List<Person> editors,
            @Schema(nullable = true) Person reviewer,
            long version,

            @Schema(description = "Latest published revision, 0 before publication")
            int revision,

            @Schema(nullable = true, description = "The reviewer's comment when the issue was returned")
            String returnComment,

            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime publishedAt,

            @Schema(description = "What the caller may do now")
            Allowed allowed,

            List<BlockView> blocks) {}

    /** The caller's permitted actions on an issue in its current state. */
    public record Allowed(boolean edit, boolean submit, boolean returnToDraft, boolean publish, boolean correct) {}

    /** An organisation's personal section of one published revision. */
    public record SectionResponse(
            UUID issueId,
            String seriesSlug,
            int number,
            String issueTitle,
            int revision,
            OffsetDateTime publishedAt,
            UUID organizationId,
            String organizationName,

            @Schema(description = "The blocks, rendered in the issue's language whatever the reader's")
            List<BlockView> blocks,

            @Schema(
                    enumeration = {"ru", "en"},
                    description = "The issue's language: the section's blocks are in it")
            String language) {}
}
