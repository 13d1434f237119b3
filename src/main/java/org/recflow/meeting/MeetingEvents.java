package org.recflow.meeting;

import java.time.LocalDate;
import java.util.List;
import org.recflow.membership.Actor;

/**
 * What happened to a meeting (issue 16), published in the transaction of the change so other modules can listen
 * (Spring's {@code ApplicationEventPublisher}). Dates are UTC calendar days; approval ids name the texts.
 */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    /**
     * Meeting {@code meetingId} of {@code studyGroup} moved from {@code fromStart}..{@code fromEnd} to
     * {@code toStart}..{@code toEnd} by {@code by} for {@code reason}; {@code movedTexts} moved with it,
     * {@code detachedTexts} went back to wait for another meeting ({@code detachTexts}).
     */
    public record MeetingRescheduled(long meetingId, String studyGroup, LocalDate fromStart, LocalDate fromEnd, LocalDate toStart,
            LocalDate toEnd, String reason, Actor by, List<Long> movedTexts, List<Long> detachedTexts) {
    }

    /** Meeting {@code meetingId} of {@code studyGroup} ({@code start}..{@code end}) cancelled; {@code texts} wait for another meeting. */
    public record MeetingCancelled(long meetingId, String studyGroup, LocalDate start, LocalDate end, String reason, Actor by,
            List<Long> texts) {
    }
}
