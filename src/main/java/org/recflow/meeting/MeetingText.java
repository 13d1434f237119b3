package org.recflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.Procedure;

/**
 * A text to be approved at a meeting, as read from its approval row: what {@link Rescheduling} needs
 * ({@code consultationAnnouncedOn}, {@code textsDistributedOn}, {@code meetingAnnouncedOn}: UTC dates, null when not
 * yet done) and the meeting dates stored on the approval itself ({@code meetingStart}, {@code meetingEnd}).
 */
record MeetingText(long id, Procedure procedure, String recommendation, String revision, ApprovalStatus status,
        LocalDate consultationAnnouncedOn, Instant consultationClosesAt, LocalDate textsDistributedOn, LocalDate meetingAnnouncedOn,
        LocalDate meetingStart, LocalDate meetingEnd) {

    /** "ITU-T D.1 (new)", as the approval package labels a text. */
    String label() {
        return "ITU-T " + recommendation + " (" + revision.toLowerCase(java.util.Locale.ROOT) + ")";
    }

    Rescheduling.TextState state() {
        return new Rescheduling.TextState(id, label(), procedure, status, consultationAnnouncedOn, consultationClosesAt,
                textsDistributedOn, meetingAnnouncedOn);
    }
}
