package ru.digitalbridge.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request target taken as plain (no parsing) is one that {@link URI} accepts; anything doubtful is parsed. */
class PlainTargetTest {
    @Test
    void plainTargetsAreValidUris() {
        for (String target : List.of(
                "/",
                "/api/v1/ping",
                "/api/v1/ratings/snapshots/c5de1306-e3b5-4f9d-9371-ebbbe27f25ef/rows?level=ACCOUNT&page=2",
                "/a:b/c@d;e=f,g+h$i!j~k*l'm(n)o?p=q?r/s:t",
                "/x?")) {
            assertThat(RouterProblems.plain(target)).as(target).isTrue();
            assertThatCode(() -> new URI(target)).doesNotThrowAnyException();
        }
    }

    @Test
    void targetsWithEscapesOrOddCharactersAreParsed() {
        for (String target : List.of(
                "",
                "//host/path",
                "api/v1/ping",
                "/api/v1/organizations/%ZZ",
                "/api/v1/organizations/%41",
                "/api/v1/organizations/{",
                "/a b",
                "/a#b",
                "/a[b]",
                "/a\"b",
                "/a|b",
                "/a\\b",
                "/кириллица")) {
            assertThat(RouterProblems.plain(target)).as(target).isFalse();
        }
    }
}
