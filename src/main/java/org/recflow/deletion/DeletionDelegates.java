package org.recflow.deletion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service task of processes/recommendation-deletion.bpmn, bound by {@code delegateExpression}: it reads the
 * deletion id (the business key), asks {@link DeletionManagement}, and writes back the decision for the gateway.
 */
@Configuration(proxyBeanMethods = false)
class DeletionDelegates {

    static long deletionId(DelegateExecution execution) {
        return org.recflow.kernel.Subject.idOf(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate deletionCloseWindow(DeletionManagement deletions) {
        return execution -> execution.setVariable(DeletionProcess.VAR_WINDOW_RESULT,
                deletions.closeWindow(deletionId(execution)) ? DeletionProcess.RESULT_DELETED : DeletionProcess.RESULT_RETURNED_TO_SG);
    }
}
