package ru.digitalbridge.monitoring.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/**
 * Query parameters of the assignments list, parsed; null means "any". A value that does not parse is a 400 naming
 * the parameter.
 */
record AssignmentFilter(
        UUID campaign,
        UUID expert,
        UUID municipality,
        AssignmentStatus status,
        AssignmentRole role,
        Boolean overdue,
        boolean mine) {

    static AssignmentFilter parse(
            String campaign,
            String expert,
            String municipality,
            String status,
            String role,
            String overdue,
            String mine) {
        List<Violation> violations = new ArrayList<>();
        var filter = new AssignmentFilter(
                uuid("campaign", campaign, violations),
                uuid("expert", expert, violations),
                uuid("municipality", municipality, violations),
                choice("status", status, AssignmentStatus.class, violations),
                choice("role", role, AssignmentRole.class, violations),
                bool("overdue", overdue, violations),
                Boolean.TRUE.equals(bool("mine", mine, violations)));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return filter;
    }

    private static UUID uuid(String name, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(CampaignProblems.violation(name, "invalid-value.field"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(CampaignProblems.violation(name, "invalid-value.field"));
            return null;
        }
    }

    private static Boolean bool(String name, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                violations.add(CampaignProblems.violation(name, "invalid-value.field"));
                yield null;
            }
        };
    }
}
