package org.recflow.approval;

/** Names shared by processes/aap-approval.bpmn and the code that drives it: the only place they are spelt. */
public final class AapProcess {

    public static final String ID = "aapApproval";

    public static final String MSG_LAST_CALL_ANNOUNCED = "AapLastCallAnnounced";
    public static final String MSG_LAST_CALL_JUDGED = "AapLastCallJudged";
    public static final String MSG_COMMENTS_RESOLVED = "AapCommentsResolved";
    public static final String MSG_RESOLUTION_JUDGED = "AapResolutionJudged";
    public static final String MSG_ADDITIONAL_REVIEW_ANNOUNCED = "AapAdditionalReviewAnnounced";
    public static final String MSG_ADDITIONAL_REVIEW_JUDGED = "AapAdditionalReviewJudged";
    public static final String MSG_MEETING_ANNOUNCED = "AapMeetingAnnounced";
    public static final String MSG_MEETING_OUTCOME_RECORDED = "AapMeetingOutcomeRecorded";
    public static final String MSG_MORE_TIME_DECIDED = "AapMoreTimeDecided";

    public static final String VAR_APPROVAL_ID = "approvalId";
    public static final String VAR_LAST_CALL_CLOSES_AT = "lastCallClosesAt";
    public static final String VAR_LAST_CALL_RESULT = "lastCallResult";
    public static final String VAR_ROUTE = "route";
    public static final String VAR_ADDITIONAL_REVIEW_CLOSES_AT = "additionalReviewClosesAt";
    public static final String VAR_ADDITIONAL_REVIEW_RESULT = "additionalReviewResult";
    public static final String VAR_MEETING_DECISION = "meetingDecision";
    public static final String VAR_MORE_TIME_CLOSES_AT = "moreTimeClosesAt";
    public static final String VAR_MORE_TIME_DECISION = "moreTimeDecision";

    /** Values of the *Result variables. */
    public static final String RESULT_APPROVED = "APPROVED";
    public static final String RESULT_JUDGEMENT = "JUDGEMENT";

    /** BPMN element ids that tests and pages refer to. */
    public static final String LAST_CALL_ANNOUNCED = "lastCallAnnounced";
    public static final String LAST_CALL_CLOSED = "lastCallClosed";
    public static final String LAST_CALL_JUDGED = "lastCallJudged";
    public static final String COMMENTS_RESOLVED = "commentsResolved";
    public static final String RESOLUTION_JUDGED = "resolutionJudged";
    public static final String ADDITIONAL_REVIEW_ANNOUNCED = "additionalReviewAnnounced";
    public static final String ADDITIONAL_REVIEW_CLOSED = "additionalReviewClosed";
    public static final String ADDITIONAL_REVIEW_JUDGED = "additionalReviewJudged";
    public static final String MEETING_ANNOUNCED = "meetingAnnounced";
    public static final String MEETING_OUTCOME_RECORDED = "meetingOutcomeRecorded";
    public static final String MORE_TIME_CLOSED = "moreTimeClosed";
    public static final String APPROVED = "approved";
    public static final String NOT_APPROVED = "notApproved";
    public static final String MOVED_TO_TAP = "movedToTap";

    private AapProcess() {
    }
}
