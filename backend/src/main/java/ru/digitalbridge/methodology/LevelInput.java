package ru.digitalbridge.methodology;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One level of a SCALE criterion as an editor sends it: the value an expert picks, its label and points. */
public record LevelInput(
        @NotNull @Min(0) @Max(1000) Integer value,
        @NotBlank @Size(max = CriterionInput.LABEL_MAX) String label,

        @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 3)
        BigDecimal points) {}
