package ru.digitalbridge.rating;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules a snapshot was computed with, published inside it so that it is self-contained: how indexes are made,
 * how places are given and how much data a unit needs to be ranked. {@link #CURRENT} is what new snapshots use.
 */
@Schema(description = "The rules a rating snapshot was computed with; see docs/ratings.md")
public record RatingRules(
        @Schema(description = "ACCOUNT index: the published evaluation index (methodology formula, one decimal)")
        String accountIndex,

        @Schema(description = "How ORGANIZATION, MUNICIPALITY and SECTOR indexes are made from the level below")
        String aggregation,

        @Schema(description = "How places are given") String ranking,
        @Schema(description = "How an index is rounded") String rounding,
        List<PeerGroup> peerGroups,

        @Schema(description = "An organization is ranked with at least this many evaluated accounts")
        int minimumAccountsPerOrganization,

        @Schema(description = "A municipality is ranked with at least this many ranked organizations")
        int minimumOrganizationsPerMunicipality,

        @Schema(description = "A sector is ranked with at least this many ranked organizations")
        int minimumOrganizationsPerSector,

        @Schema(description = "How the change against the previous comparable campaign is computed")
        String comparison) {

    public static final RatingRules CURRENT = new RatingRules(
            "EVALUATION_INDEX",
            "MEAN_OF_RANKED_UNITS_BELOW",
            "COMPETITION_1224",
            "HALF_UP_1_DECIMAL",
            List.of(PeerGroup.OVERALL, PeerGroup.SECTOR, PeerGroup.KIND),
            1,
            5,
            5,
            "SAME_METHODOLOGY_FAMILY_AND_EDITION");
}
