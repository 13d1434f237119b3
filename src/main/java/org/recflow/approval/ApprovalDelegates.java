package org.recflow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the AAP and TAP models, bound by {@code delegateExpression}: each reads the approval id (the
 * business key), asks {@link ApprovalManagement}, and writes back the decision for the next gateway.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalDelegates {

    static long approvalId(DelegateExecution execution) {
        return org.recflow.kernel.Subject.idOf(execution.getProcessBusinessKey());
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

    /** Shared by the AAP and the TAP: the more-time window after a meeting. */
    @Bean
    JavaDelegate closeMoreTime(ApprovalManagement approvals) {
        return execution -> execution.setVariable(AapProcess.VAR_MORE_TIME_DECISION,
                approvals.closeMoreTime(approvalId(execution)).name());
    }

    @Bean
    JavaDelegate tapCloseConsultation(ApprovalManagement approvals) {
        return execution -> execution.setVariable(TapProcess.VAR_CONSULTATION_RESULT,
                approvals.closeConsultation(approvalId(execution)) ? TapProcess.RESULT_CONTINUE : TapProcess.RESULT_BELOW_THRESHOLD);
    }
}
