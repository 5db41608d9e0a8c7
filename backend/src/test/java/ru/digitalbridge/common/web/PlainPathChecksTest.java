package ru.digitalbridge.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written path and id tests answer exactly as the regular expressions they replace. */
class PlainPathChecksTest {
    private static final List<String> PATHS = List.of(
            "/",
            "/api",
            "/api/",
            "/api/v1/ping",
            "/apix",
            "/api.json",
            "/q",
            "/q/",
            "/q/health",
            "/qq",
            "/assets/app-1a2b.js",
            "/assets",
            "/registry/accounts",
            "/registry/accounts/123",
            "/index.html",
            "/a.b/c",
            "/line\nbreak",
            "/line\rbreak",
            "/x\u2028y",
            "",
            "noslash");

    @Test
    void spaRoutesMatchAsTheirRegexesDid() {
        Pattern headers = Pattern.compile("^/(?!api/|api$|q/|q$).*");
        Pattern pages = Pattern.compile("^/(?!api/|api$|q/|q$|assets/)[^.]*$");
        for (String path : PATHS) {
            assertThat(SpaRoutes.spa(path) && SpaRoutes.singleLine(path))
                    .as(path)
                    .isEqualTo(headers.matcher(path).matches());
            assertThat(SpaRoutes.spa(path) && !path.startsWith("/assets/") && path.indexOf('.') < 0)
                    .as(path)
                    .isEqualTo(pages.matcher(path).matches());
        }
    }

    @Test
    void requestIdsAreSaneAsTheRegexSaid() {
        Pattern sane = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
        for (String id : List.of(
                "",
                "a",
                "abc-DEF_0.9:x",
                "x".repeat(64),
                "x".repeat(65),
                "with space",
                "semi;colon",
                "ünïcode",
                "slash/",
                "new\nline")) {
            assertThat(RequestIds.sane(id)).as(id).isEqualTo(sane.matcher(id).matches());
        }
    }
}
