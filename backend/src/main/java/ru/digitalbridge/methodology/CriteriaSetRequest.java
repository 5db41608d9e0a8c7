package ru.digitalbridge.methodology;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new draft criteria set: its name, description and criteria in display order (may start empty). */
public record CriteriaSetRequest(
        @NotBlank @Size(max = CriteriaSetRequest.NAME_MAX) String name,
        @Size(max = CriteriaSetRequest.DESCRIPTION_MAX) String description,
        @Size(max = CriteriaSetRequest.CRITERIA_MAX) List<@Valid CriterionInput> criteria) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CRITERIA_MAX = 200;
}
