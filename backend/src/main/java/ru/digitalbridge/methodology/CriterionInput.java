package ru.digitalbridge.methodology;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * A criterion as the editor sends it. What each type needs: BOOLEAN nothing more; SCALE at least two
 * {@code levels}; NUMERIC {@code thresholds} and {@code direction}; DERIVED those and a {@code metric}. Fields a
 * type does not use must be absent (empty lists and blank text count as absent). Applicability lists that are
 * empty or absent mean "every platform / sector / kind". The maximum points are computed, never sent.
 */
public record CriterionInput(
        @NotBlank @Size(max = CODE_MAX) @Pattern(regexp = CODE_PATTERN) @Schema(example = "PROFILE.PHONE")
        String code,

        @NotNull CriterionGroup group,
        @NotBlank @Size(max = TITLE_MAX) String title,

        @Size(max = TEXT_MAX) @Schema(description = "How to check")
        String guidance,

        @Size(max = TEXT_MAX) @Schema(description = "How to fix; prefilled into evaluations below the maximum")
        String recommendation,

        @Schema(description = "Required by a norm (else recommended); default false")
        Boolean normative,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 3)
        BigDecimal weight,

        @NotNull CriterionType type,
        @Size(max = 20) List<@Valid LevelInput> levels,

        @Size(max = 20) @Schema(description = "Checked in order; the first match wins; none → 0 points")
        List<@Valid ThresholdInput> thresholds,

        Direction direction,
        @Size(max = 40) @Schema(example = "HOURS") String unit,
        Metric metric,
        List<Platform> platforms,
        List<Sector> sectors,
        List<OrganizationKind> organizationKinds) {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*$";
    public static final int CODE_MAX = 60;
    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;
    public static final int LABEL_MAX = 200;
}
