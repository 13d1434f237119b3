package org.recflow.approval;

/** The chairman's choices at the AAP judgements (A.8 §4.4.1, §4.4.2, §4.4.4, §4.5). */
public enum Route {
    APPROVE, MEETING, COMMENT_RESOLUTION, ADDITIONAL_REVIEW, MEETING_NEW_NORMATIVE_REFERENCE
}
