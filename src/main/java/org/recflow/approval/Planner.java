package org.recflow.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recflow.calendar.HolidayCalendar;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.springframework.stereotype.Component;

/**
 * "To have this approved at that meeting, by when must each step happen?" The latest date of each step,
 * from the same periods and calendar the engine runs on. A latest date that is a weekend or a Geneva
 * holiday also gets the working day before it, which is when the secretariat can actually act.
 */
@Component
public class Planner {

    public record Step(String step, LocalDate latestDate, LocalDate latestWorkingDay, Instant closesAt, String rule) {
    }

    public record Plan(Procedure procedure, LocalDate meetingStart, boolean holidaysKnown, List<Step> steps) {
    }

    private final ProcedureCalendar calendar;
    private final HolidayCalendar holidays;

    public Planner(ProcedureCalendar calendar, HolidayCalendar holidays) {
        this.calendar = calendar;
        this.holidays = holidays;
    }

    public Plan plan(Procedure procedure, LocalDate meetingStart) {
        List<Step> steps = new ArrayList<>();
        if (procedure == Procedure.TAP) {
            steps.add(step("ANNOUNCEMENT", Periods.latestTapAnnouncement(meetingStart), null,
                    "Res. 1 §9.3.3: the intent to apply the procedure reaches members at least 3 months before the meeting"));
            steps.add(step("TEXT_DISTRIBUTION", Periods.latestTextDistribution(meetingStart), null,
                    "Res. 1 §9.3.5: the text in the official languages at least 1 month before the meeting"));
            LocalDate close = Periods.tapConsultationLastDay(calendar, meetingStart);
            steps.add(new Step("CONSULTATION_CLOSE", close, null, ProcedureCalendar.endOf(close),
                    "Res. 1 §9.4.1: the consultation ends 7 working days before the meeting"));
        } else {
            LocalDate announcement = Periods.latestAapMeetingAnnouncement(meetingStart);
            // a Last Call closing on the day before the meeting: approved without comment, it needs no meeting
            LocalDate lastCallBeforeMeeting = meetingStart.minusDays(1).minusWeeks(Periods.LAST_CALL_WEEKS);
            steps.add(step("LAST_CALL_START", lastCallBeforeMeeting, lastCallBeforeMeeting.plusWeeks(Periods.LAST_CALL_WEEKS),
                    "A.8 §4.1: the latest Last Call (4 weeks) whose close falls before the meeting"));
            // so that comments can still be sent to the meeting, the Last Call closes before the announcement is due
            LocalDate lastCallForMeeting = announcement.minusDays(1).minusWeeks(Periods.LAST_CALL_WEEKS);
            steps.add(step("LAST_CALL_START_FOR_MEETING_ROUTE", lastCallForMeeting, lastCallForMeeting.plusWeeks(Periods.LAST_CALL_WEEKS),
                    "A.8 §4.4.2 a, §4.6: a Last Call closing before the meeting announcement is due, so comments can go to the meeting"));
            steps.add(step("MEETING_ANNOUNCEMENT", announcement, null,
                    "A.8 §4.6: the intent to approve at the meeting is announced at least 3 weeks before it"));
        }
        boolean known = holidays.covers(meetingStart.getYear()) && steps.stream().allMatch(s -> holidays.covers(s.latestDate().getYear()));
        return new Plan(procedure, meetingStart, known, steps);
    }

    private Step step(String name, LocalDate latest, LocalDate closingDate, String rule) {
        return new Step(name, latest, calendar.workingDayOnOrBefore(latest),
                closingDate == null ? null : ProcedureCalendar.endOf(closingDate), rule);
    }
}
