package org.recflow.meeting;

import org.recflow.approval.ApprovalMeetings;

/** A text to be approved at a meeting, as the approval module answers it, and the part {@link Rescheduling} reads. */
record MeetingText(ApprovalMeetings.MeetingText text) {

    long id() {
        return text.approvalId();
    }

    Rescheduling.TextState state() {
        return new Rescheduling.TextState(text.approvalId(), text.label(), text.procedure(), text.status(),
                text.consultationAnnouncedOn(), text.consultationClosesAt(), text.textsDistributedOn(), text.meetingAnnouncedOn());
    }

    /** Whether anything of the text is still tied to the meeting (not final, not in the more-time window after it). */
    boolean open() {
        return !text.status().isFinal() && text.status() != org.recflow.approval.ApprovalStatus.MORE_TIME;
    }
}
