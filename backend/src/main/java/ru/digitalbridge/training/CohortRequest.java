package ru.digitalbridge.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort of an approved programme edition: dates, capacity, trainers (users holding TRAINER), the completion rule,
 * the final test's settings and whether certificates are issued automatically on completion. {@code version} is
 * required when replacing a cohort and ignored on create.
 */
public record CohortRequest(
        Long version,
        @NotNull UUID programmeId,
        @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(1) @Max(10000) Integer capacity,
        boolean autoIssue,
        @NotNull @Size(max = 20) List<@NotNull UUID> trainerIds,
        @NotNull @Valid Completion completion,
        @NotNull @Valid FinalTest finalTest) {

    /** The completion rule: attendance share (null: none), required assignments, final test. */
    public record Completion(
            @Min(1) @Max(100) Integer attendancePercent, boolean requireAssignments, boolean requireFinalTest) {}

    /** The final test: pass mark in percent, attempts allowed, questions drawn from each module's bank. */
    public record FinalTest(
            @NotNull @Min(1) @Max(100) Integer passPercent,
            @NotNull @Min(1) @Max(20) Integer attempts,
            @NotNull @Min(1) @Max(100) Integer questionsPerModule) {}
}
