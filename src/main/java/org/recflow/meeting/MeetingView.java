package org.recflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;

/**
 * A meeting as {@code GET /api/meetings/{id}} answers it: the row, the texts to be approved there (approvals, with
 * status), and the planner's latest dates for its first day, one plan per procedure (AAP, TAP).
 */
public record MeetingView(long id, String studyGroup, LocalDate start, LocalDate end, String place, MeetingStatus status,
        Instant createdAt, Instant updatedAt, int version, List<Text> texts, List<Planner.Plan> plans) {

    /**
     * One text: its approval's id, recommendation, revision, procedure and status, and {@code needs}: the steps tied to
     * the meeting it still needs before the meeting, each with its latest day (UTC date; {@code from} = {@code to}) and
     * {@code alreadyPassed} when that day is before today; empty for a text past the meeting.
     */
    public record Text(long approvalId, String recommendation, String revision, String label, Procedure procedure, ApprovalStatus status,
            List<Rescheduling.MovedDate> needs) {
    }
}
