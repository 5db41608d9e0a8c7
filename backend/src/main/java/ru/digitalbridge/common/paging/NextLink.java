package ru.digitalbridge.common.paging;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code next} link of a list page read by cursor: the same request (path and every filter) with {@code after}
 * set to the cursor after the page's last row and without a page number. Relative to the server, like the change
 * feed's.
 */
public final class NextLink {
    private NextLink() {}

    public static String of(UriInfo uri, ListCursor last) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters(true).entrySet()) {
            String name = parameter.getKey();
            if (name.equals("after") || name.equals("page")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                query.add(encode(name) + "=" + encode(value));
            }
        }
        query.add("after=" + last.encode());
        return uri.getRequestUri().getRawPath() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
