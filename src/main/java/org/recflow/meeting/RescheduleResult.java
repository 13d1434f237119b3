package org.recflow.meeting;

import java.util.List;

/**
 * The answer to an accepted move: the meeting as it now is and, for each text tied to it, the dates that moved
 * ({@link Rescheduling.TextMove}). {@code approvalsMoved} is false: the approvals' own timers and deadlines are not yet
 * moved by recflow (issue 16 still open on that point); these are the dates they move to.
 */
public record RescheduleResult(MeetingView meeting, List<Rescheduling.TextMove> texts, boolean approvalsMoved) {
}
