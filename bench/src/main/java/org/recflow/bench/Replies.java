package org.recflow.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmark 1 and 2: every Member State replies to every open consultation over HTTP, signed in as itself, with a fixed
 * pool of N closed-loop clients. recflow: {@code PUT /api/approvals/{id}/replies/{CODE}}. Baseline (bare Camunda 7.24):
 * {@code POST /engine-rest/process-instance/{id}/variables} setting {@code reply_<CODE>} on the waiting instance.
 * The order of the (consultation, Member State) pairs is shuffled with a fixed seed per run, the same for both systems,
 * and both systems run alternately, run by run, so that a change in the machine's load hits both alike.
 */
final class Replies {

    static final String HEADER = "db,system,clients,run,requests,ok,errors,error_kinds,seconds,ok_per_s,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,load1,"
            + "server_cpu_ms_per_reply,client_cpu_ms_per_reply,server_jit_ms_per_reply,server_gc_ms_per_reply,"
            + "server_http_ms_per_reply";

    record Target(String system, String url, List<String> ids, long pid) {
    }

    record Result(long requests, long ok, long errors, String errorKinds, double seconds, Latency latency, double serverCpuMs,
            double clientCpuMs, double jitCpuMs, double gcCpuMs, double httpCpuMs) {
    }

    private Replies() {
    }

    static void run(Args a) throws Exception {
        List<String> states = memberStates(Path.of(a.get("member-states")));
        List<Target> targets = new ArrayList<>();
        for (String system : a.get("systems", "recflow,recflow-ref,baseline,baseline-noauth").split(",")) {
            if (a.has(system + "-url")) {
                List<String> ids = Files.readAllLines(Path.of(a.get(system + "-ids"))).stream().filter(s -> !s.isBlank()).toList();
                targets.add(new Target(system, a.get(system + "-url"), ids, Long.parseLong(a.get(system + "-pid", "0"))));
            }
        }
        int consultations = targets.stream().mapToInt(t -> t.ids().size()).min().orElseThrow();
        int runs = a.getInt("runs", 3);
        int warmup = a.getInt("warmup", 2000);
        int warmupMax = Math.max(warmup, a.getInt("warmup-max", warmup));
        String out = a.get("out");
        String db = a.get("db");
        System.out.printf(Locale.ROOT, "replies: %d consultations x %d Member States = %d replies per run, %d runs per level, "
                + "warm-up %d to %d requests (until the JIT compiler has settled)%n", consultations, states.size(),
                consultations * states.size(), runs, warmup, warmupMax);
        for (int clients : a.getInts("clients", "1,8,32")) {
            for (Target t : targets) {
                warmUp(t, states, tasks(consultations, states.size(), 7919L * clients), clients, warmup, warmupMax);
            }
            for (int run = 1; run <= runs; run++) {
                List<int[]> work = tasks(consultations, states.size(), 1000L * clients + run);
                for (Target t : targets) {
                    Result r = run(t, states, work, clients);
                    Latency l = r.latency();
                    double serverPer = r.serverCpuMs() / r.requests();
                    double clientPer = r.clientCpuMs() / r.requests();
                    double jitPer = r.jitCpuMs() / r.requests();
                    double gcPer = r.gcCpuMs() / r.requests();
                    double httpPer = r.httpCpuMs() / r.requests();
                    System.out.printf(Locale.ROOT, "  %-8s %2d clients run %d: %d ok, %d errors %s, %.1f s, %.1f ok/s, p50 %.1f p95 %.1f "
                            + "p99 %.1f max %.1f ms; CPU per reply: server %.2f ms (JIT compiler %.2f, GC %.2f, Tomcat's threads %.2f), "
                            + "load generator %.2f ms%n",
                            t.system(), clients, run, r.ok(), r.errors(), r.errorKinds(), r.seconds(), r.ok() / r.seconds(), l.p(50),
                            l.p(95), l.p(99), l.max(), serverPer, jitPer, gcPer, httpPer, clientPer);
                    Csv.append(out, HEADER, db, t.system(), clients, run, r.requests(), r.ok(), r.errors(), r.errorKinds(), r.seconds(),
                            r.ok() / r.seconds(), l.p(50), l.p(95), l.p(99), l.max(), l.mean(), load1(),
                            t.pid() > 0 ? serverPer : Double.NaN, clientPer, t.pid() > 0 ? jitPer : Double.NaN,
                            t.pid() > 0 ? gcPer : Double.NaN, t.pid() > 0 ? httpPer : Double.NaN);
                }
            }
        }
    }

    /** Warm-up batches: this many requests each, after which the JIT compiler's share is looked at. */
    static final int WARM_UP_BATCH = 2000;

    /** The JIT compiler has settled when it spent less than this share of the server's CPU over the last batch. */
    static final double JIT_SETTLED_SHARE = 0.03;

    /**
     * Warms {@code t} up at this level: batches of the pairs in order (from the start again as often as needed; a reply to
     * a pair already replied to is a new version), at least {@code min} requests, then until the server's JIT compiler
     * threads spent under {@link #JIT_SETTLED_SHARE} of the server's CPU over a batch, at most {@code max} requests. So the measured
     * runs see the compiled reply step of a long-running server, not a JVM still compiling it (issue 20: at 1 client,
     * 8,000 requests left the compiler busy for three more runs).
     */
    static void warmUp(Target t, List<String> states, List<int[]> pairs, int clients, int min, int max) throws Exception {
        int done = 0;
        double jitPer = Double.NaN;
        double jitShare = Double.NaN;
        long errors = 0;
        long started = System.nanoTime();
        while (done < max) {
            int size = Math.min(WARM_UP_BATCH, max - done);
            List<int[]> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(pairs.get((done + i) % pairs.size()));
            }
            Result r = run(t, states, batch, clients);
            done += size;
            errors += r.errors();
            jitPer = r.jitCpuMs() / r.requests();
            jitShare = r.jitCpuMs() / r.serverCpuMs();
            if (done >= min && (t.pid() <= 0 || jitShare < JIT_SETTLED_SHARE)) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "  warm-up %-8s %2d clients: %d requests in %.0f s, %d errors, JIT compiler %.3f ms per request "
                + "(%.1f%% of the server's CPU) over the last batch%s%n", t.system(), clients, done, (System.nanoTime() - started) / 1e9,
                errors, jitPer, 100 * jitShare, done >= max && !(jitShare < JIT_SETTLED_SHARE) ? " (the most allowed: not settled)" : "");
    }

    /** The 1-minute load average at the end of a run (Linux), to tell a loaded machine's runs apart. */
    static String load1() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "";
        }
    }

    static List<String> memberStates(Path csv) throws Exception {
        List<String> codes = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String code = line.split(",")[0].trim();
            if (code.matches("[A-Z]{3}")) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN when unknown. */
    static double cpuMs(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of proc(5), counted from the state (field 3) here; clock ticks of 10 ms (USER_HZ = 100)
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /**
     * CPU time so far of each live thread of a process whose name starts with one of the prefixes, in ms, by thread id
     * (Linux, /proc/PID/task/TID/stat; a thread that ended is no longer listed, its time stays in the process's total).
     */
    static Map<String, Double> threadCpuMs(long pid, String... prefixes) {
        Map<String, Double> out = new java.util.HashMap<>();
        if (pid <= 0) {
            return out;
        }
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    boolean wanted = false;
                    for (String p : prefixes) {
                        wanted |= name.startsWith(p);
                    }
                    if (wanted) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        out.put(task.getFileName().toString(), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0);
                    }
                } catch (Exception e) {
                    // the thread ended meanwhile
                }
            }
        } catch (Exception e) {
            return out;
        }
        return out;
    }

    /** The JVM's JIT compiler threads (HotSpot names them "C1 CompilerThre", "C2 CompilerThre"). */
    static final String[] JIT = {"C1 Compiler", "C2 Compiler"};

    /** Tomcat's threads: the request threads ("http-nio-PORT-exec-N"), its poller and acceptor. */
    static final String[] HTTP = {"http-nio-"};

    /** HotSpot's garbage collector threads (G1 and the others' names on Linux, 15 characters at most). */
    static final String[] GC = {"GC Thread", "G1 ", "VM Thread", "GC ", "Parallel GC", "ZWorker", "ZDirector"};

    /** The CPU the threads in {@code after} used since {@code before}, in ms (a thread new since then counts in full). */
    static double spent(Map<String, Double> before, Map<String, Double> after) {
        double sum = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0.0);
        }
        return sum;
    }

    /** CPU time of this JVM (the load generator), in ms. */
    static double ownCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /** Every (consultation, Member State) pair once, shuffled. */
    static List<int[]> tasks(int consultations, int states, long seed) {
        List<int[]> t = new ArrayList<>(consultations * states);
        for (int c = 0; c < consultations; c++) {
            for (int s = 0; s < states; s++) {
                t.add(new int[] {c, s});
            }
        }
        Collections.shuffle(t, new Random(seed));
        return t;
    }

    /** Mostly support, some objections with reasons, some abstentions: the same bodies for both systems. */
    static String replyBody(int consultation, int state) {
        int h = Math.floorMod(consultation * 31 + state * 17, 100);
        if (h < 80) {
            return "{\"position\":\"SUPPORT\"}";
        }
        if (h < 92) {
            return "{\"position\":\"AGAINST\",\"reasons\":\"The text has tariff implications for developing countries.\","
                    + "\"proposedChanges\":\"Delete clause 4 and Annex A.\"}";
        }
        return "{\"position\":\"NO_POSITION\"}";
    }

    static HttpRequest request(Target t, List<String> states, int consultation, int state) {
        String code = states.get(state);
        String user = "ms-" + code.toLowerCase(Locale.ROOT);
        String id = t.ids().get(consultation);
        String body = replyBody(consultation, state);
        HttpRequest.Builder b;
        if (t.system().startsWith("recflow")) { // recflow, or recflow-ref (another build of it)
            b = Http.request(t.url() + "/api/approvals/" + id + "/replies/" + code, user, Duration.ofSeconds(60))
                    .PUT(HttpRequest.BodyPublishers.ofString(body));
        } else {
            String vars = "{\"modifications\":{\"reply_" + code + "\":{\"value\":" + Http.quote(body) + ",\"type\":\"String\"}}}";
            b = Http.request(t.url() + "/engine-rest/process-instance/" + id + "/variables", user, Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(vars));
        }
        return b.header("Content-Type", "application/json").build();
    }

    static Result run(Target t, List<String> states, List<int[]> work, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        AtomicInteger shown = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Latency>> parts = new ArrayList<>();
        double server0 = cpuMs(t.pid());
        Map<String, Double> jit0 = threadCpuMs(t.pid(), JIT);
        Map<String, Double> gc0 = threadCpuMs(t.pid(), GC);
        Map<String, Double> http0 = threadCpuMs(t.pid(), HTTP);
        double client0 = ownCpuMs();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            parts.add(pool.submit(() -> {
                Latency l = new Latency();
                int k;
                while ((k = next.getAndIncrement()) < work.size()) {
                    int[] task = work.get(k);
                    HttpRequest req = request(t, states, task[0], task[1]);
                    long s = System.nanoTime();
                    String kind;
                    try {
                        HttpResponse<String> r = Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
                        long d = System.nanoTime() - s;
                        if (r.statusCode() / 100 == 2) {
                            l.record(d);
                            continue;
                        }
                        kind = Integer.toString(r.statusCode());
                        if (shown.getAndIncrement() < 3) {
                            System.err.println("  " + t.system() + " error " + r.statusCode() + ": "
                                    + r.body().substring(0, Math.min(400, r.body().length())));
                        }
                    } catch (Exception e) {
                        kind = e.getClass().getSimpleName();
                        if (shown.getAndIncrement() < 3) {
                            System.err.println("  " + t.system() + " error " + e);
                        }
                    }
                    errorKinds.computeIfAbsent(kind, x -> new LongAdder()).increment();
                }
                return l;
            }));
        }
        Latency all = new Latency();
        for (Future<Latency> f : parts) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double serverCpu = cpuMs(t.pid()) - server0;
        double jitCpu = t.pid() > 0 ? spent(jit0, threadCpuMs(t.pid(), JIT)) : Double.NaN;
        double gcCpu = t.pid() > 0 ? spent(gc0, threadCpuMs(t.pid(), GC)) : Double.NaN;
        double httpCpu = t.pid() > 0 ? spent(http0, threadCpuMs(t.pid(), HTTP)) : Double.NaN;
        double clientCpu = ownCpuMs() - client0;
        pool.shutdown();
        long errors = errorKinds.values().stream().mapToLong(LongAdder::sum).sum();
        StringBuilder kinds = new StringBuilder();
        new TreeMap<>(errorKinds).forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : " ").append(k).append('x').append(v.sum()));
        return new Result(work.size(), all.count(), errors, kinds.toString(), seconds, all, serverCpu, clientCpu, jitCpu, gcCpu, httpCpu);
    }
}
