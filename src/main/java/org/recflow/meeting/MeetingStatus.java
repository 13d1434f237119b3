package org.recflow.meeting;

/** A meeting is SCHEDULED until TSB cancels it (api.md, second wave, "Meetings"). */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
