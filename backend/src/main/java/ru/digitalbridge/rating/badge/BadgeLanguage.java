package ru.digitalbridge.rating.badge;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.digitalbridge.common.error.Messages;

/**
 * The language of a badge or embed page: {@code lang} when given, else the request's Accept-Language. An
 * embedding site usually cannot set headers for an {@code <img>}, hence the query parameter.
 */
public class BadgeLanguage {
    @Parameter(description = "ru (default) or en; else Accept-Language decides")
    @QueryParam("lang")
    @Pattern(regexp = "ru|en")
    public String lang;

    @Context
    HttpHeaders headers;

    Locale locale() {
        if (lang != null) {
            return "en".equals(lang) ? Locale.ENGLISH : Messages.RUSSIAN;
        }
        return Messages.pick(headers);
    }
}
