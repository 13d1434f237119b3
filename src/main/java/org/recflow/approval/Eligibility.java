package org.recflow.approval;

import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.kernel.RecflowException;

/** Who may take which step of an approval (api.md "who", A.8 §4, Resolution 31 for Associates). */
final class Eligibility {

    private Eligibility() {
    }

    static void chairOf(Actor actor, String studyGroup) {
        if (!actor.actsAsChairOf(studyGroup)) {
            throw RecflowException.notEligible("only the chairman of " + studyGroup + " (or TSB on the chairman's behalf) may take this step");
        }
    }

    static void tsb(Actor actor) {
        if (!actor.isTsb()) {
            throw RecflowException.notEligible("only TSB may take this step");
        }
    }

    /** Member States and Sector Members comment; an Associate only in its own study group's approvals. */
    static void mayComment(Actor actor, String studyGroup) {
        boolean ok = actor.is(Role.MEMBER_STATE) || actor.is(Role.SECTOR_MEMBER)
                || (actor.is(Role.ASSOCIATE) && studyGroup.equalsIgnoreCase(actor.studyGroup()));
        if (!ok) {
            throw RecflowException.notEligible("only Member States, Sector Members and Associates of " + studyGroup + " may comment");
        }
    }

    /** Associates comment in Last Call, not in Additional Review (Resolution 31; A.8 figure 1 note 10). */
    static void mayCommentIn(Actor actor, CommentPhase phase) {
        if (actor.is(Role.ASSOCIATE) && phase != CommentPhase.LAST_CALL) {
            throw RecflowException.notEligible("Associates comment in Last Call only, not in Additional Review");
        }
    }

    static void memberState(Actor actor) {
        if (!actor.is(Role.MEMBER_STATE)) {
            throw RecflowException.notEligible("only a Member State may take this step");
        }
    }
}
