package org.recflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Seeds over HTTP, the way users would: TAP approvals started by their study group's chairman and their consultations
 * announced by TSB (all for the same meeting, so that every consultation closes at the same instant), or, for the
 * baseline, one waiting process instance per consultation.
 */
final class Seed {

    /** The study groups of config/organisations.yaml, chairman accounts chair-&lt;sg&gt;. */
    static final String[] STUDY_GROUPS = {"SG2", "SG3", "SG5", "SG11", "SG12", "SG13", "SG15", "SG17", "SG20", "SG21"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private Seed() {
    }

    interface Item {
        String create(int index) throws Exception;
    }

    /** Creates {@code count} items with {@code --concurrency} clients; appends their ids, in index order, to {@code --out}. */
    private static void seed(Args a, String what, Item item) throws Exception {
        int count = a.getInt("count", 0);
        int from = a.getInt("from-index", 0);
        int clients = a.getInt("concurrency", 8);
        String[] ids = new String[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && errors.get() < 20) {
                    try {
                        ids[i] = item.create(from + i);
                        int d = done.incrementAndGet();
                        if (d % 1000 == 0) {
                            System.out.printf(Locale.ROOT, "  %s: %d/%d (%.0f/s)%n", what, d, count, d / ((System.nanoTime() - t0) / 1e9));
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "seeded %d %s in %.1f s (%.1f/s), %d errors%n", done.get(), what, s, done.get() / s, errors.get());
        if (a.has("out")) {
            List<String> lines = new ArrayList<>();
            for (String id : ids) {
                if (id != null) {
                    lines.add(id);
                }
            }
            Files.write(Path.of(a.get("out")), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (a.has("timing-csv")) {
            Csv.append(a.get("timing-csv"), "db,what,count,clients,seconds,per_s,errors", a.get("db", ""), what, done.get(), clients, s,
                    done.get() / s, errors.get());
        }
        if (errors.get() > 0) {
            System.err.println("seeding failed: " + firstError.get());
            System.exit(1);
        }
    }

    static void recflow(Args a) throws Exception {
        String url = a.get("url");
        String meetingStart = a.get("meeting-start", "2027-04-06");
        String meetingEnd = a.get("meeting-end", "2027-04-15");
        String agreedOn = a.get("agreed-on", "2026-11-30");
        seed(a, "TAP consultations", i -> {
            String sg = STUDY_GROUPS[i % STUDY_GROUPS.length];
            String chair = "chair-" + sg.toLowerCase(Locale.ROOT);
            String body = "{\"procedure\":\"TAP\",\"recommendation\":\"B." + (i + 1) + "\",\"revision\":\"NEW\","
                    + "\"title\":\"Benchmark text " + (i + 1) + " of " + sg + "\",\"studyGroup\":\"" + sg + "\","
                    + "\"questions\":[\"Q1/" + sg.replace("SG", "") + "\"],"
                    + "\"summary\":\"A text created by the benchmark harness to load the engine.\","
                    + "\"textReference\":\"" + sg + "-TD" + (i + 1) + "\",\"agreedOn\":\"" + agreedOn + "\","
                    + "\"nextMeeting\":{\"start\":\"" + meetingStart + "\",\"end\":\"" + meetingEnd + "\"}}";
            HttpResponse<String> created = Http.json("POST", url + "/api/approvals", chair, body);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("start " + created.statusCode() + " " + created.body());
            }
            String id = JSON.readTree(created.body()).get("id").asText();
            HttpResponse<String> announced = Http.json("POST", url + "/api/approvals/" + id + "/consultation", "tsb", "{}");
            if (announced.statusCode() != 200) {
                throw new IllegalStateException("consultation " + announced.statusCode() + " " + announced.body());
            }
            JsonNode v = JSON.readTree(announced.body());
            if (!"CONSULTATION".equals(v.path("status").asText())) {
                throw new IllegalStateException("not in consultation: " + announced.body());
            }
            return id;
        });
    }

    /** Bare Camunda: one instance of the {@code consultation} process per consultation, waiting on its closing timer. */
    static void baseline(Args a) throws Exception {
        String url = a.get("url");
        String closesAt = a.get("closes-at", "2027-03-24T00:00:00Z");
        seed(a, "baseline process instances", i -> {
            String body = "{\"businessKey\":\"CONSULTATION-" + (i + 1) + "\",\"variables\":{"
                    + "\"closesAt\":{\"value\":\"" + closesAt + "\",\"type\":\"String\"},"
                    + "\"title\":{\"value\":\"Benchmark text " + (i + 1) + "\",\"type\":\"String\"}}}";
            HttpResponse<String> r = Http.json("POST", url + "/engine-rest/process-definition/key/consultation/start", "tsb", body);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("start " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body()).get("id").asText();
        });
    }
}
