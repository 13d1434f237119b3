package org.recflow.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recflow.audit.HistoryEntry;
import org.recflow.consultation.ConsultationTally;

/**
 * A Question as the REST contract shows it: state, the consultation and its tally (null when the Member States are
 * not consulted), open deadlines, history and what can happen next.
 */
public record QuestionView(
        long id, String studyGroup, String question, String title, String textReference, boolean policyImplications,
        QuestionStatus status, String outcomeReason, Instant outcomeAt, ConsultationView consultation, ConsultationTally tally,
        long replies, List<DeadlineView> deadlines, List<HistoryEntry> history, List<org.recflow.kernel.NextAction> nextActions,
        Instant createdAt, String createdBy) {

    public record ConsultationView(LocalDate announcedOn, Instant closesAt) {
    }

    /** {@code dueAtGeneva}: the same instant on the secretariat's wall clock. */
    public record DeadlineView(String kind, Instant dueAt, String dueAtGeneva, String waitingOn, boolean overdue) {
    }

}
