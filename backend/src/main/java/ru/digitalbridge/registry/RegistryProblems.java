package ru.digitalbridge.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/** The registry's problems, built on the common {@link ProblemException}. */
final class RegistryProblems {

    private RegistryProblems() {}

    static ProblemException organizationNotFound(UUID id) {
        return ProblemException.notFound("entity.organization", id);
    }

    static ProblemException accountNotFound(UUID id) {
        return ProblemException.notFound("entity.account", id);
    }

    static ProblemException staleVersion() {
        return ProblemException.conflict("stale-version");
    }

    static ProblemException invalidUrl(AccountUrls.InvalidUrlException failure) {
        var error = ImportRows.urlError("url", failure);
        return ProblemException.invalidField(
                        "url", error.messageKey(), error.args().toArray())
                .with("supportedPlatforms", supportedPlatforms());
    }

    /** The platforms and hosts an account URL may be on, as problem extension members. */
    static List<Map<String, Object>> supportedPlatforms() {
        List<Map<String, Object>> platforms = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            if (!platform.hosts().isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("code", platform.name());
                entry.put("hosts", platform.hosts());
                platforms.add(entry);
            }
        }
        return platforms;
    }

    static String supportedPlatformList() {
        List<String> hosts = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            if (!platform.hosts().isEmpty()) {
                hosts.add(platform.enName() + " (" + String.join(", ", platform.hosts()) + ")");
            }
        }
        return String.join("; ", hosts);
    }

    static ProblemException invalid(List<Violation> violations) {
        return ProblemException.invalid(violations);
    }

    static Violation violation(String field, String messageKey) {
        return new Violation(field, "{" + messageKey + "}");
    }

    static ProblemException urlTaken(AccountResponse existing) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", existing.id());
        member.put("url", existing.normalizedUrl());
        member.put("displayName", existing.displayName());
        member.put("organizationName", existing.organization().name());
        member.put("status", existing.status());
        return ProblemException.conflict(
                        "account-url-taken",
                        existing.normalizedUrl(),
                        existing.displayName(),
                        existing.organization().name())
                .with("existing", member);
    }

    static ProblemException externalIdTaken(String externalId, UUID existingId) {
        return ProblemException.conflict("external-id-taken", externalId)
                .with("existing", Map.of("id", existingId, "externalId", externalId));
    }
}
