package ru.digitalbridge.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the editorial bulletin API. */
public final class BulletinRequests {
    private BulletinRequests() {}

    /** Most blocks a document may have. */
    public static final int MAX_BLOCKS = 100;

    /**
     * A new issue: a draft of the series, numbered next. With {@code campaignId} (a published campaign) the draft is
     * compiled from the campaign and its newest rating snapshot. The caller becomes an editor; {@code editors} adds
     * others (active coordinators or administrators); the {@code reviewerId} (the same, not one of the editors)
     * publishes.
     */
    public record CreateIssueRequest(
            @NotBlank @Size(max = 63) @Schema(description = "The series' slug, e.g. main")
            String series,

            @NotBlank @Size(max = 300) String title,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,

            @Schema(nullable = true, description = "A published campaign id to compile from")
            UUID campaignId,

            @Schema(nullable = true, description = "The reviewer's user id (coordinator or administrator)")
            UUID reviewerId,

            @Size(max = 20) List<@NotNull UUID> editors,

            @Pattern(regexp = "ru|en")
            @Schema(
                    nullable = true,
                    enumeration = {"ru", "en"},
                    description = "The language the compiler writes the blocks' titles and texts in; left out: ru")
            String language) {}

    /**
     * One block as an editor sends it. For compiled kinds the block must already be in the draft (same id and kind):
     * the server keeps the compiler's {@code data} and takes title and text; editors may add {@code ARTICLE}s only.
     */
    public record BlockRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+")
            String id,

            @NotNull BlockKind kind,
            @Size(max = 300) String title,
            @Size(max = 50000) String markdown,

            @Schema(
                    nullable = true,
                    description = "Ignored: a compiled block keeps the compiler's data, an article has none")
            Map<String, Object> data) {}

    /** The whole draft as edited: the version read (optimistic lock), the issue's fields and the blocks in order. */
    public record DraftRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 300) String title,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,

            @Schema(nullable = true, description = "The reviewer's user id")
            UUID reviewerId,

            @Size(max = 20) @Schema(description = "Editors' user ids; left out: unchanged")
            List<@NotNull UUID> editors,

            @NotNull @Size(max = MAX_BLOCKS) List<@Valid @NotNull BlockRequest> blocks) {}

    /** The version of the issue last read; a stale one is refused with 409. */
    public record IssueVersion(@NotNull Long version) {}

    /** Re-propose the compiled blocks, from the issue's campaign or from another published campaign. */
    public record CompileRequest(
            @NotNull Long version,

            @Schema(nullable = true, description = "A published campaign id; left out: the issue's campaign")
            UUID campaignId) {}

    /** Back to the editors, with the reviewer's comment. */
    public record ReturnRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 2000) String comment) {}

    /** A correction of a published issue: the next revision with its reason; earlier revisions stay as they were. */
    public record CorrectionRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 2000) String note,

            @Size(max = 300) @Schema(nullable = true, description = "Left out: the title stays")
            String title,

            @NotNull @Size(max = MAX_BLOCKS) List<@Valid @NotNull BlockRequest> blocks) {}
}
