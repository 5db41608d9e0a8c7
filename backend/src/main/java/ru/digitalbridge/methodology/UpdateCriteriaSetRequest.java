package ru.digitalbridge.methodology;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The whole new content of a draft and the version it was read at. Criteria are matched by code: a criterion
 * whose code is still there keeps its id; the others are removed; new codes are added.
 */
public record UpdateCriteriaSetRequest(
        @NotBlank @Size(max = CriteriaSetRequest.NAME_MAX) String name,
        @Size(max = CriteriaSetRequest.DESCRIPTION_MAX) String description,
        @Size(max = CriteriaSetRequest.CRITERIA_MAX) List<@Valid CriterionInput> criteria,
        @NotNull Long version) {}
