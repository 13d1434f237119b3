package org.recflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** The application's engine gets its models from {@link ProcessModels} only, under stable names. */
@SpringTest
class ProcessModelsWiringTest {

    @Autowired RepositoryService repository;

    @Test
    void theApplicationsModelsAreDeployedUnderStableNamesByRecflowAlone() {
        List<Deployment> deployments = repository.createDeploymentQuery().list();
        assertThat(deployments).isNotEmpty().allSatisfy(d -> assertThat(d.getName()).isEqualTo(ProcessModels.DEPLOYMENT_NAME));
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(p -> p.getKey() + " " + p.getResourceName())
                .contains("aapApproval processes/aap-approval.bpmn", "tapApproval processes/tap-approval.bpmn",
                        "questionApproval processes/question-approval.bpmn",
                        "recommendationDeletion processes/recommendation-deletion.bpmn");
    }

    @Test
    void theStartersAutoDeploymentIsLeftNothingEvenWhenSwitchedOn() {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setDeploymentResources(new Resource[] {new ByteArrayResource(new byte[] {1}, "/home/x/processes/a.bpmn")});
        new ProcessModels().postInit(configuration);
        assertThat(configuration.getDeploymentResources()).isEmpty();
    }
}
