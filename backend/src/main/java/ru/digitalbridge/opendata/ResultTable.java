package ru.digitalbridge.opendata;

import java.util.List;

/** The two tables of a campaign's published results, with their columns in file order. */
enum ResultTable implements Table {
    EVALUATIONS(
            "evaluations",
            "One row per published evaluation: the subject as published and its index",
            List.of(
                    new Column("evaluation_id", "string", true, "Evaluation id (UUID)"),
                    new Column("revision", "integer", true, "Published revision: 1 at publication, +1 per correction"),
                    new Column("revised_at", "datetime", true, "When this revision was published (UTC)"),
                    new Column("campaign_id", "string", true, "Campaign id (UUID)"),
                    new Column("campaign_period", "string", true, "Campaign period, e.g. 2023-Q1"),
                    new Column("account_id", "string", true, "Account id (UUID)"),
                    new Column("account_name", "string", true, "Account name"),
                    new Column("account_url", "string", true, "Account URL"),
                    new Column("platform", "string", true, "Platform code (VK, OK, TELEGRAM, …)"),
                    new Column("organization_id", "string", true, "Organization id (UUID)"),
                    new Column("organization_name", "string", true, "Organization name"),
                    new Column("organization_inn", "string", false, "Organization INN (taxpayer number)"),
                    new Column("organization_kind", "string", true, "Organization kind code"),
                    new Column("sector", "string", true, "Sector code"),
                    new Column("municipality_id", "string", true, "Municipality id (UUID)"),
                    new Column("municipality_name", "string", true, "Municipality name"),
                    new Column(
                            "index",
                            "number",
                            false,
                            "Index 0–100: points over the maximum of the applicable criteria; empty when none applied"))),
    ANSWERS(
            "answers",
            "One row per published evaluation and criterion: the value, points, reason for not applicable, evidence",
            List.of(
                    new Column("evaluation_id", "string", true, "Evaluation id (UUID), see the evaluations table"),
                    new Column("revision", "integer", true, "Published revision of the evaluation"),
                    new Column("criterion_id", "string", true, "Criterion id (UUID) in the campaign's criteria set"),
                    new Column("criterion_code", "string", true, "Criterion code, stable across methodology editions"),
                    new Column("value", "number", false, "Value: 1/0 for yes/no, the level, or the measured number"),
                    new Column("not_applicable", "boolean", true, "Whether the criterion did not apply"),
                    new Column("na_reason", "string", false, "Why it did not apply"),
                    new Column("points", "number", false, "Points awarded"),
                    new Column("max_points", "number", true, "Points possible"),
                    new Column("evidence_url", "string", false, "Link to the evidence")));

    private final Spec spec;

    ResultTable(String name, String title, List<Column> columns) {
        this.spec = new Spec(name, title, columns);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
