package org.recflow.deletion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recflow.audit.HistoryEntry;

/**
 * A deletion as the REST contract shows it: the agreement, the objection window, how many objected, the open
 * deadlines, the history and what can happen next.
 */
public record DeletionView(
        long id, String recommendation, String studyGroup, Procedure procedure, String reason, LocalDate agreedOn,
        DeletionStatus status, String outcomeReason, Instant outcomeAt, WindowView window, long objections,
        List<DeadlineView> deadlines, List<HistoryEntry> history, List<org.recflow.kernel.NextAction> nextActions, Instant createdAt,
        String createdBy) {

    /** The circular's date and the instant the objection window closes (23:59:59Z of its closing date). */
    public record WindowView(LocalDate announcedOn, Instant closesAt) {
    }

    /** {@code dueAtGeneva}: the same instant on the secretariat's wall clock. */
    public record DeadlineView(String kind, Instant dueAt, String dueAtGeneva, String waitingOn, boolean overdue) {
    }

}
