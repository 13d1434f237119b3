package org.recflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every period and notice of the procedures, each from the clause that sets it: the AAP (A.8), the TAP (Res. 1 §9),
 * Questions (Res. 1 §7.3) and deletions (Res. 1 §9.8.2, A.8 §8.2). The procedures and the planner call these, so a
 * period is computed in one place. Closes are instants (the end of the Geneva day, {@link ProcedureCalendar#endOf});
 * latest dates are Geneva days.
 */
public final class Periods {

    /** A.8 §4.1: Last Call lasts 4 weeks from the Director's announcement. */
    public static final int LAST_CALL_WEEKS = 4;
    /** A.8 §4.4.3: comments compiled within 2 weeks of the close of Last Call. */
    public static final int COMMENT_COMPILATION_WEEKS = 2;
    /** A.8 §4.5: Additional Review lasts 3 weeks. */
    public static final int ADDITIONAL_REVIEW_WEEKS = 3;
    /** A.8 §4.6: the meeting is announced at least 3 weeks before it opens. */
    public static final int AAP_MEETING_NOTICE_WEEKS = 3;
    /** A.8 §5.6 and Res. 1 §9.5.5: objections within 4 weeks after the meeting ends. */
    public static final int MORE_TIME_WEEKS = 4;
    /** A.8 §6.2: the circular within 2 weeks. */
    public static final int AAP_NOTIFICATION_WEEKS = 2;
    /** Res. 1 §9.6.1: the circular within 4 weeks. */
    public static final int TAP_NOTIFICATION_WEEKS = 4;
    /** Res. 1 §9.3.3: the intent reaches members at least 3 months before the meeting. */
    public static final int TAP_MEETING_NOTICE_MONTHS = 3;
    /** Res. 1 §9.3.5: texts distributed at least 1 month before the meeting. */
    public static final int TAP_TEXT_DISTRIBUTION_MONTHS = 1;
    /** Res. 1 §9.4.1: the consultation ends 7 working days before the meeting. */
    public static final int TAP_CONSULTATION_WORKING_DAYS = 7;
    /** Res. 1 §7.3.2.2: the Member States are asked to reply on a Question within two months of the request. */
    public static final int QUESTION_CONSULTATION_MONTHS = 2;
    /** Res. 1 §9.8.2.1, A.8 §8.2.1: a deletion takes effect unless someone objects within three months. */
    public static final int DELETION_OBJECTION_MONTHS = 3;

    private Periods() {
    }

    public static Instant lastCallCloses(LocalDate announcedOn) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(announcedOn, LAST_CALL_WEEKS));
    }

    public static Instant additionalReviewCloses(LocalDate announcedOn) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(announcedOn, ADDITIONAL_REVIEW_WEEKS));
    }

    public static Instant commentCompilationDue(Instant lastCallClosed) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(dateOf(lastCallClosed), COMMENT_COMPILATION_WEEKS));
    }

    public static LocalDate latestAapMeetingAnnouncement(LocalDate meetingStart) {
        return ProcedureCalendar.weeksBefore(meetingStart, AAP_MEETING_NOTICE_WEEKS);
    }

    public static LocalDate latestTapAnnouncement(LocalDate meetingStart) {
        return ProcedureCalendar.monthsBefore(meetingStart, TAP_MEETING_NOTICE_MONTHS);
    }

    public static LocalDate latestTextDistribution(LocalDate meetingStart) {
        return ProcedureCalendar.monthsBefore(meetingStart, TAP_TEXT_DISTRIBUTION_MONTHS);
    }

    public static Instant moreTimeCloses(LocalDate meetingEnd) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(meetingEnd, MORE_TIME_WEEKS));
    }

    /** A.8 §6.2: the circular of an AAP result within 2 weeks of the outcome. */
    public static Instant aapNotificationDue(LocalDate outcomeDay) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(outcomeDay, AAP_NOTIFICATION_WEEKS));
    }

    /** Res. 1 §9.6.1: the circular of a TAP result within 4 weeks of the outcome. */
    public static Instant tapNotificationDue(LocalDate outcomeDay) {
        return ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(outcomeDay, TAP_NOTIFICATION_WEEKS));
    }

    /**
     * Res. 1 §9.4.1: the last day of the TAP consultation, 7 working days (of {@code calendar}: weekends and Geneva
     * holidays do not count) before the meeting opens.
     */
    public static LocalDate tapConsultationLastDay(ProcedureCalendar calendar, LocalDate meetingStart) {
        return calendar.workingDaysBefore(meetingStart, TAP_CONSULTATION_WORKING_DAYS);
    }

    /** Res. 1 §9.4.1: the close of the TAP consultation, the end of {@link #tapConsultationLastDay}. */
    public static Instant tapConsultationCloses(ProcedureCalendar calendar, LocalDate meetingStart) {
        return ProcedureCalendar.endOf(tapConsultationLastDay(calendar, meetingStart));
    }

    /** Res. 1 §7.3.2.2: the Member States reply on a Question within 2 months of the request. */
    public static Instant questionConsultationCloses(LocalDate requestedOn) {
        return ProcedureCalendar.endOf(ProcedureCalendar.monthsAfter(requestedOn, QUESTION_CONSULTATION_MONTHS));
    }

    /** Res. 1 §9.8.2.1, A.8 §8.2.1: objections to a deletion within 3 calendar months of its circular (30 November: end of February). */
    public static Instant deletionObjectionCloses(LocalDate announcedOn) {
        return ProcedureCalendar.endOf(ProcedureCalendar.monthsAfter(announcedOn, DELETION_OBJECTION_MONTHS));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
}
