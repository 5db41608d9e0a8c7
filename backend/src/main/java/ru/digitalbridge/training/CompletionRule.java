package ru.digitalbridge.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's completion rule and its evaluation, without a database. Attendance counts the sessions a learner was
 * present at against the cohort's sessions less those the learner was excused from; a cohort without sessions (or a
 * learner excused from all) cannot meet an attendance requirement. Assignments: every required assignment's latest
 * submission is graded PASS. Final test: at least one attempt passed.
 *
 * @param attendancePercent the share of sessions to attend, 1–100, or null for no attendance requirement
 */
public record CompletionRule(Integer attendancePercent, boolean requireAssignments, boolean requireFinalTest) {

    /** What a learner has done so far. */
    public record Progress(
            int sessions, int present, int excused, int requiredAssignments, int requiredPassed, boolean testPassed) {}

    /** Whether the rule is met, and which of its parts are not (ATTENDANCE, ASSIGNMENTS, FINAL_TEST). */
    public record Outcome(boolean met, Integer attendedPercent, List<String> missing) {}

    public Outcome evaluate(Progress progress) {
        List<String> missing = new ArrayList<>();
        int counted = progress.sessions() - progress.excused();
        Integer attended = counted > 0 ? (int) Math.floor(100.0 * progress.present() / counted) : null;
        if (attendancePercent != null
                && (counted <= 0 || 100L * progress.present() < (long) attendancePercent * counted)) {
            missing.add("ATTENDANCE");
        }
        if (requireAssignments && progress.requiredPassed() < progress.requiredAssignments()) {
            missing.add("ASSIGNMENTS");
        }
        if (requireFinalTest && !progress.testPassed()) {
            missing.add("FINAL_TEST");
        }
        return new Outcome(missing.isEmpty(), attended, List.copyOf(missing));
    }
}
