package org.recflow.circular;

/**
 * What a circular announces. TAP_CONSULTATION: the Director's intent to apply Res. 1 §9 at a meeting and the
 * consultation of the Member States (§9.3.1, §9.4.1); AAP_ANNOUNCEMENT: Last Calls and Additional Reviews opened and
 * AAP texts approved in a window of dates (A.8 §4.1, §4.5, §4.7); RESULT: the result of approvals (A.8 §4.7, Res. 1
 * §9.5.4); QUESTION_CONSULTATION: the consultation on a new or revised Question (Res. 1 §7.3.2.2); DELETION: the
 * study group's agreement to delete Recommendations (Res. 1 §9.8.2.1, A.8 §8.2.1).
 */
public enum CircularKind {
    TAP_CONSULTATION, AAP_ANNOUNCEMENT, RESULT, QUESTION_CONSULTATION, DELETION
}
