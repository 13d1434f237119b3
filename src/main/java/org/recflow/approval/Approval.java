package org.recflow.approval;

import static org.recflow.kernel.RecflowException.deadlinePassed;
import static org.recflow.kernel.RecflowException.wrongStep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;

/**
 * One approval of one Recommendation text. Every transition is a method that refuses when the
 * approval is not in the state the procedure requires (WRONG_STEP) and otherwise moves it on;
 * nothing outside changes its status.
 */
class Approval {

    Long id;
    Procedure procedure;
    String recommendation;
    Revision revision;
    String title;
    String studyGroup;
    List<String> questions;
    String summary;
    String textReference;
    LocalDate agreedOn;
    String regionalGroup;
    ApprovalStatus status;
    String outcome;
    String outcomeReason;
    Instant outcomeAt;
    Long movedTo;
    Long movedFrom;
    String processInstanceId;
    Meeting meeting;
    /** The row of {@code recflow.meeting} the text is to be approved at (null: waiting for a meeting). */
    Long meetingId;
    LocalDate meetingAnnouncedOn;
    String periodPhase;
    LocalDate periodAnnouncedOn;
    Instant periodClosesAt;
    Instant lastCallClosesAt;
    Instant additionalReviewClosesAt;
    String resolutionTextReference;
    String resolutionReference;
    MeetingOutcome meetingOutcome;
    Instant moreTimeClosesAt;
    String notificationCircular;
    LocalDate notifiedOn;
    boolean notificationPending;
    Instant consultationClosesAt;
    LocalDate textsDistributedOn;
    String deferralReason;
    int round = 1;
    Instant createdAt;
    String createdBy;

    /** The label people know the text by: "ITU-T Y.4480 (new)". */
    String label() {
        return "ITU-T " + recommendation + " (" + revision.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    // --- the checks of the steps: one description, asked by nextActions and thrown by the transitions -------

    /**
     * What the check of a step needs besides the approval: the instant and the Geneva day of the question, the
     * Member States that objected after asking for more time (this round), and the Member States consulted when a
     * regional group is (null: all).
     */
    record Situation(Instant now, LocalDate today, Set<String> lateObjections, Set<String> consulted) {
    }

    /**
     * Why nobody may take {@code step} now, or null when its state and clock allow it: the procedure, the status,
     * and the periods (a comment after a period's close is refused even before its timer has run; a meeting
     * outcome not before the meeting opens). {@code now} and {@code today} may be null for steps that do not
     * look at the clock. Refusals are WRONG_STEP (409) or DEADLINE_PASSED (409).
     */
    RecflowException closed(ApprovalStep step, Instant now, LocalDate today) {
        return switch (step) {
            case ANNOUNCE_LAST_CALL -> firstOf(notAap("Last Call"), notIn(ApprovalStatus.REQUESTED, "Announcing Last Call"));
            case CHANGE_PROCEDURE -> procedure == Procedure.TAP
                    ? wrongStep("a TAP text is already determined: it cannot move to the AAP (Res. 1 §8.3.4)")
                    : notIn(ApprovalStatus.REQUESTED, "Changing the procedure");
            case ANNOUNCE_CONSULTATION -> firstOf(notTap("The consultation"), notIn(ApprovalStatus.REQUESTED, "Announcing the consultation"));
            case REPLY -> replyClosed(now);
            case COMMENT -> commentClosed(now);
            case JUDGE -> firstOf(notAap("A judgement"), JudgementRules.isJudgement(status) ? null
                    : wrongStep("there is no judgement to make: the approval is " + status));
            case RESOLVE_COMMENTS -> firstOf(notAap("Comment resolution"),
                    notIn(ApprovalStatus.COMMENT_RESOLUTION, "Posting the comment resolution"));
            case ANNOUNCE_ADDITIONAL_REVIEW -> firstOf(notAap("Additional Review"),
                    notIn(ApprovalStatus.AWAITING_ADDITIONAL_REVIEW, "Announcing Additional Review"));
            case ANNOUNCE_MEETING -> firstOf(notAap("The meeting announcement of A.8 §4.6"),
                    notIn(ApprovalStatus.AWAITING_MEETING, "Announcing the meeting"),
                    meetingAnnouncedOn == null ? null : wrongStep("the meeting was already announced on " + meetingAnnouncedOn));
            case RECORD_MEETING_OUTCOME -> meetingOutcomeClosed(today);
            case OBJECT -> objectionClosed(now);
            case RESTART -> notIn(ApprovalStatus.NOT_APPROVED, "Restarting");
            case DISTRIBUTE_TEXTS -> firstOf(notTap("Text distribution"),
                    status == ApprovalStatus.CONSULTATION || status == ApprovalStatus.AWAITING_MEETING ? null
                            : wrongStep("texts are distributed between the announcement and the meeting: the approval is " + status),
                    textsDistributedOn == null ? null : wrongStep("the texts were already distributed on " + textsDistributedOn));
            case NOTIFY -> notificationPending ? null : wrongStep("no result is waiting for its circular: the approval is " + status);
            case DEFER_TO_WTSA -> firstOf(notTap("Deferral to WTSA"), notEnded());
            case WITHDRAW -> notEnded();
        };
    }

    /**
     * Why {@code actor} may not take {@code step} now, or null when it may: who may take it (NOT_ELIGIBLE, 403),
     * then {@link #closed}, then what depends on both (an Associate in Additional Review, a Member State that did
     * not ask for more time or has already objected, a Member State outside the consulted regional group).
     */
    RecflowException refusal(ApprovalStep step, Actor actor, Situation s) {
        return firstOf(() -> Eligibility.whyNot(step, actor, studyGroup), () -> closed(step, s.now(), s.today()),
                () -> switch (step) {
                    case COMMENT -> Eligibility.whyNotIn(actor, CommentPhase.valueOf(periodPhase));
                    case OBJECT -> lateObjectionRefusal(actor.member(), s.lateObjections());
                    case REPLY -> s.consulted() == null || s.consulted().contains(actor.member()) ? null
                            : RecflowException.notEligible("only the Member States of " + regionalGroup + " are consulted (Res. 1 §9.2.1.1)");
                    default -> null;
                });
    }

    /** The timers' guard: the engine closes a period only in the state that runs it. */
    private void require(ApprovalStatus expected, String step) {
        RecflowException refused = notIn(expected, step);
        if (refused != null) {
            throw refused;
        }
    }

    /** The throwing twin of {@link #closed}: every transition starts with it. */
    private void requireOpen(ApprovalStep step, Instant now, LocalDate today) {
        RecflowException refused = closed(step, now, today);
        if (refused != null) {
            throw refused;
        }
    }

    @SafeVarargs
    private static RecflowException firstOf(java.util.function.Supplier<RecflowException>... checks) {
        for (var c : checks) {
            RecflowException r = c.get();
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static RecflowException firstOf(RecflowException... refusals) {
        for (RecflowException r : refusals) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private RecflowException notIn(ApprovalStatus expected, String step) {
        return status == expected ? null : wrongStep(step + " is not open: the approval is " + status);
    }

    private RecflowException notAap(String step) {
        return procedure == Procedure.AAP ? null : wrongStep(step + " belongs to the AAP; this is a " + procedure + " approval");
    }

    private RecflowException notTap(String step) {
        return procedure == Procedure.TAP ? null : wrongStep(step + " belongs to the TAP; this is an " + procedure + " approval");
    }

    private RecflowException notEnded() {
        return status.isFinal() ? wrongStep("the approval has already ended: " + status) : null;
    }

    // --- AAP: Last Call -------------------------------------------------------------------------

    void announceLastCall(LocalDate announcedOn) {
        requireOpen(ApprovalStep.ANNOUNCE_LAST_CALL, null, null);
        status = ApprovalStatus.LAST_CALL;
        openPeriod(CommentPhase.LAST_CALL.name(), announcedOn, Periods.lastCallCloses(announcedOn));
        lastCallClosesAt = periodClosesAt;
    }

    private void openPeriod(String phase, LocalDate announcedOn, Instant closesAt) {
        periodPhase = phase;
        periodAnnouncedOn = announcedOn;
        periodClosesAt = closesAt;
    }

    /**
     * Whether a comment submitted at {@code now} is in time, and in which phase. A comment after the close
     * is refused even when the close has not been processed yet: the period, not the timer, decides.
     */
    CommentPhase acceptComment(Instant now) {
        requireOpen(ApprovalStep.COMMENT, now, null);
        return CommentPhase.valueOf(periodPhase);
    }

    private RecflowException commentClosed(Instant now) {
        if (procedure != Procedure.AAP) {
            return wrongStep("comments belong to the AAP; a " + procedure + " approval takes replies");
        }
        if (periodPhase == null) {
            return wrongStep("no comment period has been announced");
        }
        boolean inPeriod = status == ApprovalStatus.LAST_CALL || status == ApprovalStatus.ADDITIONAL_REVIEW;
        if (ProcedureCalendar.hasClosed(periodClosesAt, now)) {
            return deadlinePassed("the " + phaseName() + " closed at " + periodClosesAt);
        }
        if (!inPeriod) {
            return wrongStep("no comment period is open: the approval is " + status);
        }
        return null;
    }

    private String phaseName() {
        return periodPhase.equals(CommentPhase.LAST_CALL.name()) ? "Last Call" : "Additional Review";
    }

    /** The Last Call closes: approved when nobody commented, else the chairman judges (A.8 §4.4.1). */
    boolean closeLastCall(int comments, Instant now) {
        require(ApprovalStatus.LAST_CALL, "Closing Last Call");
        if (comments == 0) {
            decide(ApprovalStatus.APPROVED, "NO_COMMENT_IN_LAST_CALL", now);
            return true;
        }
        status = ApprovalStatus.LAST_CALL_JUDGEMENT;
        return false;
    }

    // --- AAP: judgements, resolution, Additional Review ------------------------------------------

    void judge(Route route, boolean allTypographical, Instant now) {
        requireOpen(ApprovalStep.JUDGE, null, null);
        Set<Route> allowed = JudgementRules.allowed(status, allTypographical);
        if (!allowed.contains(route)) {
            throw new RecflowException(org.recflow.kernel.ProblemCode.WRONG_STEP,
                    "route " + route + " is not open at " + status + (route == Route.APPROVE && !allTypographical
                            ? " (a comment is substantive)" : ""), java.util.Map.of("allowedRoutes", allowed));
        }
        ApprovalStatus from = status;
        switch (route) {
            case APPROVE -> decide(ApprovalStatus.APPROVED,
                    from == ApprovalStatus.LAST_CALL_JUDGEMENT ? "TYPOGRAPHICAL_COMMENTS_ONLY_IN_LAST_CALL"
                            : "TYPOGRAPHICAL_COMMENTS_ONLY_IN_ADDITIONAL_REVIEW", now);
            case MEETING, MEETING_NEW_NORMATIVE_REFERENCE -> status = ApprovalStatus.AWAITING_MEETING;
            case COMMENT_RESOLUTION -> status = ApprovalStatus.COMMENT_RESOLUTION;
            case ADDITIONAL_REVIEW -> status = ApprovalStatus.AWAITING_ADDITIONAL_REVIEW;
        }
    }

    void resolveComments(String textReference, String resolutionReference) {
        requireOpen(ApprovalStep.RESOLVE_COMMENTS, null, null);
        this.resolutionTextReference = textReference;
        this.resolutionReference = resolutionReference;
        status = ApprovalStatus.RESOLUTION_JUDGEMENT;
    }

    void announceAdditionalReview(LocalDate announcedOn) {
        requireOpen(ApprovalStep.ANNOUNCE_ADDITIONAL_REVIEW, null, null);
        status = ApprovalStatus.ADDITIONAL_REVIEW;
        openPeriod(CommentPhase.ADDITIONAL_REVIEW.name(), announcedOn, Periods.additionalReviewCloses(announcedOn));
        additionalReviewClosesAt = periodClosesAt;
    }

    /** The Additional Review closes: approved when nobody commented, else the chairman judges (A.8 §4.5). */
    boolean closeAdditionalReview(int comments, Instant now) {
        require(ApprovalStatus.ADDITIONAL_REVIEW, "Closing Additional Review");
        if (comments == 0) {
            decide(ApprovalStatus.APPROVED, "NO_COMMENT_IN_ADDITIONAL_REVIEW", now);
            return true;
        }
        status = ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT;
        return false;
    }

    // --- choice of procedure (Res. 1 §8.3) ------------------------------------------------------------

    /**
     * An SG or WP meeting decided that a text consented for the AAP goes to the TAP (§8.3.1-8.3.3): possible
     * only before its Last Call. A TAP text is already determined, so the reverse is never possible (§8.3.4).
     */
    void changeToTap(Meeting nextMeeting) {
        requireOpen(ApprovalStep.CHANGE_PROCEDURE, null, null);
        procedure = Procedure.TAP;
        meeting = nextMeeting;
    }

    // --- TAP: the consultation (Res. 1 §9.3-9.4) ------------------------------------------------------

    /**
     * The Director announces the intent to approve at the meeting and opens the consultation (§9.3.3,
     * §9.4.1): the announcement must reach members at least 3 months before the meeting opens.
     */
    void requireConsultationAnnounceable() {
        requireOpen(ApprovalStep.ANNOUNCE_CONSULTATION, null, null);
    }

    void openConsultation(LocalDate announcedOn, Meeting m, Instant closesAt) {
        requireConsultationAnnounceable();
        LocalDate latest = Periods.latestTapAnnouncement(m.start());
        if (announcedOn.isAfter(latest)) {
            throw RecflowException.noticeTooShort("a meeting opening on " + m.start() + " had to be announced by " + latest
                    + " (3 months before, Res. 1 §9.3.3)", latest);
        }
        meeting = m;
        status = ApprovalStatus.CONSULTATION;
        consultationClosesAt = closesAt;
        openPeriod("CONSULTATION", announcedOn, closesAt);
    }

    /** A reply is in time while the consultation runs; after its close it is late, processed or not. */
    void acceptReply(Instant now) {
        requireOpen(ApprovalStep.REPLY, now, null);
    }

    private RecflowException replyClosed(Instant now) {
        RecflowException notTap = notTap("A consultation reply");
        if (notTap != null) {
            return notTap;
        }
        if (consultationClosesAt == null) {
            return wrongStep("no consultation has been announced");
        }
        if (ProcedureCalendar.hasClosed(consultationClosesAt, now)) {
            return deadlinePassed("the consultation closed at " + consultationClosesAt);
        }
        if (status != ApprovalStatus.CONSULTATION) {
            return wrongStep("no consultation is open: the approval is " + status);
        }
        return null;
    }

    /** The consultation closes: on to the meeting when the 70% rule is met (§9.4.5), else not approved (§9.4.6). */
    boolean closeConsultation(boolean thresholdMet, Instant now) {
        require(ApprovalStatus.CONSULTATION, "Closing the consultation");
        if (thresholdMet) {
            status = ApprovalStatus.AWAITING_MEETING;
            return true;
        }
        decide(ApprovalStatus.NOT_APPROVED, "CONSULTATION_BELOW_THRESHOLD", now);
        return false;
    }

    /** §9.3.5: the texts in the official languages, at least 1 month before the meeting. */
    void distributeTexts(LocalDate on) {
        requireOpen(ApprovalStep.DISTRIBUTE_TEXTS, null, null);
        textsDistributedOn = on;
    }

    /** §9.2.2: the text waits for WTSA. */
    void deferToWtsa(String reason, Instant now) {
        requireOpen(ApprovalStep.DEFER_TO_WTSA, null, null);
        decide(ApprovalStatus.DEFERRED_TO_WTSA, "DEFERRED_TO_WTSA", now);
        deferralReason = reason;
    }

    // --- the SG meeting ---------------------------------------------------------------------------

    /** A.8 §4.6: the intent to approve at the meeting is announced at least 3 weeks before it opens. */
    void announceMeeting(Meeting m, LocalDate today) {
        requireOpen(ApprovalStep.ANNOUNCE_MEETING, null, today);
        LocalDate latest = Periods.latestAapMeetingAnnouncement(m.start());
        if (today.isAfter(latest)) {
            throw RecflowException.noticeTooShort("a meeting opening on " + m.start()
                    + " had to be announced by " + latest + " (3 weeks before, A.8 §4.6)", latest);
        }
        meeting = m;
        meetingAnnouncedOn = today;
    }

    boolean meetingAnnounced() {
        return meetingAnnouncedOn != null;
    }

    /** Whether the meeting outcome may be recorded now: the meeting announced and opened. */
    void requireMeetingOutcomeOpen(LocalDate today) {
        requireOpen(ApprovalStep.RECORD_MEETING_OUTCOME, null, today);
    }

    private RecflowException meetingOutcomeClosed(LocalDate today) {
        RecflowException r = notIn(ApprovalStatus.AWAITING_MEETING, "Recording the meeting outcome");
        if (r != null) {
            return r;
        }
        if (procedure == Procedure.AAP && !meetingAnnounced()) {
            return wrongStep("the meeting must first be announced (A.8 §4.6)");
        }
        if (today.isBefore(meeting.start())) {
            return wrongStep("the meeting opens on " + meeting.start());
        }
        return null;
    }

    MeetingDecision recordMeetingOutcome(MeetingOutcome o, LocalDate today, Instant now) {
        requireMeetingOutcomeOpen(today);
        MeetingDecision decision = MeetingDecision.atMeeting(procedure, o.objections(), o.moreTimeRequestedBy(),
                o.policyImplicationsRaisedBy());
        meetingOutcome = o;
        switch (decision.result()) {
            case APPROVED -> decide(ApprovalStatus.APPROVED, decision.reason(), now);
            case NOT_APPROVED -> decide(ApprovalStatus.NOT_APPROVED, decision.reason(), now);
            case MOVED_TO_TAP -> decide(ApprovalStatus.MOVED_TO_TAP, decision.reason(), now);
            case MORE_TIME -> {
                status = ApprovalStatus.MORE_TIME;
                moreTimeClosesAt = Periods.moreTimeCloses(o.meetingEnd());
            }
        }
        return decision;
    }

    /** A late objection by a Member State that asked for more time; true when it decides the text at once. */
    boolean acceptLateObjection(String memberState, Set<String> lateObjectionsBefore, Instant now) {
        requireOpen(ApprovalStep.OBJECT, now, null);
        RecflowException refused = lateObjectionRefusal(memberState, lateObjectionsBefore);
        if (refused != null) {
            throw refused;
        }
        Set<String> late = new java.util.HashSet<>(lateObjectionsBefore);
        late.add(memberState);
        if (MeetingDecision.defeatedAfterMoreTime(procedure, meetingOutcome.objections(), late)) {
            decide(ApprovalStatus.NOT_APPROVED, "OBJECTION_AFTER_MORE_TIME", now);
            return true;
        }
        return false;
    }

    private RecflowException objectionClosed(Instant now) {
        if (status != ApprovalStatus.MORE_TIME) {
            if (moreTimeClosesAt != null && ProcedureCalendar.hasClosed(moreTimeClosesAt, now)) {
                return deadlinePassed("the more-time window closed at " + moreTimeClosesAt);
            }
            return wrongStep("no more-time window is open: the approval is " + status);
        }
        if (ProcedureCalendar.hasClosed(moreTimeClosesAt, now)) {
            return deadlinePassed("the more-time window closed at " + moreTimeClosesAt);
        }
        return null;
    }

    private RecflowException lateObjectionRefusal(String memberState, Set<String> lateObjectionsBefore) {
        if (!meetingOutcome.moreTimeRequestedBy().contains(memberState)) {
            return RecflowException.notEligible("only a Member State that asked for more time at the meeting may object now");
        }
        if (lateObjectionsBefore.contains(memberState)) {
            return wrongStep(memberState + " has already objected");
        }
        return null;
    }

    MeetingDecision closeMoreTime(Set<String> lateObjections, Instant now) {
        require(ApprovalStatus.MORE_TIME, "Closing the more-time window");
        MeetingDecision d = MeetingDecision.whenMoreTimeCloses(procedure, meetingOutcome.objections(), lateObjections);
        decide(d.result() == MeetingDecision.Result.APPROVED ? ApprovalStatus.APPROVED : ApprovalStatus.NOT_APPROVED, d.reason(), now);
        return d;
    }

    // --- after the outcome --------------------------------------------------------------------------

    private void decide(ApprovalStatus finalStatus, String reason, Instant now) {
        status = finalStatus;
        outcome = finalStatus.name();
        outcomeReason = reason;
        outcomeAt = now;
        notificationPending = finalStatus == ApprovalStatus.APPROVED || finalStatus == ApprovalStatus.NOT_APPROVED;
    }

    void notifyResult(String circular, LocalDate issuedOn) {
        requireOpen(ApprovalStep.NOTIFY, null, null);
        notificationCircular = circular;
        notifiedOn = issuedOn;
        notificationPending = false;
    }

    /** A.8 §5.8, Res. 1 §9.5.5.2: a text not approved may start again from the request, without a new consent. */
    void restart(Meeting nextMeeting) {
        requireOpen(ApprovalStep.RESTART, null, null);
        status = ApprovalStatus.REQUESTED;
        round++;
        outcome = null;
        outcomeReason = null;
        outcomeAt = null;
        periodPhase = null;
        periodAnnouncedOn = null;
        periodClosesAt = null;
        lastCallClosesAt = null;
        additionalReviewClosesAt = null;
        resolutionReference = null;
        resolutionTextReference = null;
        meetingOutcome = null;
        moreTimeClosesAt = null;
        meetingAnnouncedOn = null;
        consultationClosesAt = null;
        textsDistributedOn = null;
        meeting = nextMeeting;
    }

    void withdraw(Instant now) {
        requireOpen(ApprovalStep.WITHDRAW, null, null);
        status = ApprovalStatus.WITHDRAWN;
        outcome = ApprovalStatus.WITHDRAWN.name();
        outcomeReason = "WITHDRAWN_BY_CHAIR";
        outcomeAt = now;
        notificationPending = false;
    }

    /**
     * Issue 16: the text's meeting moved to {@code m}. A running TAP consultation now closes at {@code closesAt}
     * (Res. 1 §9.4.1 for the new first day; null when none runs). Steps already taken stay as they were.
     */
    void meetingMoved(Meeting m, Instant closesAt) {
        meeting = m;
        if (status == ApprovalStatus.CONSULTATION && closesAt != null) {
            consultationClosesAt = closesAt;
            periodClosesAt = closesAt;
        }
    }

    /**
     * Issue 16: the text leaves its meeting (moved away without it, or cancelled) and waits for another. What was
     * announced for that meeting lapses: an AAP meeting announcement (A.8 §4.6); for the TAP the announcement, the
     * consultation and the text distribution (Res. 1 §9.3.3, §9.3.5, §9.4.1), and the replies of that consultation stop
     * counting (a new round: docs/SEED-NOTES.md, "Cancelled meetings"). Answers whether the round changed.
     */
    boolean leaveMeeting() {
        meeting = null;
        meetingId = null;
        meetingAnnouncedOn = null;
        if (procedure != Procedure.TAP) {
            return false;
        }
        boolean consulted = status == ApprovalStatus.CONSULTATION || status == ApprovalStatus.AWAITING_MEETING;
        if (consulted) {
            status = ApprovalStatus.REQUESTED;
            round++;
            periodPhase = null;
            periodAnnouncedOn = null;
            periodClosesAt = null;
            consultationClosesAt = null;
            textsDistributedOn = null;
        }
        return consulted;
    }

    void movedTo(Long tapApprovalId) {
        this.movedTo = tapApprovalId;
    }
}
