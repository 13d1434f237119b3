package org.recflow.ops;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The job executor's part of readiness ({@code jobExecutor} in {@code /actuator/health/readiness}): DOWN while the
 * executor should run but is not started, and while its last attempt to acquire due jobs failed (the database out of
 * reach, typically; {@link JobAcquisitionWatch}), until an attempt succeeds; UP when it runs and acquires. Where
 * {@code camunda.bpm.job-execution.enabled=false} (the {@code sim} profile, whose clock endpoint runs the due jobs, and
 * the tests) the executor is off by design: UP, with {@code enabled=false} in the details. Details (shown to TSB
 * only) name the executor and the failure's class. Replaces the Camunda starter's indicator of the same name, which
 * looks at {@code isActive()} only.
 */
final class JobExecutorHealth extends AbstractHealthIndicator {

    private final ObjectProvider<ProcessEngine> engine;
    private final boolean enabled;

    JobExecutorHealth(ObjectProvider<ProcessEngine> engine, boolean enabled) {
        super("job executor health check failed");
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!enabled) {
            builder.up().withDetail("enabled", false);
            return;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        JobExecutor executor = configuration.getJobExecutor();
        if (executor == null || !executor.isActive()) {
            builder.down().withDetail("enabled", true).withDetail("active", false);
            return;
        }
        builder.withDetail("enabled", true).withDetail("active", true).withDetail("name", executor.getName());
        if (executor.getAcquireJobsCmdFactory() instanceof JobAcquisitionWatch watch) {
            if (watch.lastSuccess() != null) {
                builder.withDetail("lastAcquisition", watch.lastSuccess().toString());
            }
            if (watch.failing()) {
                builder.down().withDetail("acquisition", "failing");
                return;
            }
        }
        builder.up().withDetail("acquisition", "ok");
    }
}
