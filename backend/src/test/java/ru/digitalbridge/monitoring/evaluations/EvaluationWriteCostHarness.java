package ru.digitalbridge.monitoring.evaluations;

import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.answers;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;

/**
 * Measurement harness, not a test (runs only with {@code -Dcost.harness=true}): the load-independent cost of the
 * expert's first save of an evaluation (every criterion) and of its submission, as the monitoring benchmark sends
 * them — CPU time and bytes allocated by the server's threads per request (ThreadMXBean), and the WAL the
 * requests' transactions wrote (pg_walinspect, by transaction id, so other sessions' WAL is not counted) and the
 * time spent in the progress-counter trigger functions (pg_stat_user_functions, track_functions = pl). Prints the
 * figures; asserts nothing. {@code -Dcost.n} evaluations measured after {@code -Dcost.warmup} warm-up ones.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "cost.harness", matches = "true")
class EvaluationWriteCostHarness {
    @Inject
    EvaluationTestData data;

    @Inject
    AgroalDataSource dataSource;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** CPU ns and allocated bytes of the server's threads (HTTP event loops and the worker pool), by thread id. */
    private static Map<Long, long[]> serverThreads() {
        Map<Long, long[]> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.startsWith("executor-thread") || name.startsWith("vert.x-eventloop")) {
                out.put(
                        t.getId(),
                        new long[] {THREADS.getThreadCpuTime(t.getId()), THREADS.getThreadAllocatedBytes(t.getId())});
            }
        }
        return out;
    }

    private static long[] delta(Map<Long, long[]> before, Map<Long, long[]> after) {
        long cpu = 0;
        long bytes = 0;
        for (Map.Entry<Long, long[]> e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            cpu += e.getValue()[0] - b[0];
            bytes += e.getValue()[1] - b[1];
        }
        return new long[] {cpu, bytes};
    }

    private String one(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, double[]> functionTimes() {
        Map<String, double[]> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select funcname, calls, total_time, self_time from pg_stat_user_functions")) {
            while (rs.next()) {
                out.put(rs.getString(1), new double[] {rs.getLong(2), rs.getDouble(3), rs.getDouble(4)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void measure() throws Exception {
        int warmup = Integer.getInteger("cost.warmup", 150);
        int n = Integer.getInteger("cost.n", 300);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_walinspect");
            s.execute("alter database " + c.getCatalog() + " set track_functions = 'pl'");
        }
        Scenario s = data.scenario("EVALUATION", false);
        UUID organization = s.organization();
        List<UUID> evaluations = new ArrayList<>();
        for (int i = 0; i < warmup + n; i++) {
            UUID account = data.account(organization);
            data.update("insert into campaign_account (campaign_id, account_id) values (?, ?)", s.campaign(), account);
            evaluations.add(data.evaluation(s.campaign(), account, s.expert().id(), "PRIMARY"));
        }
        long[] saveCost = new long[2];
        long[] submitCost = new long[2];
        long saveBody = 0;
        long submitBody = 0;
        List<String> saveXids = new ArrayList<>();
        List<String> submitXids = new ArrayList<>();
        String startLsn = null;
        Map<String, double[]> functionsBefore = null;
        for (int i = 0; i < evaluations.size(); i++) {
            boolean measured = i >= warmup;
            if (i == warmup) {
                Thread.sleep(1500);
                functionsBefore = functionTimes();
                startLsn = one("select pg_current_wal_insert_lsn()::text");
            }
            String base = "/api/v1/evaluations/" + evaluations.get(i);
            Map<Long, long[]> t0 = serverThreads();
            byte[] saved = s.expert()
                    .api()
                    .body(answers(0, s, 1, 2, i % 6, 1))
                    .put(base + "/answers")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            Map<Long, long[]> t1 = serverThreads();
            String saveXid = one("select xmin::text from evaluation where id = ?", evaluations.get(i));
            Map<Long, long[]> t2 = serverThreads();
            byte[] submitted = s.expert()
                    .api()
                    .body(Map.of("version", 1))
                    .post(base + "/submit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            Map<Long, long[]> t3 = serverThreads();
            String submitXid = one("select xmin::text from evaluation where id = ?", evaluations.get(i));
            if (measured) {
                long[] d = delta(t0, t1);
                saveCost[0] += d[0];
                saveCost[1] += d[1];
                d = delta(t2, t3);
                submitCost[0] += d[0];
                submitCost[1] += d[1];
                saveBody += saved.length;
                submitBody += submitted.length;
                saveXids.add(saveXid);
                submitXids.add(submitXid);
            }
        }
        String endLsn = one("select pg_current_wal_insert_lsn()::text");
        Thread.sleep(1500);
        Map<String, double[]> functionsAfter = functionTimes();
        System.out.printf(
                "COST save: cpu_us=%.0f alloc_kb=%.1f body_bytes=%d | submit: cpu_us=%.0f alloc_kb=%.1f body_bytes=%d (n=%d)%n",
                saveCost[0] / 1e3 / n,
                saveCost[1] / 1024.0 / n,
                saveBody / n,
                submitCost[0] / 1e3 / n,
                submitCost[1] / 1024.0 / n,
                submitBody / n,
                n);
        for (String[] kind :
                new String[][] {{"save", String.join(",", saveXids)}, {"submit", String.join(",", submitXids)}}) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement st = c.prepareStatement(
                            "select resource_manager || '/' || record_type, count(*), sum(record_length), sum(fpi_length)"
                                    + " from pg_get_wal_records_info(cast(? as pg_lsn), cast(? as pg_lsn))"
                                    + " where xid::text = any(string_to_array(?, ','))"
                                    + " group by 1 order by 3 desc")) {
                st.setString(1, startLsn);
                st.setString(2, endLsn);
                st.setString(3, kind[1]);
                long total = 0;
                long fpi = 0;
                StringBuilder detail = new StringBuilder();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        total += rs.getLong(3);
                        fpi += rs.getLong(4);
                        detail.append(String.format(
                                " %s=%.1fx/%.0fB",
                                rs.getString(1), rs.getLong(2) / (double) n, rs.getLong(3) / (double) n));
                    }
                }
                System.out.printf(
                        "COST wal %s: bytes=%.0f (fpi %.0f) per request;%s%n",
                        kind[0], total / (double) n, fpi / (double) n, detail);
            }
        }
        for (Map.Entry<String, double[]> e : functionsAfter.entrySet()) {
            double[] b = functionsBefore.getOrDefault(e.getKey(), new double[3]);
            double calls = e.getValue()[0] - b[0];
            if (calls > 0) {
                System.out.printf(
                        "COST function %s: calls=%.0f total_us_per_call=%.1f self_us_per_call=%.1f%n",
                        e.getKey(),
                        calls,
                        (e.getValue()[1] - b[1]) * 1000 / calls,
                        (e.getValue()[2] - b[2]) * 1000 / calls);
            }
        }
    }
}
