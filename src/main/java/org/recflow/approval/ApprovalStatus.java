package org.recflow.approval;

import java.util.EnumSet;
import java.util.Set;

/** The statuses of api.md. */
public enum ApprovalStatus {
    REQUESTED,
    LAST_CALL,
    LAST_CALL_JUDGEMENT,
    COMMENT_RESOLUTION,
    RESOLUTION_JUDGEMENT,
    AWAITING_ADDITIONAL_REVIEW,
    ADDITIONAL_REVIEW,
    ADDITIONAL_REVIEW_JUDGEMENT,
    CONSULTATION,
    AWAITING_MEETING,
    MORE_TIME,
    APPROVED,
    NOT_APPROVED,
    MOVED_TO_TAP,
    DEFERRED_TO_WTSA,
    WITHDRAWN;

    private static final Set<ApprovalStatus> FINAL = EnumSet.of(APPROVED, NOT_APPROVED, MOVED_TO_TAP, DEFERRED_TO_WTSA, WITHDRAWN);

    /** No further step of the procedure follows (a NOT_APPROVED text may still be restarted). */
    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
