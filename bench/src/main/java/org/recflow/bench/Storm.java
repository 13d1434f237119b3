package org.recflow.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * Benchmark 4, the timer storm: N consultations close at the same instant. Two ways to reach the instant:
 * <ul>
 * <li>{@code storm-sim}: one node in the sim profile (job executor off), {@code PUT /api/sim/clock} to the instant; the
 * clock endpoint runs every due timer before it answers, one after the other in the request's thread;</li>
 * <li>{@code storm-watch}: one or two nodes started with the job executor on, the simulated clock already at the instant
 * (run.sh writes recflow.sim_clock before starting them) and the closing timers pushed one day later, so that nothing is
 * due while the nodes start. Once every node answers and a settling time has passed, {@code --trigger-sql} moves the
 * timers back to the instant in one transaction: from then on Camunda's job executors find them due at their next
 * acquisition, as in production when the instant arrives. This polls the database until no approval is left in
 * CONSULTATION, and reports trigger to first effect (the executors' idle wait), first to last effect (the work) and
 * trigger to last.</li>
 * </ul>
 * Every effect is "recorded" when its approval has left CONSULTATION: the closing transaction writes the status, the closed
 * deadline and the CONSULTATION_CLOSED history entry together.
 */
final class Storm {

    static final String HEADER = "db,variant,nodes,expected,launch_to_ready_s,trigger_to_first_s,first_to_done_s,trigger_to_done_s,"
            + "effects_per_s,remaining,closed_history,open_close_deadlines,incidents,failed_job_runs";

    private Storm() {
    }

    static final String REMAINING = "SELECT COUNT(*) FROM recflow.approval WHERE status = 'CONSULTATION'";

    static void sim(Args a) throws Exception {
        long expected = a.getLong("expect", 0);
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.json("PUT", a.get("url") + "/api/sim/clock", "tsb", "{\"now\":\"" + a.get("now") + "\"}",
                Duration.ofHours(3));
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "storm (sim clock, 1 node): %d %s in %.1f s%n", r.statusCode(), r.body(), s);
        try (Connection c = Sql.connect(a)) {
            record(a, c, "sim-clock", 1, expected, Double.NaN, Double.NaN, s, s);
        }
        if (r.statusCode() != 200) {
            System.exit(1);
        }
    }

    static void watch(Args a) throws Exception {
        long expected = a.getLong("expect", 0);
        long launched = a.getLong("t0", System.currentTimeMillis());
        String[] urls = a.get("urls").split(",");
        long timeoutAt = System.currentTimeMillis() + a.getLong("timeout", 3600) * 1000;
        for (String url : urls) {
            while (true) {
                try {
                    if (Http.get(url + "/api/sim/clock", "tsb").statusCode() == 200) {
                        break;
                    }
                } catch (Exception e) {
                    // not up yet
                }
                if (System.currentTimeMillis() > timeoutAt) {
                    throw new IllegalStateException("not ready: " + url);
                }
                Thread.sleep(100);
            }
        }
        long ready = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "  %d node(s) ready %.1f s after launch; settling %d s%n", urls.length, (ready - launched) / 1e3,
                a.getLong("settle", 15));
        Thread.sleep(a.getLong("settle", 15) * 1000);
        try (Connection c = Sql.connect(a)) {
            long before = Sql.count(c, REMAINING);
            if (before != expected) {
                throw new IllegalStateException(before + " approvals in consultation before the trigger, expected " + expected);
            }
            long trigger = System.currentTimeMillis();
            int moved;
            try (Statement s = c.createStatement()) {
                moved = s.executeUpdate(a.get("trigger-sql"));
            }
            System.out.printf(Locale.ROOT, "  trigger: %d timers made due (%s)%n", moved, a.get("trigger-sql"));
            long first = -1;
            long done = -1;
            long lastPrint = trigger;
            while (System.currentTimeMillis() < timeoutAt) {
                long remaining = Sql.count(c, REMAINING);
                long now = System.currentTimeMillis();
                if (first < 0 && remaining < expected) {
                    first = now;
                }
                if (now - lastPrint > 10_000) {
                    System.out.printf(Locale.ROOT, "  %.0f s after the trigger: %d of %d still in consultation%n", (now - trigger) / 1e3,
                            remaining, expected);
                    lastPrint = now;
                }
                if (remaining == 0) {
                    done = now;
                    break;
                }
                Thread.sleep(100);
            }
            if (done < 0) {
                System.err.println("storm did not finish before the timeout");
            }
            double readyS = (ready - launched) / 1e3;
            double firstS = first < 0 ? Double.NaN : (first - trigger) / 1e3;
            double processS = done < 0 || first < 0 ? Double.NaN : (done - first) / 1e3;
            double totalS = done < 0 ? Double.NaN : (done - trigger) / 1e3;
            System.out.printf(Locale.ROOT, "storm (job executor, %d node%s): trigger->first effect %.1f s, first->last effect %.1f s, "
                    + "trigger->all recorded %.1f s%n", urls.length, urls.length > 1 ? "s" : "", firstS, processS, totalS);
            record(a, c, "job-executor", urls.length, expected, readyS, firstS, processS, totalS);
            if (done < 0) {
                System.exit(1);
            }
        }
    }

    private static void record(Args a, Connection c, String variant, int nodes, long expected, double readyS, double firstS,
            double processS, double totalS) throws Exception {
        long remaining = Sql.count(c, REMAINING);
        long closed = Sql.count(c, "SELECT COUNT(*) FROM recflow.history_entry WHERE action = 'CONSULTATION_CLOSED'");
        long open = Sql.count(c, "SELECT COUNT(*) FROM recflow.deadline WHERE kind = 'CONSULTATION_CLOSE' AND closed_at IS NULL");
        long incidents = Sql.count(c, "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        long failed = Sql.count(c, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_EXCEPTION_MSG_ IS NOT NULL");
        System.out.printf(Locale.ROOT, "  check: %d left in consultation, %d CONSULTATION_CLOSED entries, %d open CONSULTATION_CLOSE "
                + "deadlines, %d incidents, %d failed job runs%n", remaining, closed, open, incidents, failed);
        Csv.append(a.get("out"), HEADER, a.get("db"), variant, nodes, expected, readyS, firstS, processS, totalS,
                expected / processS, remaining, closed, open, incidents, failed);
    }
}
