package ru.digitalbridge.opendata;

import java.util.List;

/**
 * The tables of a campaign's training effect (docs/training.md, "Training effect"): the accounts with what the effect
 * used of each — the published evaluation, the month the account's owner first completed a course, its group and its
 * evaluation before the course — and the figures computed from them.
 */
enum EffectTable implements Table {
    ACCOUNTS(
            "accounts",
            "One row per account evaluated in the campaign: its published index and median answer hours, the month its"
                    + " owner first completed a course, its group, and its evaluation before the course",
            List.of(
                    new Column("campaign_id", "string", true, "Campaign id (UUID)"),
                    new Column("campaign_period", "string", true, "Campaign period, e.g. 2023-Q1"),
                    new Column("evaluation_id", "string", true, "The published evaluation (UUID)"),
                    new Column("evaluation_revision", "integer", true, "Its current published revision"),
                    new Column("account_id", "string", true, "Account id (UUID), registry data"),
                    new Column("account_name", "string", true, "Account name as published"),
                    new Column("organization_id", "string", true, "Organization id (UUID)"),
                    new Column("organization_name", "string", true, "Organization name as published"),
                    new Column("index", "number", false, "The evaluation's published index"),
                    new Column(
                            "median_answer_hours",
                            "number",
                            false,
                            "The published value of the criterion measuring the median hours to the first answer"),
                    new Column(
                            "course_month",
                            "string",
                            false,
                            "YYYY-MM: the month a learner linked to the account first completed a course; empty if none"),
                    new Column(
                            "standing",
                            "string",
                            true,
                            "GRADUATE (course before the period), TRAINED_DURING (within it) or NOT_TRAINED"),
                    new Column(
                            "first_after_course",
                            "boolean",
                            true,
                            "Whether this is the account's first published campaign starting after its course"),
                    new Column("before_campaign_id", "string", false, "The latest campaign ending before the course"),
                    new Column("before_campaign_period", "string", false, "Its period"),
                    new Column("before_evaluation_id", "string", false, "The account's evaluation there"),
                    new Column("before_evaluation_revision", "integer", false, "Its current published revision"),
                    new Column("before_index", "number", false, "Its published index"),
                    new Column("before_median_answer_hours", "number", false, "Its median answer hours"))),
    FIGURES(
            "figures",
            "The training effect: per comparison, group and measure the count (n) and the value; values of groups"
                    + " and criteria under the minimum count are empty (suppressed)",
            List.of(
                    new Column("campaign_id", "string", true, "Campaign id (UUID)"),
                    new Column(
                            "comparison",
                            "string",
                            true,
                            "GRADUATES_VS_NOT_TRAINED or BEFORE_AFTER (the same accounts before and after the course)"),
                    new Column(
                            "group",
                            "string",
                            true,
                            "GRADUATES, NOT_TRAINED, BEFORE, AFTER, or DIFFERENCE (graduates − not trained, after −"
                                    + " before; PAIRED for the median of each account's change)"),
                    new Column(
                            "measure",
                            "string",
                            true,
                            "ACCOUNTS, MEDIAN_INDEX, MEDIAN_ANSWER_HOURS, CRITERION_MET_SHARE or MEDIAN_INDEX_CHANGE"),
                    new Column("criterion_code", "string", false, "CRITERION_MET_SHARE: the criterion code"),
                    new Column("n", "integer", true, "Accounts the value is computed over"),
                    new Column("met", "integer", false, "CRITERION_MET_SHARE: accounts meeting the criterion"),
                    new Column("value", "number", false, "The figure; empty when suppressed or not applicable"),
                    new Column("suppressed", "boolean", true, "Whether the value is withheld: n under the minimum")));

    private final Spec spec;

    EffectTable(String name, String title, List<Column> columns) {
        this.spec = new Spec(name, title, columns);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
