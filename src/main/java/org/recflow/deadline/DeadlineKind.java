package org.recflow.deadline;

/** The deadlines of api.md, each with whom it waits on. */
public enum DeadlineKind {
    LAST_CALL_CLOSE(WaitingOn.MEMBERS),
    COMMENT_COMPILATION(WaitingOn.CHAIR),
    ADDITIONAL_REVIEW_CLOSE(WaitingOn.MEMBERS),
    MEETING_ANNOUNCEMENT(WaitingOn.TSB),
    TEXT_DISTRIBUTION(WaitingOn.TSB),
    CONSULTATION_CLOSE(WaitingOn.MEMBER_STATES),
    MORE_TIME_CLOSE(WaitingOn.MEMBER_STATES),
    NOTIFICATION(WaitingOn.TSB),
    QUESTION_CONSULTATION_CLOSE(WaitingOn.MEMBER_STATES),
    DELETION_OBJECTION_CLOSE(WaitingOn.MEMBERS);

    private final WaitingOn waitingOn;

    DeadlineKind(WaitingOn waitingOn) {
        this.waitingOn = waitingOn;
    }

    public WaitingOn waitingOn() {
        return waitingOn;
    }
}
