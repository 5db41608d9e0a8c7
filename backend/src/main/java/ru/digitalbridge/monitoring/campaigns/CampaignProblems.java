package ru.digitalbridge.monitoring.campaigns;

import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/** The problems of campaigns and assignments (texts in the message bundles under the same names). */
final class CampaignProblems {

    private CampaignProblems() {}

    static ProblemException campaignNotFound(UUID id) {
        return ProblemException.notFound("campaign.entity.campaign", id);
    }

    static ProblemException evaluationNotFound(UUID id) {
        return ProblemException.notFound("campaign.entity.evaluation", id);
    }

    static ProblemException staleVersion() {
        return ProblemException.conflict("stale-version");
    }

    static Violation violation(String field, String messageKey) {
        return new Violation(field, "{" + messageKey + "}");
    }

    static ProblemException criteriaSetNotApproved() {
        return new ProblemException(
                422,
                "campaign-criteria-set-not-approved",
                "campaign-criteria-set-not-approved",
                List.of(violation("criteriaSetId", "campaign.criteria-set.not-approved")));
    }

    /** The campaign's stage does not allow the change. */
    static ProblemException stage(CampaignStage stage) {
        return ProblemException.conflict("campaign-stage", "campaign.stage." + stage.name())
                .with("stage", stage);
    }
}
