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
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a.get("file")))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
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
