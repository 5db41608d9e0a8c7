package ru.digitalbridge.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme edition with its modules, topics, question bank, outcomes and issuer. Staff and trainers only. */
public record ProgrammeResponse(
        UUID id,
        long version,
        UUID familyId,
        int edition,
        ProgrammeStatus status,
        String title,
        @Schema(nullable = true) String annotation,
        int totalHours,
        ProgrammeForm form,
        List<ProgrammeRequest.Module> modules,
        List<String> outcomes,
        ProgrammeRequest.Issuer issuer,
        @Schema(nullable = true) OffsetDateTime approvedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
