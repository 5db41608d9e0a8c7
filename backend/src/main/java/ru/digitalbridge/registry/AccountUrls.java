package ru.digitalbridge.registry;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises account URLs so that one account has exactly one URL, and detects the platform from the
 * host.
 *
 * <p>The scheme becomes {@code https}; the host is lower-cased, loses {@code www.}, {@code m.} and
 * {@code mobile.} and is mapped to the platform's canonical host ({@code vk.ru} → {@code vk.com},
 * {@code odnoklassniki.ru} → {@code ok.ru}, {@code telegram.me} → {@code t.me}); the query string,
 * fragment and trailing slash go. The path keeps only what identifies the account, lower-cased where
 * the platform treats names case-insensitively: {@code vk.com/public123} is {@code vk.com/club123},
 * {@code t.me/s/name} is {@code t.me/name}, {@code ok.ru/profile/123} and
 * {@code rutube.ru/channel/123} keep both segments. Invite links ({@code t.me/+Code},
 * {@code t.me/joinchat/Code}) keep their case.
 */
final class AccountUrls {

    /** A normalised URL and the platform it belongs to. */
    record Normalized(Platform platform, String url) {}

    /** Why a URL was refused. */
    enum Failure {
        /** Not an http(s) URL with a host. */
        MALFORMED,
        /** A well-formed URL on a host of no supported platform. */
        UNSUPPORTED_HOST,
        /** The URL names the platform but not an account (e.g. {@code https://vk.com/}). */
        NO_ACCOUNT,
        /** The host belongs to another platform than the one stated. */
        PLATFORM_MISMATCH
    }

    /** A URL that cannot be an account URL. */
    static final class InvalidUrlException extends RuntimeException {
        private final Failure failure;

        InvalidUrlException(Failure failure, String url) {
            super(failure + ": " + url);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    static final int MAX_LENGTH = 2000;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern VK_COMMUNITY = Pattern.compile("(?:public|club|event)(\\d+)");
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private AccountUrls() {}

    /** Normalises a URL and infers the platform from its host; unknown hosts are refused. */
    static Normalized normalize(String raw) {
        return normalize(raw, null);
    }

    /**
     * Normalises a URL for the stated platform (null: infer from the host). A URL on a host no platform
     * claims is accepted only when {@code stated} is {@link Platform#OTHER}.
     */
    static Normalized normalize(String raw, Platform stated) {
        Parsed parsed = parse(raw);
        Platform detected = Platform.ofHost(parsed.host);
        if (detected == null) {
            if (stated != Platform.OTHER) {
                throw new InvalidUrlException(Failure.UNSUPPORTED_HOST, raw);
            }
            detected = Platform.OTHER;
        } else if (stated != null && stated != Platform.OTHER && stated != detected) {
            throw new InvalidUrlException(Failure.PLATFORM_MISMATCH, raw);
        }
        List<String> path = switch (detected) {
            case VK -> vk(parsed.segments);
            case OK -> ok(parsed.segments);
            case TELEGRAM -> telegram(parsed.segments);
            case RUTUBE -> twoLevel(parsed.segments, "channel", "u", "c");
            case DZEN -> twoLevel(parsed.segments, "id", "user");
            case MAX -> max(parsed.segments);
            case OTHER -> parsed.segments;
        };
        if (detected != Platform.OTHER && path.isEmpty()) {
            throw new InvalidUrlException(Failure.NO_ACCOUNT, raw);
        }
        String host =
                detected == Platform.OTHER ? parsed.host : detected.hosts().get(0);
        return new Normalized(detected, "https://" + host + (path.isEmpty() ? "" : "/" + String.join("/", path)));
    }

    /** Whether the text is an account URL of a supported platform (or of any host for OTHER). */
    static boolean isValid(String raw, Platform stated) {
        try {
            normalize(raw, stated);
            return true;
        } catch (InvalidUrlException e) {
            return false;
        }
    }

    private record Parsed(String host, List<String> segments) {}

    private static Parsed parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        String text = raw.strip();
        if (text.startsWith("//")) {
            text = "https:" + text;
        } else if (!SCHEME.matcher(text).matches()) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        String host = host(uri, raw);
        String path = uri.getPath() == null ? "" : uri.getPath();
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return new Parsed(host, segments);
    }

    private static String host(URI uri, String raw) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty() || authority.contains("@")) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        String host = authority;
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (!port.equals("") && !port.equals("80") && !port.equals("443")) {
                throw new InvalidUrlException(Failure.MALFORMED, raw);
            }
            host = host.substring(0, colon);
        }
        try {
            host = IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : new String[] {"www.", "m.", "mobile."}) {
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        if (!HOST.matcher(host).matches()) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        return host;
    }

    private static String lower(String segment) {
        return segment.toLowerCase(Locale.ROOT);
    }

    private static List<String> vk(List<String> segments) {
        if (segments.isEmpty()) {
            return segments;
        }
        String name = lower(segments.get(0));
        var community = VK_COMMUNITY.matcher(name);
        if (community.matches()) {
            name = "club" + community.group(1);
        }
        return List.of(name);
    }

    private static List<String> ok(List<String> segments) {
        if (segments.isEmpty()) {
            return segments;
        }
        String first = lower(segments.get(0));
        if ((first.equals("profile") || first.equals("group")) && segments.size() > 1) {
            return List.of(first, lower(segments.get(1)));
        }
        return List.of(first);
    }

    private static List<String> telegram(List<String> segments) {
        List<String> rest = segments;
        if (!rest.isEmpty() && lower(rest.get(0)).equals("s")) {
            rest = rest.subList(1, rest.size());
        }
        if (rest.isEmpty()) {
            return rest;
        }
        String first = rest.get(0);
        if (first.startsWith("+")) {
            return List.of(first);
        }
        if (lower(first).equals("joinchat") && rest.size() > 1) {
            return List.of("joinchat", rest.get(1));
        }
        return List.of(lower(first));
    }

    private static List<String> max(List<String> segments) {
        if (segments.isEmpty()) {
            return segments;
        }
        String first = lower(segments.get(0));
        if (first.equals("join") && segments.size() > 1) {
            return List.of("join", segments.get(1));
        }
        return List.of(first);
    }

    /** Keeps {@code prefix/name} for the given prefixes, otherwise the first segment; lower-cased. */
    private static List<String> twoLevel(List<String> segments, String... prefixes) {
        if (segments.isEmpty()) {
            return segments;
        }
        String first = lower(segments.get(0));
        if (Arrays.asList(prefixes).contains(first) && segments.size() > 1) {
            return List.of(first, lower(segments.get(1)));
        }
        return List.of(first);
    }
}
