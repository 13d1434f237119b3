package org.recflow.deletion;

import java.time.Instant;
import java.time.LocalDate;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;

/**
 * What happened to a deletion (Res. 1 §9.8.2, A.8 §8.2), as past-tense records published by
 * {@link DeletionManagement} in the transaction of the step: the public API other modules listen to. Each carries
 * the deletion ({@link Subject}, type "DELETION"), who took the step ({@link Actor#system()} for the window's open
 * and close) and its facts; its history and deadlines are written by listeners in the same transaction.
 */
public final class DeletionEvents {

    private DeletionEvents() {
    }

    /** Every deletion event: which deletion, and who took the step. */
    public interface DeletionEvent {
        Subject subject();

        Actor by();
    }

    /** The chairman recorded {@code studyGroup}'s agreement of {@code agreedOn} to delete {@code text} under {@code procedure}. */
    public record DeletionAgreed(Subject subject, Actor by, String text, String studyGroup, LocalDate agreedOn, Procedure procedure)
            implements DeletionEvent {
    }

    /** The circular of {@code announcedOn} opened the 3-month window, closing at {@code closesAt}. */
    public record ObjectionPeriodOpened(Subject subject, LocalDate announcedOn, Instant closesAt) implements DeletionEvent {
        @Override
        public Actor by() {
            return Actor.system();
        }
    }

    /** {@code member} objected; {@code reasonsGiven}: with reasons. */
    public record ObjectionSubmitted(Subject subject, Actor by, long objectionId, String member, boolean reasonsGiven)
            implements DeletionEvent {
    }

    /**
     * The window closed with {@code objections} objections: {@code status} DELETED (none) or RETURNED_TO_SG to
     * {@code studyGroup}, for {@code reason}.
     */
    public record ObjectionPeriodClosed(Subject subject, int objections, DeletionStatus status, String reason, String studyGroup)
            implements DeletionEvent {
        @Override
        public Actor by() {
            return Actor.system();
        }
    }
}
