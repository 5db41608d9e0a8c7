package ru.digitalbridge.training;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a learner stands against the completion rule: met or not, the day it was met, the attended share of the
 * counted sessions (null without any), and which parts are missing: ATTENDANCE, ASSIGNMENTS, FINAL_TEST.
 */
public record CompletionStatus(
        boolean met,
        @Schema(nullable = true) LocalDate metOn,
        @Schema(nullable = true) Integer attendedPercent,
        List<String> missing) {}
