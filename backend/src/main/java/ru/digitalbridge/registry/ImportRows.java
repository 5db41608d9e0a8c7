package ru.digitalbridge.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ru.digitalbridge.common.text.ClientText;
import ru.digitalbridge.registry.ImportTable.ImportRow;

/**
 * Turns import rows into drafts of organizations and accounts, checking every cell the way the API
 * checks a request. Messages are bundle keys ({@code registry.import.*}); the service translates them.
 */
public final class ImportRows {

    /** One problem in a cell: the column key and a message key with its arguments. */
    public record CellError(String column, String messageKey, List<Object> args) {
        public CellError(String column, String messageKey) {
            this(column, messageKey, List.of());
        }
    }

    /**
     * An organization row as read. {@code columns} are the keys the file's header has: a column the file
     * lacks leaves the stored value alone, while an empty cell of a column it has clears an optional value.
     */
    record OrganizationDraft(
            UUID id,
            String externalId,
            String name,
            String shortName,
            OrganizationKind kind,
            Sector sector,
            UUID municipalityId,
            String website,
            String inn,
            String ogrn,
            String kpp,
            UUID parentId,
            String parentExternalId,
            Set<String> columns) {

        boolean has(String column) {
            return columns.contains(column);
        }
    }

    /** An account row as read; absent columns as for {@link OrganizationDraft}. */
    record AccountDraft(
            UUID id,
            String externalId,
            UUID organizationId,
            String organizationExternalId,
            String organizationInn,
            Platform platform,
            String url,
            String normalizedUrl,
            String displayName,
            Boolean official,
            RecordStatus status,
            boolean move,
            Set<String> columns) {

        boolean has(String column) {
            return columns.contains(column);
        }

        /** Whether the row names an organization at all. */
        boolean namesOrganization() {
            return organizationId != null || organizationExternalId != null || organizationInn != null;
        }

        /** What identifies the account in the report: the external id, else the normalised URL. */
        String key() {
            return externalId != null ? externalId : normalizedUrl;
        }
    }

    record Parsed<T>(T draft, List<CellError> errors, List<CellError> warnings) {
        Parsed(T draft, List<CellError> errors) {
            this(draft, errors, List.of());
        }
    }

    /** Columns an organization needs to be created (an update may leave them out). */
    static final List<String> ORGANIZATION_REQUIRED = List.of("name", "kind", "sector", "municipality");
    /** Columns of which an organization file must have at least one: how rows find their record. */
    static final List<String> ORGANIZATION_KEYS = List.of("id", "externalId", "inn", "ogrn");

    static final List<String> ACCOUNT_REQUIRED = List.of("url");

    /** The message of a cell with a character {@link ClientText} refuses: the same as for a request body. */
    public static final String REFUSED = "text.refused-character";

    private ImportRows() {}

    /** Reads a row as if the file had every column (a missing cell is an empty one). */
    static Parsed<OrganizationDraft> organization(ImportRow row, Function<String, UUID> municipalities) {
        return organization(row, Set.copyOf(ImportColumns.ORGANIZATIONS.keys()), municipalities);
    }

    static Parsed<OrganizationDraft> organization(
            ImportRow cells, Set<String> columns, Function<String, UUID> municipalities) {
        List<CellError> errors = new ArrayList<>();
        ImportRow row = withoutRefusedCells(cells, errors);
        UUID id = uuid(row, "id", errors);
        String externalId = text(row, "externalId", Limits.EXTERNAL_ID, false, errors);
        String name = text(row, "name", Limits.NAME, columns.contains("name"), errors);
        String shortName = text(row, "shortName", Limits.SHORT_NAME, false, errors);
        OrganizationKind kind = choice(row, "kind", OrganizationKind.class, columns.contains("kind"), errors);
        Sector sector = choice(row, "sector", Sector.class, columns.contains("sector"), errors);
        UUID municipalityId = null;
        String municipality = text(row, "municipality", Limits.NAME, columns.contains("municipality"), errors);
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
        String kpp = kpp(row.get("kpp"));
        if (kpp != null && !InnOgrn.validKpp(kpp)) {
            errors.add(new CellError("kpp", "registry.kpp.format"));
        }
        UUID parentId = uuid(row, "parentId", errors);
        String parent = text(row, "parentExternalId", Limits.EXTERNAL_ID, false, errors);
        if ((parent != null && parent.equals(externalId)) || (parentId != null && parentId.equals(id))) {
            errors.add(new CellError(
                    parentId != null && parentId.equals(id) ? "parentId" : "parentExternalId",
                    "registry.organization.parent-cycle"));
        }
        var draft = new OrganizationDraft(
                id,
                externalId,
                name,
                shortName,
                kind,
                sector,
                municipalityId,
                website,
                inn,
                ogrn,
                kpp,
                parentId,
                parent,
                Set.copyOf(columns));
        return new Parsed<>(draft, errors);
    }

    /**
     * The row without its cells that hold a character {@link ClientText} refuses (NUL, bidi overrides, zero-width
     * characters, …), each reported on its column ({@link #REFUSED}); no other check reads those cells, so their
     * text is never stored nor echoed back in another message.
     */
    public static ImportRow withoutRefusedCells(ImportRow row, List<CellError> errors) {
        Map<String, String> usable = new LinkedHashMap<>();
        row.cells().forEach((column, value) -> {
            int at = ClientText.firstRefused(value, true);
            if (at < 0) {
                usable.put(column, value);
            } else {
                errors.add(new CellError(column, REFUSED, List.of(ClientText.codePoint(value, at))));
            }
        });
        return usable.size() == row.cells().size() ? row : new ImportRow(row.number(), usable);
    }

    /** Reads a row as if the file had every column (a missing cell is an empty one). */
    static Parsed<AccountDraft> account(ImportRow row) {
        return account(row, Set.copyOf(ImportColumns.ACCOUNTS.keys()));
    }

    static Parsed<AccountDraft> account(ImportRow cells, Set<String> columns) {
        List<CellError> errors = new ArrayList<>();
        List<CellError> warnings = new ArrayList<>();
        ImportRow row = withoutRefusedCells(cells, errors);
        UUID id = uuid(row, "id", errors);
        String externalId = text(row, "externalId", Limits.EXTERNAL_ID, false, errors);
        UUID organizationId = uuid(row, "organizationId", errors);
        String organizationExternalId = text(row, "organizationExternalId", Limits.EXTERNAL_ID, false, errors);
        String organizationInn = digits(row.get("organizationInn"));
        String platformText = row.get("platform");
        Platform stated = platformText == null ? null : Platform.parseLoose(platformText);
        String url = text(row, "url", Limits.URL, true, errors);
        String normalized = null;
        Platform platform = stated;
        if (url != null) {
            try {
                var result = AccountUrls.normalize(url, stated, false);
                normalized = result.url();
                platform = result.platform();
                if (platformText != null && stated == null) {
                    warnings.add(new CellError(
                            "platform", "registry.import.platform-unknown-link-wins", List.of(platformText, platform)));
                } else if (stated != null && stated != Platform.OTHER && stated != platform) {
                    warnings.add(
                            new CellError("platform", "registry.import.platform-mismatch", List.of(stated, platform)));
                }
            } catch (AccountUrls.InvalidUrlException e) {
                errors.add(urlError("url", e));
                if (platformText != null && stated == null) {
                    errors.add(unknownValue("platform", platformText, Platform.class));
                }
            }
        }
        String displayName = text(row, "displayName", Limits.DISPLAY_NAME, columns.contains("displayName"), errors);
        Boolean official = bool(row.get("official"));
        if (row.get("official") != null && official == null) {
            errors.add(new CellError("official", "registry.import.yes-no"));
        }
        RecordStatus status = choice(row, "status", RecordStatus.class, false, errors);
        Boolean move = bool(row.get("move"));
        if (row.get("move") != null && move == null) {
            errors.add(new CellError("move", "registry.import.yes-no"));
        }
        var draft = new AccountDraft(
                id,
                externalId,
                organizationId,
                organizationExternalId,
                organizationInn,
                platform,
                url,
                normalized,
                displayName,
                official,
                status,
                move != null && move,
                Set.copyOf(columns));
        return new Parsed<>(draft, errors, warnings);
    }

    /** The message for a refused link: the supported platforms, or for a post what to paste instead. */
    static CellError urlError(String column, AccountUrls.InvalidUrlException e) {
        String key =
                "registry.url." + e.failure().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String argument = e.failure() == AccountUrls.Failure.POST_LINK && e.hint() != null
                ? e.hint()
                : RegistryProblems.supportedPlatformList();
        return new CellError(column, key, List.of(argument));
    }

    private static UUID uuid(ImportRow row, String column, List<CellError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new CellError(column, "registry.import.bad-id", List.of(value)));
            return null;
        }
    }

    /** An unknown value of a list: the message names the allowed values in the user's language. */
    static CellError unknownValue(String column, String value, Class<? extends Labelled> type) {
        return new CellError(column, "registry.import.unknown-value", List.of(value, type));
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
            errors.add(unknownValue(column, value, type));
        }
        return parsed;
    }

    /** Removes spaces that spreadsheets put into long numbers; keeps anything else for the check to refuse. */
    public static String digits(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("[\\s\\u00a0\\u2007\\u202f]", "");
        return compact.isEmpty() ? null : compact;
    }

    /** A KPP without the spaces spreadsheets add, its letters in capitals; null when empty. */
    static String kpp(String value) {
        String compact = digits(value);
        return compact == null ? null : compact.toUpperCase(Locale.ROOT);
    }

    public static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (ImportTable.clean(value).toLowerCase(Locale.ROOT)) {
            case "да", "true", "yes", "1", "y", "д", "истина", "+" -> Boolean.TRUE;
            case "нет", "false", "no", "0", "n", "н", "ложь", "-" -> Boolean.FALSE;
            default -> null;
        };
    }
}
