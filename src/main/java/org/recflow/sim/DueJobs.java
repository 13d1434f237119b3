package org.recflow.sim;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs every job due at an instant, one after the other, for the clock endpoint. A job executor may share the
 * database (the {@code postgres} profile runs one on every node, {@code sim} included) and run a job at the same
 * time as we do: our attempt then fails, with an optimistic-locking conflict or with whatever the job's effects say
 * when they find the work done, and the job is gone once the other run commits. Such a job is left to the other
 * executor and the rest still run. A failure while the job is still there is the job's own, and is thrown.
 */
final class DueJobs {

    private final ManagementService management;
    private final int maxJobs;

    DueJobs(ManagementService management, int maxJobs) {
        this.management = management;
        this.maxJobs = maxJobs;
    }

    /** Answers how many jobs this call ran. */
    int runUntil(Instant target) {
        int fired = 0;
        Set<String> takenByOthers = new HashSet<>();
        while (fired < maxJobs) {
            List<Job> due = management.createJobQuery().executable().duedateLowerThan(Date.from(target.plusMillis(1)))
                    .orderByJobDuedate().asc().listPage(0, 100 + takenByOthers.size()).stream()
                    .filter(j -> !takenByOthers.contains(j.getId())).toList();
            // jobs without a due date (asynchronous continuations) are due at once
            if (due.isEmpty()) {
                due = management.createJobQuery().executable().listPage(0, 100 + takenByOthers.size()).stream()
                        .filter(j -> j.getDuedate() == null || !j.getDuedate().toInstant().isAfter(target))
                        .filter(j -> !takenByOthers.contains(j.getId())).toList();
            }
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                if (run(job.getId())) {
                    fired++;
                } else {
                    takenByOthers.add(job.getId());
                }
            }
        }
        return fired;
    }

    private boolean run(String jobId) {
        try {
            management.executeJob(jobId);
            return true;
        } catch (OptimisticLockingException e) {
            return false;
        } catch (RuntimeException e) {
            // gone: another executor ran it first, and our run failed on its effects (the row it changed, the job
            // it deleted; recflow's close answers "not open" once the consultation is closed)
            if (management.createJobQuery().jobId(jobId).count() == 0) {
                return false;
            }
            throw e;
        }
    }
}
