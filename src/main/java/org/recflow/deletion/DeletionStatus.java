package org.recflow.deletion;

/** The deletion statuses of api.md. */
public enum DeletionStatus {
    /** The circular went out; Member States and Sector Members may object for 3 months. */
    OBJECTION_PERIOD,
    /** No objection within the 3 months: the deletion took effect. */
    DELETED,
    /** Someone objected: the matter goes back to the study group. */
    RETURNED_TO_SG;

    public boolean isFinal() {
        return this != OBJECTION_PERIOD;
    }
}
