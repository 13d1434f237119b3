package org.recflow.question;

/** The Question statuses of api.md. */
public enum QuestionStatus {
    /** The Director's 2-month consultation of the Member States runs (Res. 1 §7.3.2.2). */
    CONSULTATION,
    APPROVED,
    /** Below 70% at the close: back to the study group with the comments (§7.3.2.3). */
    RETURNED_TO_SG;

    public boolean isFinal() {
        return this != CONSULTATION;
    }
}
