package ru.digitalbridge.monitoring.campaigns;

import java.util.List;
import java.util.UUID;

/**
 * What an automatic assignment did: PRIMARY evaluations created, SECOND (blind double) evaluations created, and
 * every expert's workload in the campaign afterwards ({@code count}: evaluations of both roles they hold).
 */
public record AssignmentSummary(int assigned, int doubles, List<ExpertLoad> perExpert) {

    public record ExpertLoad(UUID expertId, String fullName, long count) {}
}
