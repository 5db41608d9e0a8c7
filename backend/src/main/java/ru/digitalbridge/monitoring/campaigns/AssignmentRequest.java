package ru.digitalbridge.monitoring.campaigns;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Give an evaluation to another expert; {@code version} is the evaluation version the client last saw. */
public record AssignmentRequest(
        @NotNull UUID expertId, @NotNull Long version) {}
