package ru.digitalbridge.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Proposes an issue's blocks and its personal sections from a published campaign and its newest rating snapshot.
 * The rules are in docs/bulletins.md ("Compile rules").
 */
@ApplicationScoped
public class BulletinCompiler {

    /** What the compiler proposes: the public document and each organisation's personal section. */
    public record Compiled(UUID snapshotId, BulletinDocument document, Map<UUID, BulletinDocument> sections) {}

    /** The public blocks proposed for an issue compiled from {@code campaignId} with snapshot {@code snapshotId}. */
    public Compiled compile(UUID campaignId, UUID snapshotId) {
        return new Compiled(snapshotId, BulletinDocument.EMPTY, Map.of());
    }
}
