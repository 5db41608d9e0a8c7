package ru.digitalbridge.registry;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
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
        PLATFORM_MISMATCH,
        /** A link to a post, video or article rather than to the community or channel. */
        POST_LINK,
        /** A bare {@code @name} without a platform that tells where it lives. */
        HANDLE_WITHOUT_PLATFORM
    }

    /** A URL that cannot be an account URL. */
    static final class InvalidUrlException extends RuntimeException {
        private final Failure failure;
        private final String hint;

        InvalidUrlException(Failure failure, String url) {
            this(failure, url, null);
        }

        InvalidUrlException(Failure failure, String url, String hint) {
            super(failure + ": " + url);
            this.failure = failure;
            this.hint = hint;
        }

        Failure failure() {
            return failure;
        }

        /** For {@link Failure#POST_LINK}: what to paste instead (the community's link or its pattern). */
        String hint() {
            return hint;
        }
    }

    static final int MAX_LENGTH = 2000;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern VK_COMMUNITY = Pattern.compile("(?:public|club|event)(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
    private static final Pattern TG_LINK = Pattern.compile("(?i)tg://(resolve|join)\\?(.*)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern VK_POST = Pattern.compile(
            "(wall|photo|video|clip|topic|album|market|product|story|doc|audio|note|poll|board|page|wiki)(-?)(\\d+)(_\\d+)?");
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
        return normalize(raw, stated, true);
    }

    /**
     * As {@link #normalize(String, Platform)}; when not {@code strict} the link decides the platform
     * and a stated platform only says where a bare {@code @name} lives.
     */
    static Normalized normalize(String raw, Platform stated, boolean strict) {
        Parsed parsed = parse(expand(raw, stated));
        Platform detected = Platform.ofHost(parsed.host);
        if (detected == null) {
            if (stated != Platform.OTHER) {
                throw new InvalidUrlException(Failure.UNSUPPORTED_HOST, raw);
            }
            detected = Platform.OTHER;
        } else if (strict && stated != null && stated != Platform.OTHER && stated != detected) {
            throw new InvalidUrlException(Failure.PLATFORM_MISMATCH, raw);
        }
        List<String> path = switch (detected) {
            case VK -> vk(parsed.segments, raw);
            case OK -> ok(parsed.segments, raw);
            case TELEGRAM -> telegram(parsed.segments, raw);
            case RUTUBE -> rutube(parsed.segments, raw);
            case DZEN -> dzen(parsed.segments, raw);
            case MAX -> max(parsed.segments, raw);
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

    /**
     * Turns the short forms people paste into URLs: {@code @name} on the stated platform,
     * {@code tg://resolve?domain=name} and {@code tg://join?invite=code}; strips whitespace of every kind
     * (no-break spaces included) around the link.
     */
    private static String expand(String raw, Platform stated) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        String text = ImportTable.clean(raw);
        if (text.startsWith("@")
                && text.length() > 1
                && TOKEN.matcher(text.substring(1)).matches()) {
            if (stated == null || stated == Platform.OTHER || stated == Platform.RUTUBE) {
                throw new InvalidUrlException(Failure.HANDLE_WITHOUT_PLATFORM, raw);
            }
            return "https://" + stated.hosts().get(0) + "/" + text.substring(1);
        }
        var tg = TG_LINK.matcher(text);
        if (tg.matches()) {
            String action = tg.group(1).toLowerCase(Locale.ROOT);
            for (String pair : tg.group(2).split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (action.equals("resolve")
                        && name.equals("domain")
                        && TOKEN.matcher(value).matches()) {
                    return "https://t.me/" + value;
                }
                if (action.equals("join")
                        && name.equals("invite")
                        && TOKEN.matcher(value).matches()) {
                    return "https://t.me/+" + value;
                }
            }
            throw new InvalidUrlException(Failure.MALFORMED, raw);
        }
        return text;
    }

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

    private static InvalidUrlException post(String raw, String hint) {
        return new InvalidUrlException(Failure.POST_LINK, raw, hint);
    }

    private static List<String> vk(List<String> segments, String raw) {
        if (segments.isEmpty()) {
            return segments;
        }
        String name = lower(segments.get(0));
        var post = VK_POST.matcher(name);
        if (post.matches()) {
            boolean community = !post.group(2).isEmpty();
            throw post(raw, "https://vk.com/" + (community ? "club" : "id") + post.group(3));
        }
        if (name.startsWith("@")) {
            throw post(raw, "https://vk.com/" + name.substring(1).replaceFirst("-.*$", ""));
        }
        var community = VK_COMMUNITY.matcher(name);
        if (community.matches()) {
            name = "club" + community.group(1);
        }
        return List.of(name);
    }

    private static List<String> ok(List<String> segments, String raw) {
        if (segments.isEmpty()) {
            return segments;
        }
        String first = lower(segments.get(0));
        if (first.equals("video") || first.equals("live") || first.equals("music")) {
            throw post(raw, "https://ok.ru/group/…");
        }
        List<String> account = (first.equals("profile") || first.equals("group")) && segments.size() > 1
                ? List.of(first, lower(segments.get(1)))
                : List.of(first);
        for (String rest : segments.subList(account.size(), segments.size())) {
            String word = lower(rest);
            if (word.equals("topic")
                    || word.equals("statuses")
                    || word.equals("video")
                    || word.equals("photo")
                    || word.equals("album")) {
                throw post(raw, "https://ok.ru/" + String.join("/", account));
            }
        }
        return account;
    }

    private static List<String> telegram(List<String> segments, String raw) {
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
        if (lower(first).equals("c") && rest.size() > 1) {
            throw post(raw, "https://t.me/…");
        }
        if (rest.size() > 1 && DIGITS.matcher(rest.get(1)).matches()) {
            throw post(raw, "https://t.me/" + lower(first));
        }
        return List.of(lower(first));
    }

    private static List<String> rutube(List<String> segments, String raw) {
        if (segments.isEmpty()) {
            return segments;
        }
        String first = lower(segments.get(0));
        switch (first) {
            case "video", "shorts", "play", "live", "plst", "playlist", "feeds", "story" ->
                throw post(raw, "https://rutube.ru/channel/…");
            case "channel", "u", "c" -> {
                if (segments.size() < 2) {
                    return List.of();
                }
                return List.of(first, lower(segments.get(1)));
            }
            default -> {
                return List.of(first);
            }
        }
    }

    private static List<String> dzen(List<String> segments, String raw) {
        if (segments.isEmpty()) {
            return segments;
        }
        List<String> path = segments;
        String first = lower(path.get(0));
        if (first.equals("media")) {
            // zen.yandex.ru/media/<channel>[/<article>] and /media/id/<id>[/<article>]
            path = path.subList(1, path.size());
            int channel = !path.isEmpty() && lower(path.get(0)).equals("id") ? 2 : 1;
            if (path.size() > channel) {
                throw post(
                        raw,
                        "https://dzen.ru/"
                                + String.join("/", path.subList(0, channel)).toLowerCase(Locale.ROOT));
            }
            if (path.isEmpty()) {
                return path;
            }
            first = lower(path.get(0));
        }
        switch (first) {
            case "a", "b", "video", "shorts", "news", "watch" -> throw post(raw, "https://dzen.ru/…");
            case "id", "user" -> {
                if (path.size() < 2) {
                    return List.of();
                }
                return List.of(first, lower(path.get(1)));
            }
            default -> {
                return List.of(first);
            }
        }
    }

    private static List<String> max(List<String> segments, String raw) {
        if (segments.isEmpty()) {
            return segments;
        }
        String first = lower(segments.get(0));
        if (first.equals("join") || first.equals("u")) {
            // invite and channel codes are case-sensitive
            return segments.size() > 1 ? List.of(first, segments.get(1)) : List.of();
        }
        if (segments.size() > 1 && DIGITS.matcher(segments.get(1)).matches()) {
            throw post(raw, "https://max.ru/" + first);
        }
        return List.of(first);
    }
}
