package org.recflow.meeting;

import java.time.LocalDate;

/** A meeting in a list: {@code texts} is how many texts are to be approved there. */
public record MeetingSummary(long id, String studyGroup, LocalDate start, LocalDate end, String place, MeetingStatus status, int version,
        int texts) {
}
