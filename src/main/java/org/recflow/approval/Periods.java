package org.recflow.approval;

import java.time.Instant;
import java.time.LocalDate;
import org.recflow.calendar.ProcedureCalendar;

/** The periods and notices of A.8 and Res. 1 §9, as numbers in one place. */
final class Periods {

    /** A.8 §4.1: Last Call lasts 4 weeks from the Director's announcement. */
    static final int LAST_CALL_WEEKS = 4;
    /** A.8 §4.4.3: comments compiled within 2 weeks of the close of Last Call. */
    static final int COMMENT_COMPILATION_WEEKS = 2;
    /** A.8 §4.5: Additional Review lasts 3 weeks. */
    static final int ADDITIONAL_REVIEW_WEEKS = 3;
    /** A.8 §4.6: the meeting is announced at least 3 weeks before it opens. */
    static final int AAP_MEETING_NOTICE_WEEKS = 3;
    /** A.8 §5.6 and Res. 1 §9.5.5: objections within 4 weeks after the meeting ends. */
    static final int MORE_TIME_WEEKS = 4;
    /** A.8 §6.2: the circular within 2 weeks. */
    static final int AAP_NOTIFICATION_WEEKS = 2;
    /** Res. 1 §9.6.1: the circular within 4 weeks. */
    static final int TAP_NOTIFICATION_WEEKS = 4;
    /** Res. 1 §9.3.3: the intent reaches members at least 3 months before the meeting. */
    static final int TAP_MEETING_NOTICE_MONTHS = 3;
    /** Res. 1 §9.3.5: texts distributed at least 1 month before the meeting. */
    static final int TAP_TEXT_DISTRIBUTION_MONTHS = 1;
    /** Res. 1 §9.4.1: the consultation ends 7 working days before the meeting. */
    static final int TAP_CONSULTATION_WORKING_DAYS = 7;

    private Periods() {
    }

    static Instant lastCallCloses(LocalDate announcedOn) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(announcedOn, LAST_CALL_WEEKS));
    }

    static Instant additionalReviewCloses(LocalDate announcedOn) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(announcedOn, ADDITIONAL_REVIEW_WEEKS));
    }

    static Instant commentCompilationDue(Instant lastCallClosed) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(dateOf(lastCallClosed), COMMENT_COMPILATION_WEEKS));
    }

    static LocalDate latestAapMeetingAnnouncement(LocalDate meetingStart) {
        return ProcedureCalendar.weeksBefore(meetingStart, AAP_MEETING_NOTICE_WEEKS);
    }

    static LocalDate latestTapAnnouncement(LocalDate meetingStart) {
        return ProcedureCalendar.monthsBefore(meetingStart, TAP_MEETING_NOTICE_MONTHS);
    }

    static LocalDate latestTextDistribution(LocalDate meetingStart) {
        return ProcedureCalendar.monthsBefore(meetingStart, TAP_TEXT_DISTRIBUTION_MONTHS);
    }

    static Instant moreTimeCloses(LocalDate meetingEnd) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(meetingEnd, MORE_TIME_WEEKS));
    }

    static Instant notificationDue(Procedure procedure, LocalDate outcomeDay) {
        int weeks = procedure == Procedure.AAP ? AAP_NOTIFICATION_WEEKS : TAP_NOTIFICATION_WEEKS;
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(outcomeDay, weeks));
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
}
