package org.recflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a Java Flight Recorder file (run.sh records one per phase with BENCH_JFR=1): the share of
 * execution samples whose stack contains each component (inclusive), the components of the sampled frame (self), and
 * the hottest recflow methods. Only on-CPU Java time: waiting on a lock or on the database is not sampled.
 */
final class JfrSummary {

    /** Components, first match wins, by the frame's class name. */
    static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("org.recflow.", "recflow");
        COMPONENTS.put("org.camunda.", "Camunda engine");
        COMPONENTS.put("org.apache.ibatis.", "MyBatis (Camunda's SQL)");
        COMPONENTS.put("org.h2.", "H2");
        COMPONENTS.put("org.postgresql.", "PostgreSQL driver");
        COMPONENTS.put("com.zaxxer.hikari.", "Hikari pool");
        COMPONENTS.put("org.flywaydb.", "Flyway");
        COMPONENTS.put("org.thymeleaf.", "Thymeleaf");
        COMPONENTS.put("com.fasterxml.jackson.", "Jackson");
        COMPONENTS.put("org.springframework.security.", "Spring Security");
        COMPONENTS.put("org.springframework.jdbc.", "Spring JDBC");
        COMPONENTS.put("org.springframework.transaction.", "Spring transactions");
        COMPONENTS.put("org.springframework.", "Spring (other)");
        COMPONENTS.put("org.apache.catalina.", "Tomcat");
        COMPONENTS.put("org.apache.coyote.", "Tomcat");
        COMPONENTS.put("org.apache.tomcat.", "Tomcat");
        COMPONENTS.put("org.glassfish.jersey.", "Jersey (Camunda REST)");
        COMPONENTS.put("org.hibernate.validator.", "Bean Validation");
        COMPONENTS.put("java.", "JDK");
        COMPONENTS.put("javax.", "JDK");
        COMPONENTS.put("jdk.", "JDK");
        COMPONENTS.put("sun.", "JDK");
    }

    /**
     * What a request thread was doing (issue 20). Walking a sample's stack from the sampled frame outwards, the first
     * frame that matches a key below names the part: so the statements of a reply count under the recflow code that
     * issued them (the reply's rows, the history entry, the approval's lock), the commit under the transaction, JSON
     * under Jackson, whatever Spring called it from; a filter counts only what it does itself, not the chain inside it.
     * A key ending in '.' is a package prefix, {@code Class#method} one method, else a class and its inner classes.
     * Generic code (H2, Spring JDBC, the JDK, Spring's plumbing) is never a key: it is counted under its caller.
     */
    static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        String tx = "transaction: begin, commit (H2 writes the log), connection";
        PARTS.put("org.springframework.transaction.interceptor.TransactionAspectSupport#commitTransactionAfterReturning", tx);
        PARTS.put("org.springframework.transaction.interceptor.TransactionAspectSupport#createTransactionIfNecessary", tx);
        PARTS.put("org.springframework.transaction.interceptor.TransactionAspectSupport#cleanupTransactionInfo", tx);
        PARTS.put("org.springframework.transaction.interceptor.TransactionAspectSupport#completeTransactionAfterThrowing", tx);
        PARTS.put("org.springframework.transaction.support.", tx);
        PARTS.put("org.springframework.jdbc.datasource.DataSourceTransactionManager", tx);
        PARTS.put("org.springframework.jdbc.datasource.DataSourceUtils", tx);
        PARTS.put("com.zaxxer.hikari.pool.HikariPool", tx);
        PARTS.put("com.zaxxer.hikari.HikariDataSource", tx);
        String history = "history entry (INSERT) and its listeners";
        PARTS.put("org.recflow.audit.", history);
        PARTS.put("org.recflow.approval.ApprovalHistory", history);
        PARTS.put("org.recflow.ops.RecflowMetrics", history);
        PARTS.put("org.recflow.consultation.", "reply rows: SELECT, UPDATE or INSERT, INSERT version");
        PARTS.put("org.recflow.store.", "approval: SELECT ... FOR UPDATE and its mapping");
        PARTS.put("org.recflow.approval.ApprovalRepository", "approval: SELECT ... FOR UPDATE and its mapping");
        PARTS.put("org.recflow.sim.SimulatedClock", "sim clock: SELECT of the shared time (sim profile only)");
        PARTS.put("org.recflow.calendar.", "calendar and clock");
        PARTS.put("org.recflow.membership.MemberRegistry", "Member State and regional group look-ups");
        PARTS.put("org.recflow.approval.ApprovalManagement", "reply logic itself (checks, event publishing)");
        PARTS.put("org.recflow.approval.Approval", "reply logic itself (checks, event publishing)");
        PARTS.put("org.recflow.approval.web.", "Spring MVC: dispatch, arguments, answer");
        PARTS.put("com.fasterxml.jackson.", "JSON (Jackson): read the body, write the answer");
        PARTS.put("org.hibernate.validator.", "bean validation of the body");
        PARTS.put("jakarta.validation.", "bean validation of the body");
        PARTS.put("org.springframework.web.servlet.", "Spring MVC: dispatch, arguments, answer");
        PARTS.put("org.springframework.web.method.", "Spring MVC: dispatch, arguments, answer");
        PARTS.put("org.recflow.web.IdempotencyFilter", "body reading (limit) and idempotency filters");
        PARTS.put("org.recflow.web.RequestLimitsFilter", "body reading (limit) and idempotency filters");
        PARTS.put("org.recflow.web.CachedBodyRequest", "body reading (limit) and idempotency filters");
        PARTS.put("org.recflow.membership.", "security filter chain and sign-in");
        PARTS.put("org.springframework.security.", "security filter chain and sign-in");
        PARTS.put("org.recflow.ops.RequestLog", "request log, request id, other servlet filters");
        PARTS.put("org.recflow.web.", "request log, request id, other servlet filters");
        PARTS.put("org.recflow.sim.SimClockSyncFilter", "request log, request id, other servlet filters");
        PARTS.put("ch.qos.logback.", "request log, request id, other servlet filters");
        PARTS.put("org.springframework.web.filter.", "request log, request id, other servlet filters");
        PARTS.put("org.springframework.boot.", "request log, request id, other servlet filters");
        PARTS.put("org.camunda.", "Camunda");
        PARTS.put("org.recflow.", "recflow (other)");
        PARTS.put("org.apache.catalina.", "Tomcat: HTTP parsing, sockets, servlet");
        PARTS.put("org.apache.coyote.", "Tomcat: HTTP parsing, sockets, servlet");
        PARTS.put("org.apache.tomcat.", "Tomcat: HTTP parsing, sockets, servlet");
    }

    static boolean matches(String key, RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        int hash = key.indexOf('#');
        if (hash >= 0) {
            return type.equals(key.substring(0, hash)) && f.getMethod().getName().equals(key.substring(hash + 1));
        }
        if (key.endsWith(".")) {
            return type.startsWith(key);
        }
        return type.equals(key) || type.startsWith(key + "$");
    }

    static String part(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            for (Map.Entry<String, String> e : PARTS.entrySet()) {
                if (matches(e.getKey(), f)) {
                    return e.getValue();
                }
            }
        }
        return "JDK or other code only";
    }

    private JfrSummary() {
    }


    static String component(String className) {
        for (Map.Entry<String, String> e : COMPONENTS.entrySet()) {
            if (className.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "other";
    }

    static void run(Args a) throws Exception {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> recflowMethods = new HashMap<>();
        Map<String, Integer> calls = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> inDatabase = new HashMap<>();
        int samples = 0;
        int requestSamples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a.get("file")))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            thread = thread == null ? "?" : thread.replaceAll("[0-9]+", "N");
            threads.merge(thread, 1, Integer::sum);
            if (thread.startsWith("http-nio-")) {
                requestSamples++;
                String part = part(frames);
                parts.merge(part, 1, Integer::sum);
                if (frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith("org.h2."))) {
                    inDatabase.merge(part, 1, Integer::sum);
                }
            }
            self.merge(component(frames.get(0).getMethod().getType().getName()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            String firstRecflow = null;
            String callee = "(itself)";
            for (int i = 0; i < frames.size(); i++) {
                RecordedFrame f = frames.get(i);
                String type = f.getMethod().getType().getName();
                String c = component(type);
                if (seen.add(c)) {
                    inclusive.merge(c, 1, Integer::sum);
                }
                if (firstRecflow == null && c.equals("recflow")) {
                    firstRecflow = name(f);
                    if (i > 0) {
                        callee = name(frames.get(i - 1));
                    }
                }
            }
            if (firstRecflow != null) {
                recflowMethods.merge(firstRecflow, 1, Integer::sum);
                calls.merge(firstRecflow + " -> " + callee, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d CPU samples%n", a.get("label", a.get("file")), samples));
        out.append("  components in the stack (inclusive): ").append(top(inclusive, samples, 12)).append('\n');
        out.append("  component of the sampled frame (self): ").append(top(self, samples, 8)).append('\n');
        out.append("  innermost recflow method: ").append(top(recflowMethods, samples, 10)).append('\n');
        out.append("  innermost recflow method -> what it called: ").append(top(calls, samples, 10)).append('\n');
        out.append("  threads: ").append(top(threads, samples, 8)).append('\n');
        out.append(String.format(Locale.ROOT, "  parts of the request threads' samples (%d; innermost owner, issue 20); share, of which "
                + "in H2 (statement execution inside the JVM):%n", requestSamples));
        int onRequests = Math.max(1, requestSamples);
        parts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(p -> out.append(String.format(Locale.ROOT,
                "    %5.1f%%  (H2 %4.1f%%)  %s%n", 100.0 * p.getValue() / onRequests, 100.0 * inDatabase.getOrDefault(p.getKey(), 0) / onRequests,
                p.getKey())));
        System.out.print(out);
        if (a.has("out")) {
            Files.writeString(Path.of(a.get("out")), out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    static String top(Map<String, Integer> counts, int total, int n) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(n).forEach(e -> b.append(b.length() == 0 ? "" : ", ")
                .append(e.getKey()).append(String.format(Locale.ROOT, " %.0f%%", 100.0 * e.getValue() / Math.max(1, total))));
        return b.toString();
    }
}
