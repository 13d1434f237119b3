package org.recflow.approval;

/** The AAP periods in which members comment. */
public enum CommentPhase {
    LAST_CALL, ADDITIONAL_REVIEW
}
