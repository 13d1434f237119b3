package org.recflow.question;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service task of processes/question-approval.bpmn, bound by {@code delegateExpression}: it reads the Question id
 * (the business key), asks {@link QuestionManagement}, and writes back the decision for the next gateway.
 */
@Configuration(proxyBeanMethods = false)
class QuestionDelegates {

    static long questionId(DelegateExecution execution) {
        return org.recflow.kernel.Subject.idOf(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate questionCloseConsultation(QuestionManagement questions) {
        return execution -> execution.setVariable(QuestionProcess.VAR_CONSULTATION_RESULT,
                questions.closeConsultation(questionId(execution)) ? QuestionProcess.RESULT_APPROVED : QuestionProcess.RESULT_RETURNED_TO_SG);
    }
}
