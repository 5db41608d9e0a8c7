package ru.digitalbridge.methodology;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One threshold of a NUMERIC or DERIVED criterion as an editor sends it (see {@link Threshold}). */
public record ThresholdInput(
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3)
        BigDecimal bound,

        @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 3)
        BigDecimal points) {}
