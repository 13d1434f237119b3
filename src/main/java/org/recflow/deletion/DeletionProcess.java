package org.recflow.deletion;

/** Names shared by processes/recommendation-deletion.bpmn and the code that drives it: the only place they are spelt. */
public final class DeletionProcess {

    public static final String ID = "recommendationDeletion";

    public static final String VAR_DELETION_ID = "deletionId";
    /** The engine's timer date: the instant after the window's last second, an ISO instant with Z. */
    public static final String VAR_OBJECTION_WINDOW_CLOSES_AT = "objectionWindowClosesAt";
    public static final String VAR_WINDOW_RESULT = "windowResult";

    /** Values of {@link #VAR_WINDOW_RESULT}: the statuses the close leads to. */
    public static final String RESULT_DELETED = "DELETED";
    public static final String RESULT_RETURNED_TO_SG = "RETURNED_TO_SG";

    /** BPMN element ids that tests and pages refer to. */
    public static final String DELETION_AGREED = "deletionAgreed";
    public static final String OBJECTION_WINDOW_CLOSED = "objectionWindowClosed";
    public static final String CHECK_OBJECTIONS = "checkObjections";
    public static final String ANY_OBJECTION = "anyObjection";
    public static final String DELETED = "deleted";
    public static final String RETURNED_TO_STUDY_GROUP = "returnedToStudyGroup";

    private DeletionProcess() {
    }
}
