package ru.digitalbridge.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.common.paging.PageResponse;
import ru.digitalbridge.rating.RatingViews.ChangelogEntry;
import ru.digitalbridge.rating.RatingViews.MovedUnit;
import ru.digitalbridge.rating.RatingViews.RatedCampaign;
import ru.digitalbridge.rating.RatingViews.RatingCampaign;
import ru.digitalbridge.rating.RatingViews.RatingComparison;
import ru.digitalbridge.rating.RatingViews.RatingMethodology;
import ru.digitalbridge.rating.RatingViews.RatingPlace;
import ru.digitalbridge.rating.RatingViews.RatingRowResponse;
import ru.digitalbridge.rating.RatingViews.SnapshotResponse;
import ru.digitalbridge.rating.RatingViews.SnapshotSummary;
import ru.digitalbridge.rating.RatingViews.TrendPoint;

/** Public reads of rating snapshots: anonymous, computed once and never changed, so every read is cacheable. */
@ApplicationScoped
public class RatingReads {
    private static final TypeReference<List<MovedUnit>> MOVED = new TypeReference<>() {};

    /** Sort orders of rating rows; a leading '-' reverses; ties fall back to the name and the unit id. */
    private static final Map<String, String> SORTS = Map.of(
            "place", "ranked desc, place_from asc nulls last",
            "-place", "ranked asc, place_from desc nulls first",
            "name", "name asc",
            "-name", "name desc",
            "index", "index_value asc nulls first",
            "-index", "index_value desc nulls last",
            "indexDelta", "index_delta asc nulls last",
            "-indexDelta", "index_delta desc nulls last",
            "placeDelta", "place_delta asc nulls last",
            "-placeDelta", "place_delta desc nulls last");

    private static final String CAMPAIGN_COLUMNS =
            "c.id as campaign_id, c.title as campaign_title, c.period, c.published_at, s.criteria_set_id,"
                    + " s.methodology_family_id, s.methodology_edition, s.methodology_name";

    private final Sql db;
    private final ObjectMapper json;

    RatingReads(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Published campaigns with a rating, newest period first, each with its newest snapshot revision. */
    public List<RatedCampaign> campaigns() {
        return db.list(
                "select " + CAMPAIGN_COLUMNS + ", s.id, s.revision from rating_snapshot s"
                        + " join campaign c on c.id = s.campaign_id"
                        + " where s.revision = (select max(x.revision) from rating_snapshot x where x.campaign_id = c.id)"
                        + " order by c.period desc, c.published_at desc, c.id",
                rs -> new RatedCampaign(
                        campaign(rs), methodology(rs), rs.getObject("id", UUID.class), rs.getInt("revision")));
    }

    public List<SnapshotSummary> snapshots(UUID campaignId) {
        List<SnapshotSummary> list = db.list(
                "select id, revision, created_at, reason, evaluations from rating_snapshot where campaign_id = ?"
                        + " order by revision",
                rs -> new SnapshotSummary(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4),
                        rs.getInt(5)),
                campaignId);
        if (list.isEmpty()) {
            throw ProblemException.notFound("entity.rating", campaignId);
        }
        return list;
    }

    public SnapshotResponse snapshot(UUID id) {
        record Head(SnapshotResponse response, UUID campaignId) {}
        Head head = db.one(
                        "select s.id, s.revision, s.created_at, s.rules::text, s.comparison, s.previous_edition,"
                                + " s.evaluations, s.statistics::text, " + CAMPAIGN_COLUMNS + ", p.id as p_id,"
                                + " p.title as p_title, p.period as p_period, p.published_at as p_published_at,"
                                + " s.revision = (select max(x.revision) from rating_snapshot x"
                                + " where x.campaign_id = s.campaign_id) as latest"
                                + " from rating_snapshot s join campaign c on c.id = s.campaign_id"
                                + " left join campaign p on p.id = s.previous_campaign_id where s.id = ?",
                        rs -> {
                            Comparison.Status status = Comparison.Status.valueOf(rs.getString("comparison"));
                            RatingCampaign previous = rs.getObject("p_id") == null
                                    ? null
                                    : new RatingCampaign(
                                            rs.getObject("p_id", UUID.class),
                                            rs.getString("p_title"),
                                            rs.getString("p_period"),
                                            rs.getObject("p_published_at", OffsetDateTime.class));
                            Integer previousEdition = (Integer) rs.getObject("previous_edition");
                            return new Head(
                                    new SnapshotResponse(
                                            rs.getObject("id", UUID.class),
                                            campaign(rs),
                                            rs.getInt("revision"),
                                            rs.getObject("created_at", OffsetDateTime.class),
                                            rs.getBoolean("latest"),
                                            methodology(rs),
                                            read(rs.getString("rules"), RatingRules.class),
                                            new RatingComparison(
                                                    status,
                                                    previous,
                                                    previousEdition,
                                                    explanation(
                                                            status,
                                                            previous,
                                                            previousEdition,
                                                            rs.getInt("methodology_edition"))),
                                            rs.getInt("evaluations"),
                                            List.of(),
                                            read(rs.getString("statistics"), RatingStatistics.class)),
                                    rs.getObject("campaign_id", UUID.class));
                        },
                        id)
                .orElseThrow(() -> ProblemException.notFound("entity.rating-snapshot", id));
        SnapshotResponse r = head.response();
        List<ChangelogEntry> changelog = db.list(
                "select revision, created_at, corrected_evaluation_id, reason, index_before, index_after, moved::text"
                        + " from rating_snapshot where campaign_id = ? and revision <= ? and revision > 1"
                        + " order by revision",
                rs -> new ChangelogEntry(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        read(rs.getString(7), MOVED)),
                head.campaignId(),
                r.revision());
        return new SnapshotResponse(
                r.id(),
                r.campaign(),
                r.revision(),
                r.createdAt(),
                r.latest(),
                r.methodology(),
                r.rules(),
                r.comparison(),
                r.evaluations(),
                changelog,
                r.statistics());
    }

    /** What a reader is told about the comparison (English; the SPA words it in the reader's language by status). */
    static String explanation(Comparison.Status status, RatingCampaign previous, Integer previousEdition, int edition) {
        return switch (status) {
            case NO_PREVIOUS -> "No earlier published campaign used this methodology: no change is shown.";
            case COMPARABLE ->
                "Changes are against " + previous.period() + " (same methodology edition " + edition + ").";
            case EDITION_CHANGED ->
                "The methodology changed from edition " + previousEdition + " (" + previous.period() + ") to edition "
                        + edition + ": indexes are not comparable, no change is shown.";
        };
    }

    /** Filters of the rating rows; null = any. */
    public record RowFilter(
            RatingLevel level,
            PeerGroup peerGroup,
            UUID municipality,
            UUID organization,
            String sector,
            String kind,
            String platform,
            String q,
            String sort) {}

    /** A page of rating rows with the time its (immutable) snapshot was computed. */
    public record Page(PageResponse<RatingRowResponse> rows, java.time.Instant snapshotCreated) {}

    public Page rowsWithTime(UUID snapshotId, RowFilter filter, PageQuery page) {
        OffsetDateTime created = db.one(
                        "select created_at from rating_snapshot where id = ?",
                        rs -> rs.getObject(1, OffsetDateTime.class),
                        snapshotId)
                .orElseThrow(() -> ProblemException.notFound("entity.rating-snapshot", snapshotId));
        String order = SORTS.get(filter.sort() == null ? "place" : filter.sort());
        if (order == null) {
            throw ProblemException.invalidField("sort", "invalid-value.field");
        }
        StringBuilder where = new StringBuilder(" where snapshot_id = ? and level = ? and peer_group = ?");
        List<Object> params = new ArrayList<>(
                List.of(snapshotId, filter.level().name(), filter.peerGroup().name()));
        if (filter.municipality() != null) {
            where.append(" and municipality_id = ?");
            params.add(filter.municipality());
        }
        if (filter.organization() != null) {
            where.append(" and organization_id = ?");
            params.add(filter.organization());
        }
        if (filter.sector() != null) {
            where.append(" and sector = ?");
            params.add(filter.sector());
        }
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind());
        }
        if (filter.platform() != null) {
            where.append(" and platform = ?");
            params.add(filter.platform());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and strpos(lower(name), lower(?)) > 0");
            params.add(filter.q().strip());
        }
        long total = db.count("select count(*) from rating_row" + where, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size);
        pageParams.add(page.offset());
        List<RatingRowResponse> items = db.list(
                "select * from rating_row" + where + " order by " + order + ", name, unit_id limit ? offset ?",
                RatingReads::row,
                pageParams.toArray());
        return new Page(new PageResponse<>(items, total, page.page, page.size), created.toInstant());
    }

    /** An organization's (or municipality's) overall rating in every campaign with a rating, oldest period first. */
    public List<TrendPoint> trend(RatingLevel level, UUID unit) {
        List<TrendPoint> points = db.list(
                "select " + CAMPAIGN_COLUMNS + ", s.id as snapshot_id, s.revision as snapshot_revision, s.comparison,"
                        + " r.* from rating_row r join rating_snapshot s on s.id = r.snapshot_id"
                        + " join campaign c on c.id = s.campaign_id"
                        + " where r.level = ? and r.unit_id = ? and r.peer_group = 'OVERALL'"
                        + " and s.revision = (select max(x.revision) from rating_snapshot x where x.campaign_id = c.id)"
                        + " order by c.period, c.published_at, c.id",
                rs -> new TrendPoint(
                        campaign(rs),
                        methodology(rs),
                        rs.getObject("snapshot_id", UUID.class),
                        rs.getInt("snapshot_revision"),
                        rs.getString("name"),
                        rs.getInt("evaluated"),
                        rs.getInt("total"),
                        rs.getBigDecimal("index_value"),
                        rs.getBoolean("ranked"),
                        place(rs),
                        rs.getBigDecimal("index_delta"),
                        (Integer) rs.getObject("place_delta"),
                        Comparison.Status.valueOf(rs.getString("comparison"))),
                level.name(),
                unit.toString());
        if (points.isEmpty()) {
            throw ProblemException.notFound(
                    level == RatingLevel.MUNICIPALITY ? "entity.municipality" : "entity.organization", unit);
        }
        return points;
    }

    private static RatingCampaign campaign(ResultSet rs) throws SQLException {
        return new RatingCampaign(
                rs.getObject("campaign_id", UUID.class),
                rs.getString("campaign_title"),
                rs.getString("period"),
                rs.getObject("published_at", OffsetDateTime.class));
    }

    private static RatingMethodology methodology(ResultSet rs) throws SQLException {
        return new RatingMethodology(
                rs.getObject("criteria_set_id", UUID.class),
                rs.getObject("methodology_family_id", UUID.class),
                rs.getInt("methodology_edition"),
                rs.getString("methodology_name"));
    }

    private static RatingPlace place(ResultSet rs) throws SQLException {
        Integer from = (Integer) rs.getObject("place_from");
        return from == null ? null : new RatingPlace(from, rs.getInt("place_to"), rs.getInt("place_of"));
    }

    static RatingRowResponse row(ResultSet rs) throws SQLException {
        return new RatingRowResponse(
                RatingLevel.valueOf(rs.getString("level")),
                PeerGroup.valueOf(rs.getString("peer_group")),
                rs.getString("peer_key"),
                rs.getString("unit_id"),
                rs.getString("name"),
                rs.getObject("evaluation_id", UUID.class),
                (Integer) rs.getObject("evaluation_revision"),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getString("municipality_name"),
                rs.getString("sector"),
                rs.getString("kind"),
                rs.getString("platform"),
                rs.getInt("evaluated"),
                rs.getInt("total"),
                rs.getBigDecimal("index_value"),
                rs.getBoolean("ranked"),
                place(rs),
                rs.getBigDecimal("previous_index"),
                rs.getBigDecimal("index_delta"),
                (Integer) rs.getObject("previous_place"),
                (Integer) rs.getObject("place_delta"));
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed snapshot JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed snapshot JSON", e);
        }
    }
}
