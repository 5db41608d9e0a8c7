package ru.digitalbridge.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes every row of a rating from the campaign's published evaluations, as plain rules without a database:
 *
 * <ul>
 *   <li>ACCOUNT: the evaluation's published index; evaluated when it has one.
 *   <li>ORGANIZATION: {@link Aggregation#mean} of its evaluated accounts ({@code evaluated} of {@code total}
 *       accounts in the campaign); ranked with at least {@code minimumAccountsPerOrganization} evaluated.
 *   <li>MUNICIPALITY and SECTOR: the mean of their ranked organizations ({@code evaluated} of {@code total}
 *       organizations in the campaign: the coverage); ranked with at least the minimum of organizations.
 *   <li>Places by {@link Ranking} within each peer group: accounts and organizations overall, by sector and by
 *       kind; municipalities and sectors overall.
 * </ul>
 *
 * The subject of each account is the one frozen with its published revision.
 */
public final class RatingComputation {
    private RatingComputation() {}

    /** One published evaluation with its frozen subject. */
    public record Evaluated(
            UUID evaluationId,
            int revision,
            UUID accountId,
            String accountName,
            String platform,
            UUID organizationId,
            String organizationName,
            String kind,
            String sector,
            UUID municipalityId,
            String municipalityName,
            BigDecimal index) {}

    /** A ranked (or, without enough data, unranked) unit in one peer group. */
    public record Row(
            RatingLevel level,
            PeerGroup peerGroup,
            String peerKey,
            String unitId,
            String name,
            UUID evaluationId,
            Integer evaluationRevision,
            UUID organizationId,
            UUID municipalityId,
            String municipalityName,
            String sector,
            String kind,
            String platform,
            int evaluated,
            int total,
            BigDecimal index,
            boolean ranked,
            Ranking.Place place) {

        /** The key that identifies the same unit in the same peer group across snapshots. */
        public String key() {
            return level + "/" + peerGroup + "/" + peerKey + "/" + unitId;
        }
    }

    /** A unit before ranking. */
    private record Unit(
            RatingLevel level,
            String unitId,
            String name,
            UUID evaluationId,
            Integer evaluationRevision,
            UUID organizationId,
            UUID municipalityId,
            String municipalityName,
            String sector,
            String kind,
            String platform,
            int evaluated,
            int total,
            BigDecimal index,
            boolean ranked) {}

    public static List<Row> compute(List<Evaluated> evaluations, RatingRules rules) {
        List<Evaluated> sorted = new ArrayList<>(evaluations);
        sorted.sort(Comparator.comparing(Evaluated::accountId));
        List<Unit> accounts = new ArrayList<>();
        Map<UUID, List<Evaluated>> byOrganization = new LinkedHashMap<>();
        for (Evaluated e : sorted) {
            accounts.add(new Unit(
                    RatingLevel.ACCOUNT,
                    e.accountId().toString(),
                    e.accountName(),
                    e.evaluationId(),
                    e.revision(),
                    e.organizationId(),
                    e.municipalityId(),
                    e.municipalityName(),
                    e.sector(),
                    e.kind(),
                    e.platform(),
                    e.index() == null ? 0 : 1,
                    1,
                    e.index(),
                    e.index() != null));
            byOrganization
                    .computeIfAbsent(e.organizationId(), k -> new ArrayList<>())
                    .add(e);
        }
        List<Unit> organizations = new ArrayList<>();
        for (List<Evaluated> members : byOrganization.values()) {
            Evaluated first = members.get(0);
            List<BigDecimal> indexes = members.stream()
                    .map(Evaluated::index)
                    .filter(i -> i != null)
                    .toList();
            boolean ranked = indexes.size() >= Math.max(1, rules.minimumAccountsPerOrganization());
            organizations.add(new Unit(
                    RatingLevel.ORGANIZATION,
                    first.organizationId().toString(),
                    first.organizationName(),
                    null,
                    null,
                    first.organizationId(),
                    first.municipalityId(),
                    first.municipalityName(),
                    first.sector(),
                    first.kind(),
                    null,
                    indexes.size(),
                    members.size(),
                    Aggregation.mean(indexes),
                    ranked));
        }
        List<Unit> municipalities = areas(
                organizations,
                RatingLevel.MUNICIPALITY,
                u -> u.municipalityId().toString(),
                rules.minimumOrganizationsPerMunicipality());
        List<Unit> sectors =
                areas(organizations, RatingLevel.SECTOR, Unit::sector, rules.minimumOrganizationsPerSector());
        List<Row> rows = new ArrayList<>();
        for (PeerGroup group : rules.peerGroups()) {
            rank(accounts, group, rows);
            rank(organizations, group, rows);
        }
        rank(municipalities, PeerGroup.OVERALL, rows);
        rank(sectors, PeerGroup.OVERALL, rows);
        return rows;
    }

    private static List<Unit> areas(
            List<Unit> organizations, RatingLevel level, java.util.function.Function<Unit, String> key, int minimum) {
        Map<String, List<Unit>> byArea = new LinkedHashMap<>();
        organizations.stream()
                .sorted(Comparator.comparing(key))
                .forEach(u -> byArea.computeIfAbsent(key.apply(u), k -> new ArrayList<>())
                        .add(u));
        List<Unit> areas = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> entry : byArea.entrySet()) {
            Unit first = entry.getValue().get(0);
            List<BigDecimal> indexes = entry.getValue().stream()
                    .filter(Unit::ranked)
                    .map(Unit::index)
                    .toList();
            boolean ranked = indexes.size() >= Math.max(1, minimum);
            boolean municipality = level == RatingLevel.MUNICIPALITY;
            areas.add(new Unit(
                    level,
                    entry.getKey(),
                    municipality ? first.municipalityName() : first.sector(),
                    null,
                    null,
                    null,
                    municipality ? first.municipalityId() : null,
                    municipality ? first.municipalityName() : null,
                    municipality ? null : first.sector(),
                    null,
                    null,
                    indexes.size(),
                    entry.getValue().size(),
                    Aggregation.mean(indexes),
                    ranked));
        }
        return areas;
    }

    private static void rank(List<Unit> units, PeerGroup group, List<Row> rows) {
        Map<String, List<Unit>> byPeer = new LinkedHashMap<>();
        for (Unit unit : units) {
            String peer = switch (group) {
                case OVERALL -> "";
                case SECTOR -> unit.sector();
                case KIND -> unit.kind();
            };
            byPeer.computeIfAbsent(peer, k -> new ArrayList<>()).add(unit);
        }
        for (Map.Entry<String, List<Unit>> peer : byPeer.entrySet()) {
            List<Ranking.Place> places = Ranking.places(peer.getValue().stream()
                    .map(u -> u.ranked() ? u.index() : null)
                    .toList());
            for (int i = 0; i < places.size(); i++) {
                Unit u = peer.getValue().get(i);
                rows.add(new Row(
                        u.level(),
                        group,
                        peer.getKey(),
                        u.unitId(),
                        u.name(),
                        u.evaluationId(),
                        u.evaluationRevision(),
                        u.organizationId(),
                        u.municipalityId(),
                        u.municipalityName(),
                        u.sector(),
                        u.kind(),
                        u.platform(),
                        u.evaluated(),
                        u.total(),
                        u.index(),
                        u.ranked(),
                        places.get(i)));
            }
        }
    }
}
