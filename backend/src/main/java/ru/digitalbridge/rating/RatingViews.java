package ru.digitalbridge.rating;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the public rating API. */
public final class RatingViews {
    private RatingViews() {}

    /** A published campaign as a rating names it. */
    public record RatingCampaign(
            UUID id,
            String title,
            String period,
            @Schema(nullable = true) OffsetDateTime publishedAt) {}

    /** The methodology version a snapshot was computed with. */
    public record RatingMethodology(UUID criteriaSetId, UUID familyId, int edition, String name) {}

    /** A published campaign with its newest snapshot revision. */
    public record RatedCampaign(
            RatingCampaign campaign, RatingMethodology methodology, UUID latestSnapshotId, int latestRevision) {}

    /** One revision of a campaign's rating as a list shows it. */
    public record SnapshotSummary(
            UUID id,
            int revision,
            OffsetDateTime createdAt,
            @Schema(nullable = true) String reason,
            int evaluations) {}

    /** Whether and against what the snapshot compares, in words a reader understands. */
    public record RatingComparison(
            Comparison.Status status,
            @Schema(nullable = true) RatingCampaign previousCampaign,
            @Schema(nullable = true) Integer previousEdition,
            String explanation) {}

    /** A unit whose index or place changed with a correction. */
    public record MovedUnit(
            RatingLevel level,
            PeerGroup peerGroup,
            String peerKey,
            String unitId,
            String name,
            @Schema(nullable = true) BigDecimal indexBefore,
            @Schema(nullable = true) BigDecimal indexAfter,
            @Schema(nullable = true) Integer placeBefore,
            @Schema(nullable = true) Integer placeAfter) {}

    /** What a revision changed: the corrected evaluation, why, and the places that moved. */
    public record ChangelogEntry(
            int revision,
            OffsetDateTime createdAt,
            UUID evaluationId,
            String reason,
            @Schema(nullable = true) BigDecimal indexBefore,
            @Schema(nullable = true) BigDecimal indexAfter,
            List<MovedUnit> moved) {}

    /** A snapshot revision: what it rates, the rules it used, how it compares and its changelog (oldest first). */
    public record SnapshotResponse(
            UUID id,
            RatingCampaign campaign,
            int revision,
            OffsetDateTime createdAt,
            boolean latest,
            RatingMethodology methodology,
            RatingRules rules,
            RatingComparison comparison,
            int evaluations,
            List<ChangelogEntry> changelog,
            RatingStatistics statistics) {}

    /** A place range: "12–14 of 340". */
    public record RatingPlace(int from, int to, int of) {}

    /**
     * A page of rating rows: the shape of {@code PageResponse<RatingRowResponse>}, named as the contract names it
     * (the rows endpoint answers pre-rendered bytes, see {@link RatingPages}).
     */
    @Schema(name = "PageResponseRatingRowResponse")
    public record RatingRowPage(
            List<RatingRowResponse> items,
            long total,
            int page,
            int size,

            @Schema(
                    description = "true when there are more matches than total (the count stopped at the cap);"
                            + " show it as 'more than total'")
            boolean totalIsLowerBound,

            @Schema(
                    nullable = true,
                    description = "The next page by cursor, as in every list; always null here: rating rows page by"
                            + " number")
            String next) {}

    /** One unit of a rating in one peer group. */
    public record RatingRowResponse(
            RatingLevel level,
            PeerGroup peerGroup,

            @Schema(description = "'' overall, else the sector or the organization kind")
            String peerKey,

            String unitId,
            String name,
            @Schema(nullable = true) UUID evaluationId,
            @Schema(nullable = true) Integer evaluationRevision,
            @Schema(nullable = true) UUID organizationId,
            @Schema(nullable = true) UUID municipalityId,
            @Schema(nullable = true) String municipalityName,
            @Schema(nullable = true) String sector,
            @Schema(nullable = true) String kind,
            @Schema(nullable = true) String platform,

            @Schema(description = "accounts (organization) or organizations (municipality, sector) with an index")
            int evaluated,

            @Schema(description = "accounts or organizations in the campaign")
            int total,

            @Schema(nullable = true) BigDecimal index,
            boolean ranked,
            @Schema(nullable = true) RatingPlace place,
            @Schema(nullable = true) BigDecimal previousIndex,
            @Schema(nullable = true) BigDecimal indexDelta,
            @Schema(nullable = true) Integer previousPlace,
            @Schema(nullable = true) Integer placeDelta) {}

    /** A unit's rating in one campaign, for its trend across campaigns. */
    public record TrendPoint(
            RatingCampaign campaign,
            RatingMethodology methodology,
            UUID snapshotId,
            int revision,
            String name,
            int evaluated,
            int total,
            @Schema(nullable = true) BigDecimal index,
            boolean ranked,
            @Schema(nullable = true) RatingPlace place,
            @Schema(nullable = true) BigDecimal indexDelta,
            @Schema(nullable = true) Integer placeDelta,
            Comparison.Status comparison) {}
}
