package org.recflow.approval;

/** Names shared by processes/tap-approval.bpmn and the code that drives it. */
public final class TapProcess {

    public static final String ID = "tapApproval";

    public static final String MSG_CONSULTATION_ANNOUNCED = "TapConsultationAnnounced";
    public static final String MSG_MEETING_OUTCOME_RECORDED = "TapMeetingOutcomeRecorded";
    public static final String MSG_MORE_TIME_DECIDED = "TapMoreTimeDecided";

    public static final String VAR_CONSULTATION_CLOSES_AT = "consultationClosesAt";
    public static final String VAR_CONSULTATION_RESULT = "consultationResult";
    public static final String VAR_MEETING_DECISION = AapProcess.VAR_MEETING_DECISION;
    public static final String VAR_MORE_TIME_CLOSES_AT = AapProcess.VAR_MORE_TIME_CLOSES_AT;
    public static final String VAR_MORE_TIME_DECISION = AapProcess.VAR_MORE_TIME_DECISION;

    /** Values of {@link #VAR_CONSULTATION_RESULT}. */
    public static final String RESULT_CONTINUE = "CONTINUE";
    public static final String RESULT_BELOW_THRESHOLD = "BELOW_THRESHOLD";

    /** BPMN element ids that tests and pages refer to. */
    public static final String CONSULTATION_ANNOUNCED = "consultationAnnounced";
    public static final String CONSULTATION_CLOSED = "consultationClosed";
    public static final String MEETING_OUTCOME_RECORDED = "meetingOutcomeRecorded";
    public static final String MORE_TIME_CLOSED = "moreTimeClosed";
    public static final String APPROVED = "approved";
    public static final String NOT_APPROVED = "notApproved";

    private TapProcess() {
    }
}
