package org.recflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders the CSV files of one run directory as Markdown tables (results/latest-*.md and the run's report.md). */
final class Report {

    private Report() {
    }

    static void run(Args a) throws Exception {
        Path dir = Path.of(a.get("dir"));
        StringBuilder md = new StringBuilder();
        md.append("# recflow benchmark run ").append(dir.getFileName()).append("\n\n");
        md.append(a.get("title", "")).append("\n\n");
        Path machine = dir.resolve("machine.txt");
        if (Files.exists(machine)) {
            md.append("## Machine\n\n```\n").append(Files.readString(machine).strip()).append("\n```\n\n");
        }
        load(md, Csv.read(dir.resolve("load.csv")));
        List<Map<String, String>> replies = Csv.read(dir.resolve("replies.csv"));
        Map<String, Double> recflowRate = replies(md, replies, a.get("commit", "?"));
        physical(md, Csv.read(dir.resolve("physical.csv")), recflowRate);
        storm(md, Csv.read(dir.resolve("storm.csv")));
        table(md, "Dashboard (one client, sequential; latency in ms)", Csv.read(dir.resolve("dashboard.csv")),
                List.of("db", "approvals", "open_deadlines", "endpoint", "requests", "errors", "kbytes", "pages", "p50_ms", "p95_ms", "p99_ms",
                        "max_ms", "heap_peak_mb", "old_peak_mb"));
        table(md, "Memory (recflow JVM; heap used after a full GC, MB)", Csv.read(dir.resolve("memory.csv")),
                List.of("db", "approvals", "when", "heap_used_mb", "heap_committed_mb", "heap_max_mb", "rss_mb", "rss_peak_mb"));
        table(md, "Seeding", Csv.read(dir.resolve("seed.csv")), List.of("db", "what", "count", "clients", "seconds", "per_s", "errors"));
        Path out = Path.of(a.get("out"));
        Files.writeString(out, md.toString());
        System.out.println("report: " + out);
    }

    static double num(Map<String, String> row, String key) {
        try {
            return Double.parseDouble(row.get(key));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().filter(x -> !x.isNaN()).sorted().toList();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static String f(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        if (Math.abs(x) >= 100) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        return Math.abs(x) >= 1 || x == 0 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.2f", x);
    }

    static void load(StringBuilder md, List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("## Machine load (uptime load averages, 1/5/15 min, on ").append(rows.get(0).getOrDefault("cpus", "?"))
                .append(" CPUs)\n\n| phase | before | after |\n|---|---|---|\n");
        Map<String, String[]> phases = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String[] v = phases.computeIfAbsent(r.get("phase"), k -> new String[] {"", ""});
            v["before".equals(r.get("when")) ? 0 : 1] = r.get("load1") + " / " + r.get("load5") + " / " + r.get("load15");
        }
        phases.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1]).append(" |\n"));
        md.append('\n');
    }

    /** Medians over the repeated runs, and recflow ÷ baseline; answers recflow's median ok/s per (db, clients). */
    static Map<String, Double> replies(StringBuilder md, List<Map<String, String>> rows, String commit) {
        Map<String, Double> recflow = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return recflow;
        }
        md.append("## Replies at commit ").append(commit).append(" (median of the runs; latency in ms; errors summed over the runs)\n\n");
        md.append("baseline: bare Camunda 7.24 with sign-in; baseline-noauth: bare Camunda 7.24's open REST API (no sign-in); "
                + "recflow-ref: another build of recflow (BENCH_REF_JAR, see Machine).\n\n");
        md.append("| db | clients | system | runs | replies/s (each run) | replies/s median | p50 | p95 | p99 | max | errors "
                + "| server CPU ms/reply | of which JIT compiler | of which GC | server CPU without JIT | of which Tomcat's threads "
                + "| load generator CPU ms/reply |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Map<String, String>>> groups = rows.stream().collect(Collectors.groupingBy(
                r -> r.get("db") + "|" + String.format("%05d", Integer.parseInt(r.get("clients"))) + "|" + r.get("system"),
                LinkedHashMap::new, Collectors.toList()));
        Map<String, double[]> medians = new LinkedHashMap<>();
        groups.keySet().stream().sorted().forEach(k -> {
            List<Map<String, String>> g = groups.get(k);
            String[] p = k.split("\\|");
            double rate = median(g.stream().map(r -> num(r, "ok_per_s")).toList());
            double p50 = median(g.stream().map(r -> num(r, "p50_ms")).toList());
            double p95 = median(g.stream().map(r -> num(r, "p95_ms")).toList());
            double p99 = median(g.stream().map(r -> num(r, "p99_ms")).toList());
            double max = g.stream().mapToDouble(r -> num(r, "max_ms")).max().orElse(Double.NaN);
            double serverCpu = median(g.stream().map(r -> num(r, "server_cpu_ms_per_reply")).toList());
            double clientCpu = median(g.stream().map(r -> num(r, "client_cpu_ms_per_reply")).toList());
            double jitCpu = median(g.stream().map(r -> num(r, "server_jit_ms_per_reply")).toList());
            double gcCpu = median(g.stream().map(r -> num(r, "server_gc_ms_per_reply")).toList());
            double withoutJit = median(g.stream().map(r -> num(r, "server_cpu_ms_per_reply") - num(r, "server_jit_ms_per_reply")).toList());
            double httpCpu = median(g.stream().map(r -> num(r, "server_http_ms_per_reply")).toList());
            long errors = g.stream().mapToLong(r -> Long.parseLong(r.get("errors"))).sum();
            long requests = g.stream().mapToLong(r -> Long.parseLong(r.get("requests"))).sum();
            String kinds = g.stream().map(r -> r.get("error_kinds")).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
            medians.put(k, new double[] {rate, p99, errors, requests});
            if (p[2].equals("recflow")) {
                recflow.put(p[0] + "|" + Integer.parseInt(p[1]), rate);
            }
            md.append("| ").append(p[0]).append(" | ").append(Integer.parseInt(p[1])).append(" | ").append(p[2]).append(" | ")
                    .append(g.size()).append(" | ").append(g.stream().map(r -> f(num(r, "ok_per_s"))).collect(Collectors.joining(", ")))
                    .append(" | **").append(f(rate)).append("** | ").append(f(p50)).append(" | ").append(f(p95)).append(" | **")
                    .append(f(p99)).append("** | ").append(f(max)).append(" | ").append(errors).append(" of ").append(requests)
                    .append(kinds.isBlank() ? "" : " (" + kinds + ")").append(" | ").append(f(serverCpu)).append(" | ")
                    .append(f(jitCpu)).append(" | ").append(f(gcCpu)).append(" | **").append(f(withoutJit)).append("** | ")
                    .append(f(httpCpu)).append(" | ").append(f(clientCpu)).append(" |\n");
        });
        md.append("\nrecflow at commit ").append(commit).append(" against each baseline, median replies/s:\n");
        md.append("\n| db | clients | against | recflow ÷ it (successful replies/s) | recflow p99 ÷ its p99 | errors recflow / it |\n");
        md.append("|---|---|---|---|---|---|\n");
        Set<String> keys = new LinkedHashSet<>();
        medians.keySet().stream().sorted().forEach(k -> keys.add(k.substring(0, k.lastIndexOf('|'))));
        for (String k : keys) {
            double[] r = medians.get(k + "|recflow");
            for (String other : List.of("recflow-ref", "baseline", "baseline-noauth")) {
                double[] b = medians.get(k + "|" + other);
                if (r == null || b == null) {
                    continue;
                }
                String[] p = k.split("\\|");
                md.append("| ").append(p[0]).append(" | ").append(Integer.parseInt(p[1])).append(" | ").append(other).append(" | **")
                        .append(String.format(Locale.ROOT, "%.2f", r[0] / b[0])).append("** | ")
                        .append(String.format(Locale.ROOT, "%.2f", r[1] / b[1])).append(" | ").append((long) r[2]).append(" / ")
                        .append((long) b[2]).append(" |\n");
            }
        }
        md.append('\n');
        return recflow;
    }

    static void physical(StringBuilder md, List<Map<String, String>> rows, Map<String, Double> recflow) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("## Physical limit: one INSERT + COMMIT per transaction\n\n");
        md.append("| db | method | clients | commits/s | avg ms | p50 ms | p95 ms | p99 ms | recflow replies/s at these clients | recflow ÷ limit |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows.stream().sorted(Comparator.comparing((Map<String, String> r) -> r.get("db")).thenComparing(r -> r.get("method"))
                .thenComparingInt(r -> Integer.parseInt(r.get("clients")))).forEach(r -> {
                    double limit = num(r, "commits_per_s");
                    Double rec = recflow.get(r.get("db") + "|" + Integer.parseInt(r.get("clients")));
                    md.append("| ").append(r.get("db")).append(" | ").append(r.get("method")).append(" | ").append(r.get("clients"))
                            .append(" | ").append(f(limit)).append(" | ").append(f(num(r, "avg_ms"))).append(" | ").append(f(num(r, "p50_ms"))).append(" | ").append(f(num(r, "p95_ms")))
                            .append(" | ").append(f(num(r, "p99_ms"))).append(" | ").append(rec == null ? "–" : f(rec)).append(" | ")
                            .append(rec == null ? "–" : String.format(Locale.ROOT, "%.3f", rec / limit)).append(" |\n");
                });
        md.append('\n');
    }

    static void storm(StringBuilder md, List<Map<String, String>> rows) {
        table(md, "Timer storm (seconds)", rows, List.of("db", "variant", "nodes", "expected", "launch_to_ready_s", "trigger_to_first_s",
                "first_to_done_s", "trigger_to_done_s", "effects_per_s", "remaining", "closed_history", "incidents", "failed_job_runs"));
    }

    static void table(StringBuilder md, String title, List<Map<String, String>> rows, List<String> cols) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n| ").append(String.join(" | ", cols)).append(" |\n|")
                .append(cols.stream().map(c -> "---").collect(Collectors.joining("|"))).append("|\n");
        for (Map<String, String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : cols) {
                String v = r.getOrDefault(c, "");
                try {
                    if (v.contains(".")) {
                        v = f(Double.parseDouble(v));
                    }
                } catch (NumberFormatException e) {
                    // text
                }
                if (v.equals("NaN")) {
                    v = "–";
                }
                cells.add(v);
            }
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        md.append('\n');
    }
}
