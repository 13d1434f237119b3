package org.recflow.ops;

import java.time.Instant;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Watches the job executor's acquisition of due jobs, for {@link JobExecutorHealth}: it makes Camunda's own
 * acquisition command and notes whether each attempt got to the end. An attempt that failed — in the command, or
 * before it when its transaction could not begin (the database out of reach) — is known as failed when it throws, or
 * at the latest when the next attempt starts without the previous one having succeeded. {@link #failing()} then holds
 * until an attempt succeeds. One acquisition thread per executor: plain volatile fields suffice.
 */
final class JobAcquisitionWatch implements AcquireJobsCommandFactory {

    private final AcquireJobsCommandFactory camunda;
    private volatile boolean outstanding;
    private volatile boolean failing;
    private volatile Instant lastSuccess;

    JobAcquisitionWatch(JobExecutor executor) {
        this.camunda = new DefaultAcquireJobsCommandFactory(executor);
    }

    /** Installs the watch on an executor not yet started; answers it. */
    static JobAcquisitionWatch install(JobExecutor executor) {
        JobAcquisitionWatch watch = new JobAcquisitionWatch(executor);
        executor.setAcquireJobsCmdFactory(watch);
        return watch;
    }

    @Override
    public Command<AcquiredJobs> getCommand(int numJobsToAcquire) {
        if (outstanding) {
            // the previous attempt never came back: its transaction could not begin
            failing = true;
        }
        outstanding = true;
        Command<AcquiredJobs> command = camunda.getCommand(numJobsToAcquire);
        return commandContext -> {
            try {
                AcquiredJobs acquired = command.execute(commandContext);
                failing = false;
                lastSuccess = Instant.now();
                return acquired;
            } catch (RuntimeException e) {
                failing = true;
                throw e;
            } finally {
                outstanding = false;
            }
        };
    }

    /** Whether the last attempt to acquire failed (and none succeeded since). */
    boolean failing() {
        return failing;
    }

    /** When an attempt last succeeded (wall-clock time), or null before the first. */
    Instant lastSuccess() {
        return lastSuccess;
    }
}
