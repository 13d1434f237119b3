package org.recflow.question;

import java.time.Instant;
import java.time.LocalDate;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Position;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;

/**
 * What happened to a Question (Res. 1 §7.3), as past-tense records published by {@link QuestionManagement} in the
 * transaction of the step: the public API other modules listen to. Each carries the Question ({@link Subject}, type
 * "QUESTION"), who took the step ({@link Actor#system()} for what the procedure does by itself) and its facts; its
 * history and deadlines are written by listeners of these events in the same transaction.
 */
public final class QuestionEvents {

    private QuestionEvents() {
    }

    /** Every Question event: which Question, and who took the step. */
    public interface QuestionEvent {
        Subject subject();

        Actor by();
    }

    /** The chairman reported the Question {@code text} agreed; {@code policyImplications}: or doubt about its scope (§7.3.2.1). */
    public record QuestionAgreed(Subject subject, Actor by, String text, boolean policyImplications) implements QuestionEvent {
    }

    /** §7.3.2.2: the Director's 2-month consultation of the Member States, from {@code announcedOn} until {@code closesAt}. */
    public record ConsultationOpened(Subject subject, LocalDate announcedOn, Instant closesAt) implements QuestionEvent {
        @Override
        public Actor by() {
            return Actor.system();
        }
    }

    /** A Member State's reply ({@code version} 2 and up: a changed reply). */
    public record ReplySubmitted(Subject subject, Actor by, String memberState, Position position, int version) implements QuestionEvent {
    }

    /** §7.3.2.3: the consultation closed with {@code tally}; {@code approved}, else returned to {@code studyGroup}. */
    public record ConsultationClosed(Subject subject, ConsultationTally tally, boolean approved, String studyGroup) implements QuestionEvent {
        @Override
        public Actor by() {
            return Actor.system();
        }
    }

    /**
     * The final outcome ({@code status}: APPROVED or RETURNED_TO_SG) for {@code reason}; {@code withoutConsultation}:
     * approved at once (§7.3.3).
     */
    public record OutcomeDecided(Subject subject, QuestionStatus status, String reason, boolean withoutConsultation)
            implements QuestionEvent {
        @Override
        public Actor by() {
            return Actor.system();
        }
    }
}
