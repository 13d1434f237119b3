package org.recflow.deletion;

import static org.recflow.kernel.RecflowException.deadlinePassed;
import static org.recflow.kernel.RecflowException.wrongStep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;

/**
 * One deletion of one Recommendation agreed by a study group between WTSAs (Res. 1 §9.8.2, A.8 §8.2). Every
 * transition is a method that refuses when the deletion is not in the state the procedure requires (WRONG_STEP)
 * and otherwise moves it on; nothing outside changes its status.
 */
class Deletion {


    Long id;
    String recommendation;
    String studyGroup;
    Procedure procedure;
    String reason;
    LocalDate agreedOn;
    DeletionStatus status;
    String outcomeReason;
    Instant outcomeAt;
    LocalDate windowAnnouncedOn;
    Instant windowClosesAt;
    String processInstanceId;
    Instant createdAt;
    String createdBy;

    /** The label people know the text by: "ITU-T Y.2060". */
    String label() {
        return "ITU-T " + recommendation;
    }

    /** The chairman has recorded the study group's agreement: the circular goes out today and the window opens. */
    void agree(LocalDate today) {
        if (status != null) {
            throw wrongStep("the deletion has already been agreed: it is " + status);
        }
        status = DeletionStatus.OBJECTION_PERIOD;
        windowAnnouncedOn = today;
        windowClosesAt = Periods.deletionObjectionCloses(today);
    }

    /**
     * Whether {@code member} may object at {@code now}. An objection after the close is late even when the close has
     * not been processed yet: the window, not the timer, decides. A member objects once.
     */
    void acceptObjection(String member, Set<String> objectedBefore, Instant now) {
        RecflowException refused = objectionClosed(now);
        if (refused == null && objectedBefore.contains(member)) {
            refused = wrongStep(member + " has already objected to this deletion");
        }
        if (refused != null) {
            throw refused;
        }
    }

    /**
     * Why nobody may object at {@code now}, or null while the window runs: the check {@link #acceptObjection} throws
     * from and {@code nextActions} asks (after the close nobody may, even before the close's timer has run).
     */
    RecflowException objectionClosed(Instant now) {
        if (ProcedureCalendar.hasClosed(windowClosesAt, now)) {
            return deadlinePassed("the objection window closed at " + windowClosesAt);
        }
        if (status != DeletionStatus.OBJECTION_PERIOD) {
            return wrongStep("no objection window is open: the deletion is " + status);
        }
        return null;
    }

    /** Why {@code actor} may not object now, or null: who ({@link Eligibility#whyNotObjector}), the window, once each. */
    RecflowException objectionRefusal(Actor actor, Set<String> objectedBefore, Instant now) {
        RecflowException refused = Eligibility.whyNotObjector(actor);
        if (refused == null) {
            refused = objectionClosed(now);
        }
        if (refused == null && objectedBefore.contains(actor.member())) {
            refused = wrongStep(actor.member() + " has already objected to this deletion");
        }
        return refused;
    }

    /**
     * The window closes: without objection the deletion takes effect, with one it returns to the study group
     * (Res. 1 §9.8.2.1, A.8 §8.2.1). Answers whether the Recommendation was deleted.
     */
    boolean closeWindow(int objections, Instant now) {
        if (status != DeletionStatus.OBJECTION_PERIOD) {
            throw wrongStep("Closing the objection window is not open: the deletion is " + status);
        }
        if (!ProcedureCalendar.hasClosed(windowClosesAt, now)) {
            throw wrongStep("the objection window runs until " + windowClosesAt);
        }
        if (objections == 0) {
            decide(DeletionStatus.DELETED, "NO_OBJECTION", now);
            return true;
        }
        decide(DeletionStatus.RETURNED_TO_SG, "OBJECTION_RECEIVED", now);
        return false;
    }

    private void decide(DeletionStatus finalStatus, String why, Instant now) {
        status = finalStatus;
        outcomeReason = why;
        outcomeAt = now;
    }
}
