package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.support.Api.uniqueAddress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.common.web.ExpensiveWork;

/** Concurrent exports are bounded per client address and per instance; the rest get 429 with Retry-After at once. */
@QuarkusTest
class ExportLimitTest {

    @Inject
    ExpensiveWork work;

    /** The address as the server writes it (IPv6 in full form). */
    private static String resolved(String address) throws Exception {
        return java.net.InetAddress.getByName(address).getHostAddress();
    }

    private static int export(String address, String path) {
        return RestAssured.given()
                .header("X-Forwarded-For", address)
                .get(path + "?format=xlsx")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aClientRunningTwoExportsGets429AndOthersStillExport() throws Exception {
        String busy = uniqueAddress();
        List<ExpensiveWork.Slot> running = new ArrayList<>();
        try {
            running.add(work.acquire(resolved(busy)));
            running.add(work.acquire(resolved(busy)));
            RestAssured.given()
                    .header("X-Forwarded-For", busy)
                    .header("Accept-Language", "en")
                    .get("/api/v1/organizations/export?format=xlsx")
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("/problems/too-many-exports"));
            assertThat(export(busy, "/api/v1/accounts/export")).isEqualTo(429);
            assertThat(export(uniqueAddress(), "/api/v1/organizations/export")).isEqualTo(200);

            // two more running elsewhere fill the instance: everyone waits
            running.add(work.acquire(uniqueAddress()));
            running.add(work.acquire(uniqueAddress()));
            assertThat(export(uniqueAddress(), "/api/v1/accounts/export")).isEqualTo(429);
        } finally {
            running.forEach(ExpensiveWork.Slot::close);
        }
        // finished exports give their slots back
        for (int i = 0; i < 5; i++) {
            assertThat(export(busy, "/api/v1/organizations/export")).isEqualTo(200);
        }
    }

    @Test
    void sixteenParallelExportsFromOneClientNeverRunMoreThanTwo() throws Exception {
        String client = uniqueAddress();
        int parallel = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return export(client, "/api/v1/organizations/export");
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(120, TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(200, 429).contains(200);
        } finally {
            pool.shutdownNow();
        }
        // while the test holds the client's two slots, a seventeenth is refused whatever the timing
        try (ExpensiveWork.Slot a = work.acquire(resolved(client));
                ExpensiveWork.Slot b = work.acquire(resolved(client))) {
            assertThat(export(client, "/api/v1/organizations/export")).isEqualTo(429);
        }
    }
}
