package org.recflow.approval;

import java.util.Set;

/**
 * What an SG meeting decided, by the rule of the procedure.
 * <ul>
 * <li>AAP (A.8 §5.2-§5.6): a Member State raising policy or regulatory implications sends the text to
 *     TAP; two or more Member States objecting defeat it; with at most one objection it is approved
 *     (§5.4), unless a Member State asked for more time (§5.6), whose later objection counts with those
 *     made at the meeting.</li>
 * <li>TAP (Res. 1 §9.5.3, §9.5.5): any Member State objecting defeats it; more time as above, where a
 *     single objection in the window is enough.</li>
 * </ul>
 * Abstaining delegations are not counted (A.8 §5.7, Res. 1 §9.5.6): they are simply not objections.
 */
record MeetingDecision(Result result, String reason) {

    enum Result {
        APPROVED, NOT_APPROVED, MORE_TIME, MOVED_TO_TAP
    }

    static MeetingDecision atMeeting(Procedure procedure, Set<String> objections, Set<String> moreTimeRequestedBy,
            String policyImplicationsRaisedBy) {
        if (procedure == Procedure.AAP && policyImplicationsRaisedBy != null) {
            return new MeetingDecision(Result.MOVED_TO_TAP, "POLICY_IMPLICATIONS_RAISED");
        }
        if (objections.size() > tolerated(procedure)) {
            return new MeetingDecision(Result.NOT_APPROVED, procedure == Procedure.AAP ? "TWO_OR_MORE_OBJECTIONS" : "OBJECTION_AT_MEETING");
        }
        if (!moreTimeRequestedBy.isEmpty()) {
            return new MeetingDecision(Result.MORE_TIME, "MORE_TIME_REQUESTED");
        }
        return new MeetingDecision(Result.APPROVED, objections.isEmpty() ? "NO_OBJECTION" : "ONE_OBJECTION");
    }

    /** After an objection in the more-time window: decided at once when it defeats the text, else still open. */
    static boolean defeatedAfterMoreTime(Procedure procedure, Set<String> objectionsAtMeeting, Set<String> lateObjections) {
        return countDistinct(objectionsAtMeeting, lateObjections) > tolerated(procedure);
    }

    /** When the more-time window closes. */
    static MeetingDecision whenMoreTimeCloses(Procedure procedure, Set<String> objectionsAtMeeting, Set<String> lateObjections) {
        if (defeatedAfterMoreTime(procedure, objectionsAtMeeting, lateObjections)) {
            return new MeetingDecision(Result.NOT_APPROVED, "OBJECTION_AFTER_MORE_TIME");
        }
        return new MeetingDecision(Result.APPROVED, "NO_DECISIVE_OBJECTION_AFTER_MORE_TIME");
    }

    /** How many objecting Member States the procedure tolerates: one under A.8 §5.4, none under TAP. */
    static int tolerated(Procedure procedure) {
        return procedure == Procedure.AAP ? 1 : 0;
    }

    private static int countDistinct(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all.size();
    }
}
