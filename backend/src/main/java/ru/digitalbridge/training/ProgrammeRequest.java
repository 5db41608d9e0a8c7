package ru.digitalbridge.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme edition as written by its author. Total hours are at least 16 (the floor for a further-training
 * programme) and equal the sum of the modules' hours; a module's topics, when they carry hours, sum to the
 * module's. {@code version} is required when replacing a draft (optimistic locking) and ignored on create.
 */
public record ProgrammeRequest(
        Long version,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 5000) String annotation,
        @NotNull @Min(16) @Max(2000) Integer totalHours,
        @NotNull ProgrammeForm form,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Module> modules,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> outcomes,
        @NotNull @Valid Issuer issuer) {

    /** A module: its hours, topics and the final-test questions drawn from it. */
    public record Module(
            @NotBlank @Size(max = 500) String title,
            @NotNull @Min(1) @Max(2000) Integer hours,
            @Size(max = 100) List<@Valid @NotNull Topic> topics,
            @Size(max = 200) List<@Valid @NotNull Question> questions) {}

    public record Topic(
            @NotBlank @Size(max = 500) String title,
            @Min(0) @Max(2000) Integer hours) {}

    /** A test question; {@code correct} holds the 0-based indexes of the right options (one unless multiple). */
    public record Question(
            @NotBlank @Size(max = 2000) String text,
            boolean multiple,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 500) String> options,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Min(0) @Max(9) Integer> correct) {}

    /** The issuing organisation: name, INN (10 digits with its check digit), education licence number and date. */
    public record Issuer(
            @NotBlank @Size(max = 500) String name,
            @NotNull @Pattern(regexp = "\\d{10}") String inn,
            @NotBlank @Size(max = 100) String licenceNumber,
            @NotNull LocalDate licenceDate) {}
}
