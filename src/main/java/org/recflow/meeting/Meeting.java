package org.recflow.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code recflow.meeting}: a study group's meeting, first and last day (UTC calendar dates, end on or after
 * start), where it is held, and {@code version}, raised by every change.
 */
public record Meeting(long id, String studyGroup, LocalDate start, LocalDate end, String place, MeetingStatus status,
        Instant createdAt, Instant updatedAt, int version) {
}
