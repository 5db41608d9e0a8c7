package ru.digitalbridge.opendata;

import java.util.List;

/**
 * The tables of a rating snapshot, one per level, each with every peer group (overall, by sector, by kind). The
 * columns are those of the rating rows the API serves; a snapshot never changes, so neither do its files.
 */
enum RatingTable implements Table {
    ACCOUNTS("accounts", "ACCOUNT", "The rating of accounts: one row per account and peer group"),
    ORGANIZATIONS(
            "organizations",
            "ORGANIZATION",
            "The rating of organizations (the mean of their evaluated accounts): one row per organization and peer"
                    + " group"),
    MUNICIPALITIES(
            "municipalities",
            "MUNICIPALITY",
            "The rating of municipalities (the mean of their ranked organizations, with coverage): one row per"
                    + " municipality and peer group"),
    SECTORS(
            "sectors",
            "SECTOR",
            "The rating of sectors (the mean of their ranked organizations, with coverage): one row per sector");

    private static final List<Column> COLUMNS = List.of(
            new Column("snapshot_id", "string", true, "Rating snapshot id (UUID)"),
            new Column("snapshot_revision", "integer", true, "Snapshot revision: 1 at publication, +1 per correction"),
            new Column("campaign_id", "string", true, "Campaign id (UUID)"),
            new Column("level", "string", true, "ACCOUNT, ORGANIZATION, MUNICIPALITY or SECTOR"),
            new Column("peer_group", "string", true, "OVERALL, SECTOR or KIND: who the unit is ranked against"),
            new Column("peer_key", "string", false, "The sector or kind of the peer group; empty for OVERALL"),
            new Column("unit_id", "string", true, "The account, organization or municipality id, or the sector code"),
            new Column("name", "string", true, "The unit's name as published"),
            new Column("evaluation_id", "string", false, "ACCOUNT: the evaluation id (UUID)"),
            new Column("evaluation_revision", "integer", false, "ACCOUNT: the evaluation's published revision"),
            new Column("organization_id", "string", false, "The organization (UUID) of an account or organization"),
            new Column("municipality_id", "string", false, "Municipality id (UUID)"),
            new Column("municipality_name", "string", false, "Municipality name"),
            new Column("sector", "string", false, "Sector code"),
            new Column("kind", "string", false, "Organization kind code"),
            new Column("platform", "string", false, "ACCOUNT: platform code"),
            new Column("evaluated", "integer", true, "Evaluated accounts or organizations in the unit"),
            new Column("total", "integer", true, "Accounts or organizations of the unit in the campaign"),
            new Column("index", "number", false, "Index 0–100 (one decimal); empty when nothing applied"),
            new Column("ranked", "boolean", true, "Whether the unit has enough data to be ranked"),
            new Column("place_from", "integer", false, "Place (competition ranking: ties share the first place)"),
            new Column("place_to", "integer", false, "The last place of a tie (equal to place_from when untied)"),
            new Column("place_of", "integer", false, "Ranked units in the peer group"),
            new Column("previous_index", "number", false, "Index in the previous comparable campaign"),
            new Column("index_delta", "number", false, "Index change against the previous comparable campaign"),
            new Column("previous_place", "integer", false, "Place in the previous comparable campaign"),
            new Column("place_delta", "integer", false, "Places gained (positive) since the previous campaign"));

    private final String name;
    private final String level;
    private final String title;

    RatingTable(String name, String level, String title) {
        this.name = name;
        this.level = level;
        this.title = title;
    }

    /** Every level has the same columns (a static list, so read here rather than in the constructor). */
    @Override
    public Spec spec() {
        return new Spec(name, title, COLUMNS);
    }

    /** The rating level of the rows ({@code rating_row.level}). */
    String level() {
        return level;
    }
}
