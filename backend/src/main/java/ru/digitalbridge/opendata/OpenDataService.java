package ru.digitalbridge.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.opendata.OpenDataViews.Catalogue;
import ru.digitalbridge.opendata.OpenDataViews.DataPackage;
import ru.digitalbridge.opendata.OpenDataViews.Dataset;
import ru.digitalbridge.opendata.OpenDataViews.DatasetKind;
import ru.digitalbridge.opendata.OpenDataViews.Field;
import ru.digitalbridge.opendata.OpenDataViews.FieldConstraints;
import ru.digitalbridge.opendata.OpenDataViews.Link;
import ru.digitalbridge.opendata.OpenDataViews.Resource;
import ru.digitalbridge.opendata.OpenDataViews.Source;
import ru.digitalbridge.opendata.OpenDataViews.TableSchema;

/**
 * Published campaigns as open datasets. An <em>edition</em> of a campaign's results is named by how many published
 * revisions its evaluations have and when the latest was made: a correction makes a new edition, so the files, their
 * hashes and their validators change exactly when the published data do. The files of one edition are the same bytes
 * every time (rows in evaluation id and criterion order, fixed number formats), so their SHA-256 is computed once,
 * by writing them to a digest, and kept in {@code open_data_file}.
 */
@ApplicationScoped
public class OpenDataService {
    static final String BASE = "/api/v1/open-data";
    static final String SOURCE = "Digital Bridge (Цифровой мост): public monitoring of official social-media accounts";
    /** Changes whenever the bytes written for the same data change (a column, a number format), invalidating hashes. */
    static final String FILE_LAYOUT = "1";
    /** Where a dataset's files are, relative to its descriptor. */
    static final String FILES = "files/";

    private static final int FETCH = 1000;

    private final Sql db;
    private final ObjectMapper json;

    OpenDataService(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A published campaign and the edition of its results. */
    record Campaign(
            UUID id,
            String title,
            String period,
            UUID criteriaSet,
            OffsetDateTime publishedAt,
            long revisions,
            OffsetDateTime revisedAt) {
        String edition() {
            OffsetDateTime at = revisedAt == null ? publishedAt : revisedAt;
            return revisions + "-" + TableWriter.text(at);
        }

        OffsetDateTime lastModified() {
            return revisedAt == null ? publishedAt : revisedAt;
        }
    }

    private static final String CAMPAIGNS = """
            select id, title, period, criteria_set_id, published_at, revisions, revised_at
              from monitoring_published_campaign_view
            """;

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("period"),
                rs.getObject("criteria_set_id", UUID.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getLong("revisions"),
                rs.getObject("revised_at", OffsetDateTime.class));
    }

    Optional<Campaign> campaign(UUID id) {
        return db.one(CAMPAIGNS + " where id = ?", OpenDataService::campaign, id);
    }

    Catalogue catalogue() {
        List<Dataset> datasets = new ArrayList<>();
        for (Campaign c : db.list(CAMPAIGNS + " order by period desc, id", OpenDataService::campaign)) {
            String base = BASE + "/campaigns/" + c.id();
            List<Link> links = new ArrayList<>();
            links.add(new Link("datapackage", base + "/datapackage.json", "application/json"));
            for (ResultTable table : ResultTable.values()) {
                for (FileFormat format : FileFormat.values()) {
                    links.add(new Link("data", base + "/files/" + file(table, format), format.mediaType()));
                }
            }
            links.add(new Link("api", "/api/v1/campaigns/" + c.id(), "application/json"));
            links.add(new Link("api", "/api/v1/evaluations?campaign=" + c.id(), "application/json"));
            links.add(new Link("methodology", "/api/v1/criteria-sets/" + c.criteriaSet(), "application/json"));
            datasets.add(new Dataset(
                    "campaign-" + c.id(),
                    DatasetKind.CAMPAIGN,
                    c.title() + " (" + c.period() + ")",
                    c.lastModified(),
                    links));
        }
        for (Snapshot snapshot :
                db.list(SNAPSHOTS + " order by period desc, revision, id", OpenDataService::snapshot)) {
            String base = BASE + "/ratings/" + snapshot.id();
            List<Link> links = new ArrayList<>();
            links.add(new Link("datapackage", base + "/datapackage.json", "application/json"));
            for (RatingTable table : RatingTable.values()) {
                for (FileFormat format : FileFormat.values()) {
                    links.add(new Link("data", base + "/" + FILES + file(table, format), format.mediaType()));
                }
            }
            links.add(new Link("api", "/api/v1/ratings/snapshots/" + snapshot.id(), "application/json"));
            links.add(new Link("methodology", "/api/v1/criteria-sets/" + snapshot.criteriaSet(), "application/json"));
            datasets.add(new Dataset(
                    "rating-" + snapshot.id(),
                    DatasetKind.RATING,
                    snapshot.title() + " (" + snapshot.period() + "): rating, revision " + snapshot.revision(),
                    snapshot.createdAt(),
                    links));
        }
        db.list(
                        """
                        select id, name, edition, approved_at from methodology_published_criteria_set_view
                         order by name, edition, id
                        """,
                        rs -> new Dataset(
                                "methodology-" + rs.getObject("id", UUID.class),
                                DatasetKind.METHODOLOGY,
                                rs.getString("name") + ", ed. " + rs.getInt("edition"),
                                rs.getObject("approved_at", OffsetDateTime.class),
                                List.of(new Link(
                                        "api",
                                        "/api/v1/criteria-sets/" + rs.getObject("id", UUID.class),
                                        "application/json"))))
                .forEach(datasets::add);
        for (Campaign c : db.list(CAMPAIGNS + " order by period desc, id", OpenDataService::campaign)) {
            String base = EffectData.PATH + c.id();
            List<Link> links = new ArrayList<>();
            links.add(new Link("datapackage", base + "/datapackage.json", "application/json"));
            for (EffectTable table : EffectTable.values()) {
                for (FileFormat format : FileFormat.values()) {
                    links.add(new Link("data", base + "/" + FILES + file(table, format), format.mediaType()));
                }
            }
            links.add(new Link("api", "/api/v1/training/effect/campaigns/" + c.id(), "application/json"));
            links.add(new Link(
                    "changelog", "/api/v1/training/effect/campaigns/" + c.id() + "/revisions", "application/json"));
            datasets.add(new Dataset(
                    "training-effect-" + c.id(),
                    DatasetKind.TRAINING_EFFECT,
                    c.title() + " (" + c.period() + "): training effect",
                    null,
                    links));
        }
        datasets.add(registry("organizations", "Registry: organizations"));
        datasets.add(registry("accounts", "Registry: official accounts"));
        datasets.add(new Dataset(
                "certificates-register",
                DatasetKind.CERTIFICATES,
                "Register of certificates (удостоверения о повышении квалификации): issued and revoked",
                db.one(
                                "select updated_at from certificate_public_register_view order by updated_at desc limit 1",
                                rs -> rs.getObject(1, OffsetDateTime.class))
                        .orElse(null),
                List.of(
                        new Link("data", "/api/v1/certificates/register/export?format=csv", FileFormat.CSV.mediaType()),
                        new Link(
                                "data",
                                "/api/v1/certificates/register/export?format=ndjson",
                                FileFormat.NDJSON.mediaType()),
                        new Link("api", "/api/v1/certificates/register", "application/json"))));
        OffsetDateTime bulletin = db.one(
                        "select published_at from bulletin_published_revision_view order by published_at desc limit 1",
                        rs -> rs.getObject(1, OffsetDateTime.class))
                .orElse(null);
        for (String[] d : new String[][] {
            {"issues", "Bulletin of recommendations: published issues (every revision)"},
            {
                "follow-up",
                "Bulletin of recommendations: follow-up of recommendations (per criterion, municipality," + " sector)"
            }
        }) {
            String path = "/api/v1/bulletins/open-data/" + d[0];
            datasets.add(new Dataset(
                    "bulletin-" + d[0],
                    DatasetKind.BULLETIN,
                    d[1],
                    bulletin,
                    List.of(
                            new Link("data", path + "?format=csv", FileFormat.CSV.mediaType()),
                            new Link("data", path + "?format=ndjson", FileFormat.NDJSON.mediaType()),
                            new Link("api", "/api/v1/bulletins/issues", "application/json"))));
        }
        datasets.add(new Dataset(
                "registry-municipalities",
                DatasetKind.REGISTRY,
                "Registry: municipalities",
                null,
                List.of(new Link("api", "/api/v1/municipalities", "application/json"))));
        return new Catalogue("Digital Bridge open data", OpenDataViews.CC_BY, SOURCE, datasets);
    }

    private static Dataset registry(String list, String title) {
        String path = "/api/v1/" + list;
        return new Dataset(
                "registry-" + list,
                DatasetKind.REGISTRY,
                title,
                null,
                List.of(
                        new Link("data", path + "/export?format=csv", FileFormat.CSV.mediaType()),
                        new Link("data", path + "/export?format=ndjson", FileFormat.NDJSON.mediaType()),
                        new Link("data", path + "/export?format=xlsx", FileFormat.XLSX.mediaType()),
                        new Link("api", path, "application/json")));
    }

    static String file(Table table, FileFormat format) {
        return table.tableName() + "." + format.extension();
    }

    /** The descriptor of a campaign's edition, computing (once per edition) the hash of each deterministic file. */
    DataPackage dataPackage(Campaign campaign) {
        Map<String, long[]> sizes = new java.util.HashMap<>();
        Map<String, String> hashes = stored(campaign.id(), edition(campaign), sizes);
        List<Resource> resources = new ArrayList<>();
        for (ResultTable table : ResultTable.values()) {
            for (FileFormat format : FileFormat.values()) {
                if (!format.deterministic()) {
                    continue;
                }
                String name = file(table, format);
                if (!hashes.containsKey(name)) {
                    hash(
                            campaign.id(),
                            edition(campaign),
                            name,
                            out -> write(campaign, table, format, false, out),
                            hashes,
                            sizes);
                }
                resources.add(resource(table, format, name, sizes.get(name)[0], hashes.get(name)));
            }
        }
        return new DataPackage(
                "tabular-data-package",
                "digital-bridge-campaign-" + slug(campaign.period()),
                campaign.id(),
                campaign.title() + " (" + campaign.period() + "): published results",
                campaign.edition(),
                campaign.lastModified(),
                List.of(OpenDataViews.CC_BY),
                List.of(new Source(SOURCE, BASE)),
                campaign.criteriaSet(),
                resources);
    }

    /** The stored hashes (and sizes) of a dataset edition's files. */
    private Map<String, String> stored(UUID dataset, String edition, Map<String, long[]> sizes) {
        return db
                .list(
                        "select file, sha256, bytes from open_data_file where dataset = ? and edition = ?",
                        rs -> {
                            sizes.put(rs.getString("file"), new long[] {rs.getLong("bytes")});
                            return Map.entry(rs.getString("file"), rs.getString("sha256"));
                        },
                        dataset,
                        edition)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Writes a file to a digest (not to memory), keeps its hash and size, and stores them for the edition. */
    private void hash(
            UUID dataset,
            String edition,
            String name,
            FileBody body,
            Map<String, String> hashes,
            Map<String, long[]> sizes) {
        MessageDigest digest = sha256();
        long[] count = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try (DigestOutputStream out = new DigestOutputStream(sink, digest)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hex = HexFormat.of().formatHex(digest.digest());
        db.update("""
                insert into open_data_file (dataset, edition, file, sha256, bytes) values (?, ?, ?, ?, ?)
                on conflict do nothing
                """, dataset, edition, name, hex, count[0]);
        hashes.put(name, hex);
        sizes.put(name, new long[] {count[0]});
    }

    private static String edition(Campaign campaign) {
        return FILE_LAYOUT + ":" + campaign.edition();
    }

    /** A validator of one file of one edition: the same bytes for the same tag (weak for XLSX). */
    static String tag(Campaign campaign, String file, boolean excel) {
        byte[] digest = sha256().digest((edition(campaign) + "|" + campaign.id() + "|" + file + "|" + excel)
                .getBytes(StandardCharsets.UTF_8));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    }

    /** Writes one table of a campaign's edition to {@code out}, row by row. */
    void write(Campaign campaign, ResultTable table, FileFormat format, boolean excel, OutputStream out)
            throws IOException {
        String source = SOURCE + ", " + BASE + "/campaigns/" + campaign.id();
        try (TableWriter writer = TableWriter.open(format, table, out, json, excel, source)) {
            Function<ResultSet, List<Object>> reader =
                    table == ResultTable.EVALUATIONS ? rs -> evaluationRow(rs, campaign) : OpenDataService::answerRow;
            db.stream(
                    table == ResultTable.EVALUATIONS ? EVALUATIONS : ANSWERS,
                    FETCH,
                    rs -> {
                        try {
                            writer.row(reader.apply(rs));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    campaign.id());
        }
    }

    private static final String EVALUATIONS = """
            select v.id, v.revision, v.revised_at, v.index_value, v.account_id, v.account_name, v.account_url,
                   v.platform, v.organization_id, v.organization_name, v.organization_inn, v.organization_kind,
                   v.sector, v.municipality_id, v.municipality_name
              from monitoring_published_evaluation_view v
             where v.campaign_id = ?
             order by v.id
            """;

    private static final String ANSWERS = """
            select v.id, v.revision, x.a ->> 'criterionId' as criterion_id, x.a ->> 'code' as code,
                   (x.a ->> 'value')::numeric as value, (x.a ->> 'notApplicable')::boolean as not_applicable,
                   x.a ->> 'naReason' as na_reason, (x.a ->> 'points')::numeric as points,
                   (x.a ->> 'maxPoints')::numeric as max_points, x.a ->> 'evidenceUrl' as evidence_url
              from monitoring_published_evaluation_view v
             cross join lateral jsonb_array_elements(v.answers) with ordinality as x(a, n)
             where v.campaign_id = ?
             order by v.id, x.n
            """;

    private static List<Object> evaluationRow(ResultSet rs, Campaign campaign) {
        try {
            return Arrays.asList(
                    rs.getObject("id", UUID.class).toString(),
                    rs.getInt("revision"),
                    rs.getObject("revised_at", OffsetDateTime.class),
                    campaign.id().toString(),
                    campaign.period(),
                    rs.getObject("account_id", UUID.class).toString(),
                    rs.getString("account_name"),
                    rs.getString("account_url"),
                    rs.getString("platform"),
                    rs.getObject("organization_id", UUID.class).toString(),
                    rs.getString("organization_name"),
                    rs.getString("organization_inn"),
                    rs.getString("organization_kind"),
                    rs.getString("sector"),
                    rs.getObject("municipality_id", UUID.class).toString(),
                    rs.getString("municipality_name"),
                    rs.getBigDecimal("index_value"));
        } catch (SQLException e) {
            throw new IllegalStateException("result row", e);
        }
    }

    private static List<Object> answerRow(ResultSet rs) {
        try {
            boolean notApplicable = rs.getBoolean("not_applicable");
            return Arrays.asList(
                    rs.getObject("id", UUID.class).toString(),
                    rs.getInt("revision"),
                    rs.getString("criterion_id"),
                    rs.getString("code"),
                    rs.getBigDecimal("value"),
                    notApplicable,
                    rs.getString("na_reason"),
                    rs.getBigDecimal("points"),
                    rs.getBigDecimal("max_points"),
                    rs.getString("evidence_url"));
        } catch (SQLException e) {
            throw new IllegalStateException("answer row", e);
        }
    }

    // ---- rating snapshots: one dataset per revision; a snapshot never changes, so its files are hashed once

    /** A published rating snapshot revision. */
    record Snapshot(
            UUID id,
            UUID campaignId,
            String title,
            String period,
            int revision,
            OffsetDateTime createdAt,
            UUID criteriaSet) {}

    private static final String SNAPSHOTS = """
            select id, campaign_id, campaign_title, period, revision, created_at, criteria_set_id
              from rating_published_snapshot_view
            """;

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        return new Snapshot(
                rs.getObject("id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("campaign_title"),
                rs.getString("period"),
                rs.getInt("revision"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("criteria_set_id", UUID.class));
    }

    Optional<Snapshot> snapshot(UUID id) {
        return db.one(SNAPSHOTS + " where id = ?", OpenDataService::snapshot, id);
    }

    private static final String RATING_EDITION = FILE_LAYOUT + ":rating";

    /** The descriptor of a snapshot revision's files, hashing (once) each deterministic file. */
    DataPackage dataPackage(Snapshot snapshot) {
        Map<String, long[]> sizes = new java.util.HashMap<>();
        Map<String, String> hashes = stored(snapshot.id(), RATING_EDITION, sizes);
        List<Resource> resources = new ArrayList<>();
        for (RatingTable table : RatingTable.values()) {
            for (FileFormat format : FileFormat.values()) {
                if (!format.deterministic()) {
                    continue;
                }
                String name = file(table, format);
                if (!hashes.containsKey(name)) {
                    hash(
                            snapshot.id(),
                            RATING_EDITION,
                            name,
                            out -> write(snapshot, table, format, false, out),
                            hashes,
                            sizes);
                }
                resources.add(resource(table, format, name, sizes.get(name)[0], hashes.get(name)));
            }
        }
        return new DataPackage(
                "tabular-data-package",
                "digital-bridge-rating-" + slug(snapshot.period()) + "-r" + snapshot.revision(),
                snapshot.id(),
                snapshot.title() + " (" + snapshot.period() + "): rating, revision " + snapshot.revision(),
                Integer.toString(snapshot.revision()),
                snapshot.createdAt(),
                List.of(OpenDataViews.CC_BY),
                List.of(new Source(SOURCE, BASE)),
                snapshot.criteriaSet(),
                resources);
    }

    /** A validator of one file of a snapshot: its bytes never change. */
    static String tag(Snapshot snapshot, String file, boolean excel) {
        byte[] digest = sha256().digest((RATING_EDITION + "|" + snapshot.id() + "|" + file + "|" + excel)
                .getBytes(StandardCharsets.UTF_8));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    }

    /** Writes one level of a snapshot, every peer group, in a fixed order (peer group, place, name, unit). */
    void write(Snapshot snapshot, RatingTable table, FileFormat format, boolean excel, OutputStream out)
            throws IOException {
        String source = SOURCE + ", " + BASE + "/ratings/" + snapshot.id();
        try (TableWriter writer = TableWriter.open(format, table, out, json, excel, source)) {
            db.stream(
                    """
                    select * from rating_published_row_view
                     where snapshot_id = ? and level = ?
                     order by peer_group, peer_key, place_from nulls last, name, unit_id
                    """,
                    FETCH,
                    rs -> {
                        try {
                            writer.row(ratingRow(rs, snapshot));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    snapshot.id(),
                    table.level());
        }
    }

    private static List<Object> ratingRow(ResultSet rs, Snapshot snapshot) {
        try {
            UUID evaluation = rs.getObject("evaluation_id", UUID.class);
            UUID organization = rs.getObject("organization_id", UUID.class);
            UUID municipality = rs.getObject("municipality_id", UUID.class);
            return Arrays.asList(
                    snapshot.id().toString(),
                    snapshot.revision(),
                    snapshot.campaignId().toString(),
                    rs.getString("level"),
                    rs.getString("peer_group"),
                    rs.getString("peer_key"),
                    rs.getString("unit_id"),
                    rs.getString("name"),
                    evaluation == null ? null : evaluation.toString(),
                    (Integer) rs.getObject("evaluation_revision"),
                    organization == null ? null : organization.toString(),
                    municipality == null ? null : municipality.toString(),
                    rs.getString("municipality_name"),
                    rs.getString("sector"),
                    rs.getString("kind"),
                    rs.getString("platform"),
                    rs.getInt("evaluated"),
                    rs.getInt("total"),
                    rs.getBigDecimal("index_value"),
                    rs.getBoolean("ranked"),
                    (Integer) rs.getObject("place_from"),
                    (Integer) rs.getObject("place_to"),
                    (Integer) rs.getObject("place_of"),
                    rs.getBigDecimal("previous_index"),
                    rs.getBigDecimal("index_delta"),
                    (Integer) rs.getObject("previous_place"),
                    (Integer) rs.getObject("place_delta"));
        } catch (SQLException e) {
            throw new IllegalStateException("rating row", e);
        }
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    private static Resource resource(Table table, FileFormat format, String name, long bytes, String hash) {
        TableSchema schema = new TableSchema(table.columns().stream()
                .map(c -> new Field(c.name(), c.type(), c.description(), new FieldConstraints(c.required())))
                .toList());
        return new Resource(
                table.tableName() + "-" + format.extension(),
                FILES + name,
                table.title(),
                "tabular-data-resource",
                format.extension(),
                format.mediaType().replace("; charset=UTF-8", ""),
                "utf-8",
                bytes,
                "sha256:" + hash,
                schema);
    }

    @FunctionalInterface
    private interface FileBody {
        void write(OutputStream out) throws IOException;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
