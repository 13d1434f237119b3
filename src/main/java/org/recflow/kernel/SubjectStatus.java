package org.recflow.kernel;

/**
 * What a procedure module tells others about one of its subjects without their depending on it: the status of
 * subject ({@link #subjectType()}, id), e.g. "LAST_CALL" for approval 42. Implemented by each procedure's
 * management API; read by modules that the procedures themselves depend on (incidents on the dashboard).
 */
public interface SubjectStatus {

    /** The type of subject this answers for: "APPROVAL", "QUESTION" or "DELETION". */
    String subjectType();

    /** The status name of subject {@code id}; NOT_FOUND ({@link RecflowException}) when there is none. */
    String statusOf(long id);

    /**
     * Whether {@code memberState} (a code, "FRA") has replied in subject {@code id}'s current consultation (a TAP text's
     * round, a Question's consultation; Res. 1 §9.4, §7.3), so that what waits on it leaves out what it already
     * answered. False when there is no such subject, or for procedures without replies.
     */
    default boolean repliedBy(long id, String memberState) {
        return false;
    }
}
