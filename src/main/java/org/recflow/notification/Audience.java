package org.recflow.notification;

import java.util.List;

/**
 * Whom a notification is for, as the rule of api.md's table rather than a list of 194 names, so that the outbox row
 * written in the change's transaction stays small: every Member State (or only those of {@code regionalGroup}), every
 * Sector Member, the Associates of {@code associatesOf}, the chair of {@code chairOf}, TSB, named {@code accounts}, and
 * those who submitted in the subject's period ({@code submittersOf}).
 * Fields may be false/null/empty.
 */
public record Audience(boolean memberStates, String regionalGroup, boolean sectorMembers, String associatesOf, String chairOf,
        boolean tsb, List<String> accounts, Submitters submittersOf) {

    /** Those who submitted in a period of the subject, read when the notification is fanned out (after the commit). */
    public enum Submitters {
        LAST_CALL_COMMENTS, ADDITIONAL_REVIEW_COMMENTS, APPROVAL_REPLIES, APPROVAL_OBJECTIONS, QUESTION_REPLIES, DELETION_OBJECTIONS
    }

    public Audience {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** An audience without submitters. */
    public Audience(boolean memberStates, String regionalGroup, boolean sectorMembers, String associatesOf, String chairOf, boolean tsb,
            List<String> accounts) {
        this(memberStates, regionalGroup, sectorMembers, associatesOf, chairOf, tsb, accounts, null);
    }

    static Audience chairAndTsb(String studyGroup) {
        return new Audience(false, null, false, null, studyGroup, true, List.of());
    }

    static Audience accounts(String... names) {
        return new Audience(false, null, false, null, null, false, List.of(names));
    }
}
