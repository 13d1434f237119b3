package org.recflow.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.recflow.deadline.DeadlineKind;
import org.recflow.web.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * recflow's own meters, in Micrometer's conventions (dot-separated lower-case names; Prometheus shows
 * {@code recflow.submissions} as {@code recflow_submissions_total}), and the log line of each automatic step.
 * <p>
 * Counters, fed from one place, {@link #recorded}, which {@code History} calls for every line of history; a counter
 * moves only when the transaction that wrote the line commits (a refused or rolled-back step counts nothing):
 * <ul>
 * <li>{@value #SUBMISSIONS} {@code {subject=approval|question|deletion, kind=comment|reply|objection}}: every
 *     {@code *_SUBMITTED} line (a changed reply counts again);</li>
 * <li>{@value #PERIODS_CLOSED} {@code {subject, kind=last_call|additional_review|consultation|more_time|objection_period}}:
 *     every {@code *_CLOSED} line, i.e. a period closed by its timer.</li>
 * </ul>
 * Gauges, read from one snapshot that is taken at most once per {@code recflow.metrics.refresh} (default 30 s) however
 * often Prometheus scrapes, so that 100,000 open deadlines are counted twice a minute at most, not on every scrape:
 * <ul>
 * <li>{@value #DEADLINES_OPEN} {@code {kind=<DeadlineKind>, overdue=true|false}}: open deadlines of the read model;
 *     overdue as the dashboard says it (the deadline's second has passed, {@code ProcedureCalendar.hasClosed});</li>
 * <li>{@value #JOBS_DUE}: the job executor's backlog, jobs with retries left whose due date has come (engine clock);</li>
 * <li>{@value #JOBS_FAILED}: jobs with no retries left (each is an incident until retried);</li>
 * <li>{@value #INCIDENTS_OPEN}: open incidents of the engine.</li>
 * </ul>
 * A snapshot that cannot be taken (database out of reach) shows NaN until the next one. Notifications by status are
 * not measured yet: the outbox does not exist (api.md "Notifications"); its gauges belong beside these when it does.
 */
@Component
public class RecflowMetrics {

    public static final String SUBMISSIONS = "recflow.submissions";
    public static final String PERIODS_CLOSED = "recflow.periods.closed";
    public static final String DEADLINES_OPEN = "recflow.deadlines.open";
    public static final String JOBS_DUE = "recflow.jobs.due";
    public static final String JOBS_FAILED = "recflow.jobs.failed";
    public static final String INCIDENTS_OPEN = "recflow.incidents.open";

    /** The MDC key of the business key ("APPROVAL-42"), the same as Camunda's logging context is configured with. */
    public static final String BUSINESS_KEY = "businessKey";

    private static final Logger STEPS = LoggerFactory.getLogger("org.recflow.step");
    private static final Logger log = LoggerFactory.getLogger(RecflowMetrics.class);

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<ProcessEngine> engine;
    private final long refreshNanos;
    private volatile Snapshot current;

    RecflowMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock, ObjectProvider<ProcessEngine> engine,
            @Value("${recflow.metrics.refresh:PT30S}") Duration refresh) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.engine = engine;
        this.refreshNanos = refresh.toNanos();
        for (DeadlineKind kind : DeadlineKind.values()) {
            for (boolean overdue : new boolean[] {false, true}) {
                Gauge.builder(DEADLINES_OPEN, this, m -> m.snapshot().open(kind, overdue))
                        .tag("kind", kind.name()).tag("overdue", Boolean.toString(overdue))
                        .description("open deadlines of the read model, by kind and whether overdue").register(registry);
            }
        }
        Gauge.builder(JOBS_DUE, this, m -> m.snapshot().jobsDue())
                .description("jobs with retries left whose due date has come: the job executor's backlog").register(registry);
        Gauge.builder(JOBS_FAILED, this, m -> m.snapshot().jobsFailed())
                .description("jobs with no retries left").register(registry);
        Gauge.builder(INCIDENTS_OPEN, this, m -> m.snapshot().incidents())
                .description("open incidents of the process engine").register(registry);
    }

    /**
     * One line of history was written for {@code subjectType}/{@code subjectId} ("APPROVAL", 42) with {@code action}
     * (e.g. {@code COMMENT_SUBMITTED}); {@code automatic} when no person took the step (a timer closed a period).
     * Counts it and logs an automatic step on {@code org.recflow.step} (with the business key in the MDC) when the
     * transaction commits, and, within a request, leaves the business key in the MDC for the request's own log line.
     */
    @org.springframework.context.event.EventListener
    void on(org.recflow.audit.HistoryRecorded e) {
        recorded(e.subjectType(), e.subjectId(), e.action(), e.automatic(), e.detail());
    }

    public void recorded(String subjectType, long subjectId, String action, boolean automatic, String detail) {
        String businessKey = subjectType + "-" + subjectId;
        Counter counter = counter(subjectType, action);
        if (counter != null) {
            afterCommit(counter::increment);
        }
        if (automatic) {
            // after commit too: two executors may try the same timer at once, and only one of them commits
            String line = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 199) + "…";
            afterCommit(() -> logStep(action, businessKey, line));
        }
        if (RequestIdFilter.current() != null && MDC.get(BUSINESS_KEY) == null) {
            MDC.put(BUSINESS_KEY, businessKey);
        }
    }

    /** Takes a new snapshot for the gauges now, whatever its age (tests; an operator's impatience). */
    public void refresh() {
        synchronized (this) {
            current = take();
        }
    }

    private Counter counter(String subjectType, String action) {
        String name;
        String kind;
        if (action.endsWith("_SUBMITTED")) {
            name = SUBMISSIONS;
            kind = action.substring(0, action.length() - "_SUBMITTED".length());
        } else if (action.endsWith("_CLOSED")) {
            name = PERIODS_CLOSED;
            kind = action.substring(0, action.length() - "_CLOSED".length());
        } else {
            return null;
        }
        return Counter.builder(name).tag("subject", subjectType.toLowerCase(Locale.ROOT))
                .tag("kind", kind.toLowerCase(Locale.ROOT))
                .description(name.equals(SUBMISSIONS) ? "comments, replies and objections accepted" : "periods closed by their timer")
                .register(registry);
    }

    private static void logStep(String action, String businessKey, String detail) {
        String before = MDC.get(BUSINESS_KEY);
        MDC.put(BUSINESS_KEY, businessKey);
        try {
            STEPS.info("automatic step {} of {}: {}", action, businessKey, detail);
        } finally {
            if (before == null) {
                MDC.remove(BUSINESS_KEY);
            } else {
                MDC.put(BUSINESS_KEY, before);
            }
        }
    }

    /** Runs {@code effect} when the current transaction commits (at once without one); never after a rollback. */
    private static void afterCommit(Runnable effect) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            effect.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                effect.run();
            }
        });
    }

    private Snapshot snapshot() {
        Snapshot s = current;
        if (s != null && System.nanoTime() - s.takenAt() < refreshNanos) {
            return s;
        }
        synchronized (this) {
            s = current;
            if (s == null || System.nanoTime() - s.takenAt() >= refreshNanos) {
                current = take();
            }
            return current;
        }
    }

    private Snapshot take() {
        long at = System.nanoTime();
        try {
            Map<String, Long> open = new HashMap<>();
            // one pass over the open rows (index deadline_open), grouped in the database
            jdbc.sql("SELECT kind, overdue, COUNT(*) AS n FROM (SELECT kind, CASE WHEN due_at <= ? THEN 1 ELSE 0 END AS overdue "
                            + "FROM recflow.deadline WHERE closed_at IS NULL) AS o GROUP BY kind, overdue")
                    .param(Timestamp.from(clock.instant().minusSeconds(1)))
                    .query(rs -> {
                        open.put(rs.getString("kind") + "/" + (rs.getInt("overdue") == 1), rs.getLong("n"));
                    });
            ProcessEngine e = engine.getObject();
            long due = e.getManagementService().createJobQuery().executable().count();
            long failed = e.getManagementService().createJobQuery().noRetriesLeft().count();
            long incidents = e.getRuntimeService().createIncidentQuery().count();
            return new Snapshot(at, open, due, failed, incidents);
        } catch (RuntimeException ex) {
            log.warn("metrics snapshot failed, gauges show NaN until the next: {}", ex.toString());
            return new Snapshot(at, null, -1, -1, -1);
        }
    }

    private record Snapshot(long takenAt, Map<String, Long> openDeadlines, long due, long failed, long incidentCount) {

        double open(DeadlineKind kind, boolean overdue) {
            return openDeadlines == null ? Double.NaN : openDeadlines.getOrDefault(kind.name() + "/" + overdue, 0L);
        }

        double jobsDue() {
            return due < 0 ? Double.NaN : due;
        }

        double jobsFailed() {
            return failed < 0 ? Double.NaN : failed;
        }

        double incidents() {
            return incidentCount < 0 ? Double.NaN : incidentCount;
        }
    }
}
