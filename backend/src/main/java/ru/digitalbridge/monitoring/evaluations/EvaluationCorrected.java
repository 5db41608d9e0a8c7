package ru.digitalbridge.monitoring.evaluations;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Fired (synchronously, inside the correcting transaction) after a published evaluation got its next revision: which
 * evaluation, of which campaign, the revision, the reason and the index before and after.
 */
public record EvaluationCorrected(
        UUID campaignId,
        UUID evaluationId,
        int revision,
        String reason,
        BigDecimal indexBefore,
        BigDecimal indexAfter) {}
