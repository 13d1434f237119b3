package org.recflow.meeting;

import java.util.List;

/**
 * The answer to an accepted move: the meeting as it now is; for each text that moved with it, the dates that moved
 * ({@link Rescheduling.TextMove}: old and new latest day, the new close of a running consultation); {@code detached}:
 * the texts sent back to wait for another meeting because the move broke a notice they had been given
 * ({@code detachTexts}), with the notice. {@code approvalsMoved} is true: the approvals, their deadlines and their
 * timers moved in the same transaction.
 */
public record RescheduleResult(MeetingView meeting, List<Rescheduling.TextMove> texts, List<Rescheduling.BrokenNotice> detached,
        boolean approvalsMoved) {
}
