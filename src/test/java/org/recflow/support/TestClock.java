package org.recflow.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.recflow.kernel.Subject;
import org.springframework.stereotype.Component;

/**
 * Moves the engine clock in tests and runs the jobs that are then due, as the job executor would:
 * no test sleeps for a timer. Only the jobs of the given approval's process run, so tests sharing
 * one application context do not fire each other's timers.
 */
@Component
public class TestClock {

    private final ManagementService management;

    private final RuntimeService runtime;

    TestClock(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /** The jobs of an approval's process (business key APPROVAL-id). */
    private List<Job> jobs(long approvalId) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Subject.key("APPROVAL", approvalId))
                .list().stream().map(p -> p.getId()).toList();
        return instances.stream().flatMap(pid -> management.createJobQuery().processInstanceId(pid).list().stream()).toList();
    }

    public void set(String iso) {
        set(Instant.parse(iso));
    }

    public void set(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public void reset() {
        ClockUtil.reset();
    }

    /** Moves the clock to {@code iso} and runs the due jobs of that subject; answers how many ran. */
    public int moveTo(String iso, long subjectId) {
        set(iso);
        return runDueJobs(subjectId);
    }

    public int runDueJobs(long subjectId) {
        int ran = 0;
        while (true) {
            List<Job> due = jobs(subjectId).stream()
                    .filter(j -> j.getDuedate() == null || !j.getDuedate().toInstant().isAfter(now())).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
    }

    /** The due date of the one timer waiting in that subject's process, if any. */
    public Instant pendingTimer(long subjectId) {
        List<Job> timers = jobs(subjectId).stream().filter(j -> j.getDuedate() != null).toList();
        return timers.isEmpty() ? null : timers.get(0).getDuedate().toInstant();
    }
}
