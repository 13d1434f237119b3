package org.recflow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AAP's service tasks, bound by {@code delegateExpression}: each reads the approval id (the
 * business key), asks {@link ApprovalManagement}, and writes back the decision for the next gateway.
 */
@Configuration(proxyBeanMethods = false)
class AapDelegates {

    static long approvalId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate aapCloseLastCall(ApprovalManagement approvals) {
        return execution -> execution.setVariable(AapProcess.VAR_LAST_CALL_RESULT,
                approvals.closeLastCall(approvalId(execution)) ? AapProcess.RESULT_APPROVED : AapProcess.RESULT_JUDGEMENT);
    }

    @Bean
    JavaDelegate aapCloseAdditionalReview(ApprovalManagement approvals) {
        return execution -> execution.setVariable(AapProcess.VAR_ADDITIONAL_REVIEW_RESULT,
                approvals.closeAdditionalReview(approvalId(execution)) ? AapProcess.RESULT_APPROVED : AapProcess.RESULT_JUDGEMENT);
    }

    @Bean
    JavaDelegate aapCloseMoreTime(ApprovalManagement approvals) {
        return execution -> execution.setVariable(AapProcess.VAR_MORE_TIME_DECISION,
                approvals.closeMoreTime(approvalId(execution)).name());
    }
}
