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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new campaign. {@code period} is a quarter, a half-year or a year ({@code 2023-Q1}, {@code 2023-H2},
 * {@code 2023-Y}); the criteria set must be APPROVED; {@code reviewDeadline} is not before
 * {@code evaluationDeadline}. Defaults: doubleShare 0.1, replyDays 10, keepMunicipalities true.
 */
public record CampaignRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = PERIOD) String period,
        @NotNull UUID criteriaSetId,
        @NotNull @Valid CampaignScope scope,
        @NotNull LocalDate evaluationDeadline,
        @NotNull LocalDate reviewDeadline,

        @Schema(description = "Share of accounts evaluated twice, blind (0..1, default 0.1)")
        @DecimalMin("0")
        @DecimalMax("1")
        @Digits(integer = 1, fraction = 3)
        BigDecimal doubleShare,

        @Schema(description = "Length of the right-of-reply window in days (1..90, default 10)") @Min(1) @Max(90)
        Integer replyDays,

        @Schema(description = "Prefer experts who know the account's municipality (default true)")
        Boolean keepMunicipalities)
        implements CampaignFields {

    static final String PERIOD = "^\\d{4}-(Q[1-4]|H[12]|Y)$";
}
