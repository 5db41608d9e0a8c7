package ru.digitalbridge.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.registry.ImportTable.ImportRow;

/**
 * Turns import rows into drafts of organizations and accounts, checking every cell the way the API
 * checks a request. Messages are bundle keys ({@code registry.import.*}); the service translates them.
 */
final class ImportRows {

    /** One problem in a cell: the column key and a message key with its arguments. */
    record CellError(String column, String messageKey, List<Object> args) {
        CellError(String column, String messageKey) {
            this(column, messageKey, List.of());
        }
    }

    record OrganizationDraft(
            String externalId,
            String name,
            String shortName,
            OrganizationKind kind,
            Sector sector,
            UUID municipalityId,
            String website,
            String inn,
            String ogrn,
            String parentExternalId) {}

    record AccountDraft(
            String externalId,
            String organizationExternalId,
            String organizationInn,
            Platform platform,
            String url,
            String normalizedUrl,
            String displayName,
            boolean official,
            RecordStatus status) {

        /** What identifies the account for the upsert: the external id, else the normalised URL. */
        String key() {
            return externalId != null ? externalId : normalizedUrl;
        }
    }

    record Parsed<T>(T draft, List<CellError> errors) {}

    static final List<String> ORGANIZATION_REQUIRED = List.of("externalId", "name", "kind", "sector", "municipality");
    static final List<String> ACCOUNT_REQUIRED = List.of("url", "displayName");

    private ImportRows() {}

    static Parsed<OrganizationDraft> organization(ImportRow row, Function<String, UUID> municipalities) {
        List<CellError> errors = new ArrayList<>();
        String externalId = text(row, "externalId", Limits.EXTERNAL_ID, true, errors);
        String name = text(row, "name", Limits.NAME, true, errors);
        String shortName = text(row, "shortName", Limits.SHORT_NAME, false, errors);
        OrganizationKind kind = choice(row, "kind", OrganizationKind.class, true, errors);
        Sector sector = choice(row, "sector", Sector.class, true, errors);
        UUID municipalityId = null;
        String municipality = text(row, "municipality", Limits.NAME, true, errors);
        if (municipality != null) {
            municipalityId = municipalities.apply(municipality);
            if (municipalityId == null) {
                errors.add(
                        new CellError("municipality", "registry.import.unknown-municipality", List.of(municipality)));
            }
        }
        String website = website(text(row, "website", Limits.WEBSITE, false, errors), "website", errors);
        String inn = digits(row.get("inn"));
        if (inn != null && InnOgrn.checkInn(inn) != null) {
            errors.add(new CellError("inn", "registry.inn." + problem(InnOgrn.checkInn(inn))));
        }
        String ogrn = digits(row.get("ogrn"));
        if (ogrn != null && InnOgrn.checkOgrn(ogrn) != null) {
            errors.add(new CellError("ogrn", "registry.ogrn." + problem(InnOgrn.checkOgrn(ogrn))));
        }
        String parent = text(row, "parentExternalId", Limits.EXTERNAL_ID, false, errors);
        if (parent != null && parent.equals(externalId)) {
            errors.add(new CellError("parentExternalId", "registry.organization.parent-cycle"));
        }
        var draft = new OrganizationDraft(
                externalId, name, shortName, kind, sector, municipalityId, website, inn, ogrn, parent);
        return new Parsed<>(draft, errors);
    }

    static Parsed<AccountDraft> account(ImportRow row) {
        List<CellError> errors = new ArrayList<>();
        String externalId = text(row, "externalId", Limits.EXTERNAL_ID, false, errors);
        String organizationExternalId = text(row, "organizationExternalId", Limits.EXTERNAL_ID, false, errors);
        String organizationInn = digits(row.get("organizationInn"));
        if (organizationExternalId == null && organizationInn == null) {
            errors.add(new CellError("organizationExternalId", "registry.import.organization-required"));
        }
        Platform platform = choice(row, "platform", Platform.class, false, errors);
        String url = text(row, "url", Limits.URL, true, errors);
        String normalized = null;
        if (url != null) {
            try {
                var result = AccountUrls.normalize(url, platform);
                normalized = result.url();
                platform = result.platform();
            } catch (AccountUrls.InvalidUrlException e) {
                errors.add(urlError("url", e.failure()));
            }
        }
        String displayName = text(row, "displayName", Limits.DISPLAY_NAME, true, errors);
        Boolean official = bool(row.get("official"));
        if (row.get("official") != null && official == null) {
            errors.add(new CellError("official", "registry.import.yes-no"));
        }
        RecordStatus status = choice(row, "status", RecordStatus.class, false, errors);
        var draft = new AccountDraft(
                externalId,
                organizationExternalId,
                organizationInn,
                platform,
                url,
                normalized,
                displayName,
                official == null || official,
                status == null ? RecordStatus.ACTIVE : status);
        return new Parsed<>(draft, errors);
    }

    static CellError urlError(String column, AccountUrls.Failure failure) {
        return new CellError(
                column,
                "registry.url." + failure.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String problem(InnOgrn.Problem problem) {
        return problem.name().toLowerCase(Locale.ROOT);
    }

    /** A website as https URL with a host, or null; an unusable value is reported. */
    static String website(String value, String column, List<CellError> errors) {
        if (value == null) {
            return null;
        }
        String normalized = normalizeWebsite(value);
        if (normalized == null) {
            errors.add(new CellError(column, "registry.website.invalid"));
        }
        return normalized;
    }

    /** Adds a missing scheme and lower-cases the host; null when the value is not a web address. */
    static String normalizeWebsite(String value) {
        String text = value.strip();
        if (!text.matches("(?i)^https?://.*")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String host = uri.getHost();
            if (host == null || !host.contains(".") || text.contains(" ")) {
                return null;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT)
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String text(ImportRow row, String column, int max, boolean required, List<CellError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new CellError(column, "registry.import.required"));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new CellError(column, "registry.import.too-long", List.of(String.valueOf(max))));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E> & Labelled> E choice(
            ImportRow row, String column, Class<E> type, boolean required, List<CellError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new CellError(column, "registry.import.required"));
            }
            return null;
        }
        E parsed = Labelled.parse(type, value);
        if (parsed == null) {
            List<Object> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            errors.add(new CellError(
                    column,
                    "registry.import.unknown-value",
                    List.of(
                            value,
                            String.join(
                                    ", ", allowed.stream().map(String::valueOf).toList()))));
        }
        return parsed;
    }

    /** Removes spaces that spreadsheets put into long numbers; keeps anything else for the check to refuse. */
    static String digits(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("[\\s\\u00a0]", "");
        return compact.isEmpty() ? null : compact;
    }

    static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "да", "true", "yes", "1", "y", "д", "истина", "+" -> Boolean.TRUE;
            case "нет", "false", "no", "0", "n", "н", "ложь", "-" -> Boolean.FALSE;
            default -> null;
        };
    }
}
