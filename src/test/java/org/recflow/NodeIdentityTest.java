package org.recflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13 item 8: each node's job executor and job log name that node, not {@code 127.0.0.1$default}. */
@SpringTest
@DisplayName("Each node's job executor names the node as the lock owner of the jobs it takes")
class NodeIdentityTest {

    @Autowired ProcessEngine engine;

    @Test
    void theNodeNameIsTheHostAndTheConfiguredName() {
        assertThat(new NodeIdentity("gva-app-1", "node-b").name()).isEqualTo("gva-app-1/node-b");
        assertThat(new NodeIdentity("gva-app-1", " ").name()).isEqualTo("gva-app-1/pid" + ProcessHandle.current().pid());
    }

    @Test
    void anEngineTakesTheNodeAsLockOwnerAndJobLogHostname() {
        StandaloneInMemProcessEngineConfiguration c = new StandaloneInMemProcessEngineConfiguration();
        c.setJdbcUrl("jdbc:h2:mem:node-identity;DB_CLOSE_DELAY=1000");
        c.setProcessEngineName("node-identity");
        c.setJobExecutor(new DefaultJobExecutor());
        c.setHistory("full");
        c.getProcessEnginePlugins().add(new NodeIdentity("gva-app-1", "node-b"));
        ProcessEngine built = c.buildProcessEngine();
        try {
            assertThat(c.getHostname()).isEqualTo("gva-app-1/node-b");
            assertThat(c.getJobExecutor().getLockOwner()).isEqualTo("gva-app-1/node-b");
            // a due timer, taken by this engine's job executor's acquisition, then run
            built.getRepositoryService().createDeployment().addModelInstance("closing.bpmn", Bpmn.createExecutableProcess("closing")
                    .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("closed").timerWithDate("2020-01-01T00:00:00Z")
                    .endEvent().done()).deploy();
            built.getRuntimeService().startProcessInstanceByKey("closing");
            c.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(c.getJobExecutor()));
            JobEntity locked = (JobEntity) built.getManagementService().createJobQuery().singleResult();
            assertThat(locked.getLockOwner()).as("act_ru_job.lock_owner_").isEqualTo("gva-app-1/node-b");
            built.getManagementService().executeJob(locked.getId());
            assertThat(built.getHistoryService().createHistoricJobLogQuery().successLog().singleResult().getHostname())
                    .as("act_hi_job_log.hostname_").isEqualTo("gva-app-1/node-b");
        } finally {
            built.close();
        }
    }

    @Test
    void anExplicitEngineHostnameIsKeptAndIsTheLockOwner() {
        StandaloneInMemProcessEngineConfiguration c = new StandaloneInMemProcessEngineConfiguration();
        c.setJdbcUrl("jdbc:h2:mem:node-identity-2;DB_CLOSE_DELAY=1000");
        c.setProcessEngineName("node-identity-2");
        c.setHostname("node-a");
        c.setJobExecutor(new DefaultJobExecutor());
        c.getProcessEnginePlugins().add(new NodeIdentity("gva-app-1", "node-b"));
        ProcessEngine built = c.buildProcessEngine();
        try {
            assertThat(c.getJobExecutor().getLockOwner()).isEqualTo("node-a");
        } finally {
            built.close();
        }
    }

    @Test
    void recflowsOwnEngineNamesThisHost() {
        ProcessEngineConfigurationImpl c = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(c.getHostname()).startsWith(NodeIdentity.localHostName() + "/").doesNotContain("$default");
        assertThat(c.getJobExecutor().getLockOwner()).isEqualTo(c.getHostname());
    }
}
