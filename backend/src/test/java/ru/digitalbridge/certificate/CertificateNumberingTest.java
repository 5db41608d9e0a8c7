package ru.digitalbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Api;

/**
 * Numbers under concurrent issue: many threads issue over HTTP at once, some with invalid requests between them; every
 * issued number is distinct, and the numbers of the year, whoever issued them, are exactly 1..n — no gap, no repeat.
 */
@QuarkusTest
class CertificateNumberingTest {
    /** A year no other test issues in. */
    private static final int YEAR = 2019;

    @Test
    void concurrentIssuesGetDistinctGapFreeNumbers() throws Exception {
        String token = Api.adminToken();
        int threads = 8;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<List<String>> work = () -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    var body = CertificateTestData.request(YEAR);
                    if ((thread + i) % 5 == 0) {
                        var bad = new java.util.HashMap<>(body);
                        bad.put("snils", "112-233-445 96");
                        Api.anonymous()
                                .header("Authorization", "Bearer " + token)
                                .body(bad)
                                .post("/api/v1/certificates")
                                .then()
                                .statusCode(400);
                    }
                    Response response = Api.anonymous()
                            .header("Authorization", "Bearer " + token)
                            .body(body)
                            .post("/api/v1/certificates");
                    assertThat(response.statusCode()).isEqualTo(201);
                    numbers.add(response.path("number"));
                }
                return numbers;
            };
            futures.add(pool.submit(work));
        }
        List<String> issued = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            issued.addAll(future.get());
        }
        pool.shutdown();
        assertThat(issued).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(issued).allMatch(n -> n.matches("ЦМ-" + YEAR + "-\\d{6}"));

        List<Integer> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> numbers = asAdmin()
                    .queryParam("year", YEAR)
                    .queryParam("size", 200)
                    .queryParam("page", page)
                    .get("/api/v1/certificates")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.number");
            if (numbers.isEmpty()) {
                break;
            }
            numbers.forEach(n -> all.add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))));
        }
        Set<Integer> distinct = new HashSet<>(all);
        assertThat(distinct).hasSameSizeAs(all);
        int max = all.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(distinct).as("1..%d without a gap", max).hasSize(max).contains(1, max);
    }
}
