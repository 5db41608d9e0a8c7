package ru.digitalbridge.registry;

import java.util.List;

/** Sectors, organization kinds and platforms with their names in the request's language. */
public record ReferenceResponse(
        List<CodeName> sectors, List<CodeName> organizationKinds, List<PlatformInfo> platforms) {

    public record CodeName(String code, String name) {}

    public record PlatformInfo(String code, String name, List<String> hosts) {}
}
