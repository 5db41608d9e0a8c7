package ru.digitalbridge.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

/**
 * The SPA's static files (probes under src/test/resources/META-INF/resources) are sent compressed, hashed
 * assets are cached for a year, everything else is revalidated, and API answers keep their own caching.
 */
@QuarkusTest
class SpaRoutesTest {
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void hashedAssetsAreCompressedAndCachedForAYear() {
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .get("/assets/probe-3f9a2c.js")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    }

    @Test
    void pagesAreCompressedAndRevalidatedOnEveryLoad() {
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .get("/probe-page.html")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void withoutGzipInAcceptEncodingTheFileIsSentAsItIs() {
        given().config(RAW)
                .header("Accept-Encoding", "identity")
                .get("/assets/probe-3f9a2c.js")
                .then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")))
                .body(containsString("probe for SpaRoutesTest"));
    }

    @Test
    void apiAnswersKeepTheirOwnCachingAndAreNotCompressedHere() {
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .get("/api/v1/ping")
                .then()
                .statusCode(204)
                .header("Cache-Control", not(equalTo("public, max-age=31536000, immutable")))
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void aMissingAssetIsNotMarkedCacheable() {
        given().get("/assets/no-such-file-1234.js")
                .then()
                .statusCode(404)
                .header("Cache-Control", not(equalTo("public, max-age=31536000, immutable")));
    }
}
