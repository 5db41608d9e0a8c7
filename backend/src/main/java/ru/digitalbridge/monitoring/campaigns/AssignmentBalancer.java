package ru.digitalbridge.monitoring.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Automatic assignment rules, pure and deterministic.
 *
 * <ul>
 *   <li>Each account goes to the expert with the fewest evaluations in the campaign so far (both roles count);
 *       ties go to the expert with the smallest id, so the same input always gives the same result.
 *   <li>With {@code keepMunicipalities}, only the experts who know the account's municipality are considered
 *       when there are any; otherwise every expert is.
 *   <li>A SECOND evaluation never goes to the expert of the PRIMARY one.
 *   <li>The double sample is ⌈share × accounts⌉ (rounded up, so any positive share gives at least one pair),
 *       drawn by shuffling the candidates in id order with a {@link Random} seeded by the campaign id.
 * </ul>
 */
final class AssignmentBalancer {

    record Expert(UUID id, Set<UUID> municipalities) {}

    private final List<Expert> experts;
    private final Map<UUID, Integer> load = new HashMap<>();
    private final boolean keepMunicipalities;

    /** {@code load}: evaluations each expert already holds in the campaign (missing = none). */
    AssignmentBalancer(List<Expert> experts, Map<UUID, Integer> load, boolean keepMunicipalities) {
        this.experts = experts.stream().sorted(Comparator.comparing(Expert::id)).toList();
        this.keepMunicipalities = keepMunicipalities;
        for (Expert expert : this.experts) {
            this.load.put(expert.id(), load.getOrDefault(expert.id(), 0));
        }
    }

    /**
     * The expert for an account of {@code municipality}, other than {@code excluded} (may be null); counts the
     * assignment in the expert's load. Null when no expert is eligible.
     */
    UUID pick(UUID municipality, UUID excluded) {
        List<Expert> eligible =
                experts.stream().filter(e -> !e.id().equals(excluded)).toList();
        if (keepMunicipalities) {
            List<Expert> local = eligible.stream()
                    .filter(e -> e.municipalities().contains(municipality))
                    .toList();
            if (!local.isEmpty()) {
                eligible = local;
            }
        }
        Expert best = null;
        for (Expert expert : eligible) {
            if (best == null || load.get(expert.id()) < load.get(best.id())) {
                best = expert;
            }
        }
        if (best == null) {
            return null;
        }
        load.merge(best.id(), 1, Integer::sum);
        return best.id();
    }

    int load(UUID expert) {
        return load.getOrDefault(expert, 0);
    }

    /** How many accounts of {@code accounts} are evaluated twice: ⌈share × accounts⌉. */
    static int doubleTarget(BigDecimal share, int accounts) {
        return share.multiply(BigDecimal.valueOf(accounts))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** {@code count} of the candidates, drawn deterministically from the campaign id. */
    static List<UUID> sample(List<UUID> candidates, int count, UUID campaignId) {
        List<UUID> shuffled = new ArrayList<>(candidates);
        Collections.sort(shuffled);
        Collections.shuffle(
                shuffled, new Random(campaignId.getMostSignificantBits() ^ campaignId.getLeastSignificantBits()));
        return List.copyOf(shuffled.subList(0, Math.max(0, Math.min(count, shuffled.size()))));
    }
}
