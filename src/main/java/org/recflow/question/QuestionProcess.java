package org.recflow.question;

/** Names shared by processes/question-approval.bpmn and the code that drives it: the only place they are spelt. */
public final class QuestionProcess {

    public static final String ID = "questionApproval";

    public static final String VAR_QUESTION_ID = "questionId";
    /** Res. 1 §7.3.2.1: policy or regulatory implications, or doubt about the Question's scope. */
    public static final String VAR_POLICY_IMPLICATIONS = "policyImplications";
    public static final String VAR_CONSULTATION_CLOSES_AT = "consultationClosesAt";
    public static final String VAR_CONSULTATION_RESULT = "consultationResult";

    /** Values of {@link #VAR_CONSULTATION_RESULT}: the statuses the close leads to. */
    public static final String RESULT_APPROVED = "APPROVED";
    public static final String RESULT_RETURNED_TO_SG = "RETURNED_TO_SG";

    /** BPMN element ids that tests and pages refer to. */
    public static final String QUESTION_AGREED = "questionAgreed";
    public static final String POLICY_IMPLICATIONS = "policyImplications";
    public static final String CONSULTATION_CLOSED = "consultationClosed";
    public static final String CLOSE_CONSULTATION = "closeConsultation";
    public static final String THRESHOLD_MET = "thresholdMet";
    public static final String APPROVED = "approved";
    public static final String RETURNED_TO_STUDY_GROUP = "returnedToStudyGroup";

    private QuestionProcess() {
    }
}
