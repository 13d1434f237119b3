package org.recflow.approval;

import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;

/**
 * Who may take which step of an approval (api.md "who", A.8 §4, Resolution 31 for Associates). Each check
 * comes as a question ({@code whyNot…}: the refusal, or null) and its throwing twin, which is the question
 * asked and its answer thrown, so that {@code nextActions} and the transitions agree.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** Why {@code actor} may never take {@code step} in an approval of {@code studyGroup}, or null (NOT_ELIGIBLE, 403). */
    static RecflowException whyNot(ApprovalStep step, Actor actor, String studyGroup) {
        return switch (step) {
            case ANNOUNCE_LAST_CALL, ANNOUNCE_CONSULTATION, ANNOUNCE_ADDITIONAL_REVIEW, ANNOUNCE_MEETING, DISTRIBUTE_TEXTS, NOTIFY ->
                    whyNotTsb(actor);
            case CHANGE_PROCEDURE, JUDGE, RESOLVE_COMMENTS, RECORD_MEETING_OUTCOME, RESTART, DEFER_TO_WTSA, WITHDRAW ->
                    whyNotChairOf(actor, studyGroup);
            case COMMENT -> whyNotCommenter(actor, studyGroup);
            case OBJECT, REPLY -> whyNotMemberState(actor);
        };
    }

    /** Who may take {@code step}, in words, for {@code nextActions}. */
    static String who(ApprovalStep step, Approval a) {
        return switch (step) {
            case ANNOUNCE_LAST_CALL, ANNOUNCE_CONSULTATION, ANNOUNCE_ADDITIONAL_REVIEW, ANNOUNCE_MEETING, DISTRIBUTE_TEXTS, NOTIFY -> "TSB";
            case CHANGE_PROCEDURE, JUDGE, RESOLVE_COMMENTS, RECORD_MEETING_OUTCOME, RESTART, DEFER_TO_WTSA, WITHDRAW ->
                    "CHAIR of " + a.studyGroup;
            case COMMENT -> a.status == ApprovalStatus.LAST_CALL ? "MEMBER_STATE, SECTOR_MEMBER, ASSOCIATE of " + a.studyGroup
                    : "MEMBER_STATE, SECTOR_MEMBER";
            case REPLY -> a.regionalGroup == null ? "MEMBER_STATE" : "MEMBER_STATE of " + a.regionalGroup;
            case OBJECT -> "MEMBER_STATE among " + a.meetingOutcome.moreTimeRequestedBy();
        };
    }

    private static RecflowException whyNotChairOf(Actor actor, String studyGroup) {
        return actor.actsAsChairOf(studyGroup) ? null
                : RecflowException.notEligible("only the chairman of " + studyGroup + " (or TSB on the chairman's behalf) may take this step");
    }

    private static RecflowException whyNotTsb(Actor actor) {
        return actor.isTsb() ? null : RecflowException.notEligible("only TSB may take this step");
    }

    /** Member States and Sector Members comment; an Associate only in its own study group's approvals. */
    private static RecflowException whyNotCommenter(Actor actor, String studyGroup) {
        boolean ok = actor.is(Role.MEMBER_STATE) || actor.is(Role.SECTOR_MEMBER)
                || (actor.is(Role.ASSOCIATE) && studyGroup.equalsIgnoreCase(actor.studyGroup()));
        return ok ? null : RecflowException.notEligible("only Member States, Sector Members and Associates of " + studyGroup + " may comment");
    }

    /** Associates comment in Last Call, not in Additional Review (Resolution 31; A.8 figure 1 note 10). */
    static RecflowException whyNotIn(Actor actor, CommentPhase phase) {
        return actor.is(Role.ASSOCIATE) && phase != CommentPhase.LAST_CALL
                ? RecflowException.notEligible("Associates comment in Last Call only, not in Additional Review") : null;
    }

    private static RecflowException whyNotMemberState(Actor actor) {
        return actor.is(Role.MEMBER_STATE) ? null : RecflowException.notEligible("only a Member State may take this step");
    }

    static void chairOf(Actor actor, String studyGroup) {
        raise(whyNotChairOf(actor, studyGroup));
    }

    static void tsb(Actor actor) {
        raise(whyNotTsb(actor));
    }

    static void mayComment(Actor actor, String studyGroup) {
        raise(whyNotCommenter(actor, studyGroup));
    }

    static void mayCommentIn(Actor actor, CommentPhase phase) {
        raise(whyNotIn(actor, phase));
    }

    static void memberState(Actor actor) {
        raise(whyNotMemberState(actor));
    }

    private static void raise(RecflowException refused) {
        if (refused != null) {
            throw refused;
        }
    }
}
