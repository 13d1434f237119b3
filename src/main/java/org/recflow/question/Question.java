package org.recflow.question;

import static org.recflow.kernel.RecflowException.deadlinePassed;
import static org.recflow.kernel.RecflowException.wrongStep;

import java.time.Instant;
import java.time.LocalDate;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.ConsultationTally;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;

/**
 * One new or revised Question agreed by a study group (Res. 1 §7.3). Every transition is a method that refuses
 * when the Question is not in the state the procedure requires (WRONG_STEP) and otherwise moves it on; nothing
 * outside changes its status.
 */
class Question {

    /** A Question is consulted on once; the replies are kept per round as for approvals. */
    static final int ROUND = 1;

    Long id;
    String studyGroup;
    String question;
    String title;
    String textReference;
    boolean policyImplications;
    QuestionStatus status;
    String outcomeReason;
    Instant outcomeAt;
    LocalDate consultationAnnouncedOn;
    Instant consultationClosesAt;
    String processInstanceId;
    Instant createdAt;
    String createdBy;

    /** The label people know it by: "Question Q5/20 – title". */
    String label() {
        return "Question " + question + " – " + title;
    }

    /**
     * The study group has agreed the Question. Without policy or regulatory implications and without doubt it is
     * approved at once (§7.3.3); otherwise the Director's 2-month consultation of the Member States opens on the
     * day of the request (§7.3.2.1-7.3.2.2).
     */
    void agree(boolean implicationsOrDoubt, LocalDate today, Instant now) {
        if (status != null) {
            throw wrongStep("the Question has already been agreed: it is " + status);
        }
        policyImplications = implicationsOrDoubt;
        if (implicationsOrDoubt) {
            status = QuestionStatus.CONSULTATION;
            consultationAnnouncedOn = today;
            consultationClosesAt = Periods.questionConsultationCloses(today);
        } else {
            decide(QuestionStatus.APPROVED, "NO_POLICY_IMPLICATIONS", now);
        }
    }

    boolean inConsultation() {
        return status == QuestionStatus.CONSULTATION;
    }

    /** A reply is in time while the consultation runs; after its close it is late, processed or not. */
    void acceptReply(Instant now) {
        RecflowException refused = replyClosed(now);
        if (refused != null) {
            throw refused;
        }
    }

    /**
     * Why nobody may reply at {@code now}, or null while the consultation runs: the check {@link #acceptReply} throws
     * from and {@code nextActions} asks (a reply after the close is refused even before the close's timer has run).
     */
    RecflowException replyClosed(Instant now) {
        if (consultationClosesAt == null) {
            return wrongStep("the Member States are not consulted on this Question: it was approved without consultation (Res. 1 §7.3.3)");
        }
        if (ProcedureCalendar.hasClosed(consultationClosesAt, now)) {
            return deadlinePassed("the consultation closed at " + consultationClosesAt);
        }
        if (!inConsultation()) {
            return wrongStep("no consultation is open: the Question is " + status);
        }
        return null;
    }

    /** Why {@code actor} may not reply now, or null: only a Member State replies (for itself), while the consultation runs. */
    RecflowException replyRefusal(Actor actor, Instant now) {
        if (!actor.is(Role.MEMBER_STATE)) {
            return RecflowException.notEligible("only a Member State may reply");
        }
        return replyClosed(now);
    }

    /**
     * The consultation closes (§7.3.2.3): approved when 70% or more of the counted replies support, or when no reply
     * was counted; otherwise returned to the study group with the comments. Answers whether it was approved.
     */
    boolean closeConsultation(ConsultationTally tally, Instant now) {
        if (!inConsultation()) {
            throw wrongStep("no consultation is open to close: the Question is " + status);
        }
        if (!tally.thresholdMet()) {
            decide(QuestionStatus.RETURNED_TO_SG, "CONSULTATION_BELOW_THRESHOLD", now);
            return false;
        }
        decide(QuestionStatus.APPROVED, tally.counted() == 0 ? "NO_COUNTED_REPLY" : "CONSULTATION_THRESHOLD_MET", now);
        return true;
    }

    private void decide(QuestionStatus finalStatus, String reason, Instant now) {
        status = finalStatus;
        outcomeReason = reason;
        outcomeAt = now;
    }
}
