package ru.digitalbridge.monitoring.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A campaign's new settings (as {@link CampaignRequest}) with the version the client last saw. */
public record CampaignUpdateRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = CampaignRequest.PERIOD) String period,
        @NotNull UUID criteriaSetId,
        @NotNull @Valid CampaignScope scope,
        @NotNull LocalDate evaluationDeadline,
        @NotNull LocalDate reviewDeadline,

        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 3)
        BigDecimal doubleShare,

        @Min(1) @Max(90) Integer replyDays,
        Boolean keepMunicipalities,
        @NotNull Long version)
        implements CampaignFields {}
