package ru.digitalbridge.monitoring.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a create and an update of a campaign have in common. */
interface CampaignFields {
    String title();

    String period();

    UUID criteriaSetId();

    CampaignScope scope();

    LocalDate evaluationDeadline();

    LocalDate reviewDeadline();

    BigDecimal doubleShare();

    Integer replyDays();

    Boolean keepMunicipalities();
}
