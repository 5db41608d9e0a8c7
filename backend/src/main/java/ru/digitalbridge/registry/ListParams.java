package ru.digitalbridge.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.common.paging.SyncQuery.Sync;
import ru.digitalbridge.registry.Filters.AccountFilter;
import ru.digitalbridge.registry.Filters.OrganizationFilter;
import ru.digitalbridge.registry.Filters.Sort;

/**
 * Query parameters of the list and export endpoints, parsed into filters. A value that does not parse is
 * a 400 naming the parameter (not the 404 JAX-RS would give for an unconvertible query parameter).
 */
final class ListParams {
    private final List<Violation> violations = new ArrayList<>();

    static OrganizationFilter organizations(
            String q, String municipality, String sector, String kind, String status, String parent, String sort) {
        return organizations(q, municipality, sector, kind, status, parent, sort, Sync.NONE);
    }

    static OrganizationFilter organizations(
            String q,
            String municipality,
            String sector,
            String kind,
            String status,
            String parent,
            String sort,
            Sync sync) {
        ListParams p = new ListParams();
        var filter = new OrganizationFilter(
                p.search(q),
                p.uuid("municipality", municipality),
                p.choice("sector", sector, Sector.class),
                p.choice("kind", kind, OrganizationKind.class),
                p.choice("status", status, RecordStatus.class),
                p.uuid("parent", parent),
                p.sort(sort, sync),
                sync.updatedSince(),
                sync.after());
        p.check();
        return filter;
    }

    static AccountFilter accounts(
            String q,
            String municipality,
            String sector,
            String kind,
            String platform,
            String status,
            String organization,
            String official,
            String sort) {
        return accounts(q, municipality, sector, kind, platform, status, organization, official, sort, Sync.NONE);
    }

    static AccountFilter accounts(
            String q,
            String municipality,
            String sector,
            String kind,
            String platform,
            String status,
            String organization,
            String official,
            String sort,
            Sync sync) {
        ListParams p = new ListParams();
        var filter = new AccountFilter(
                p.search(q),
                p.uuid("municipality", municipality),
                p.choice("sector", sector, Sector.class),
                p.choice("kind", kind, OrganizationKind.class),
                p.choice("platform", platform, Platform.class),
                p.choice("status", status, RecordStatus.class),
                p.uuid("organization", organization),
                p.bool("official", official),
                p.sort(sort, sync),
                sync.updatedSince(),
                sync.after());
        p.check();
        return filter;
    }

    static ExportFormat format(String format) {
        ExportFormat parsed = ExportFormat.parse(format);
        if (parsed == null) {
            throw RegistryProblems.invalid(List.of(RegistryProblems.violation("format", "registry.export.format")));
        }
        return parsed;
    }

    private void check() {
        if (!violations.isEmpty()) {
            throw RegistryProblems.invalid(violations);
        }
    }

    private SearchText search(String q) {
        if (q != null && q.length() > Limits.QUERY) {
            violations.add(RegistryProblems.violation("q", "registry.query.too-long"));
            return null;
        }
        return SearchText.of(q);
    }

    private UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(RegistryProblems.violation(name, "invalid-value.field"));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(RegistryProblems.violation(name, "invalid-value.field"));
            return null;
        }
    }

    private Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                violations.add(RegistryProblems.violation(name, "invalid-value.field"));
                yield null;
            }
        };
    }

    /** Machines reading by cursor or since an instant get the order of change unless they chose a sort. */
    private Sort sort(String value, Sync sync) {
        try {
            Sort sort = Sort.parse(value);
            return sort == null && sync.updateOrder() ? Sort.UPDATED : sort;
        } catch (IllegalArgumentException e) {
            violations.add(RegistryProblems.violation("sort", "registry.query.sort"));
            return null;
        }
    }
}
