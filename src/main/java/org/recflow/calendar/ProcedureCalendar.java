package org.recflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Every period and notice of the procedures, computed in one place (procedures.md, "Time").
 * A period closes at the last second of its closing date in UTC, the way TSB circulars state
 * deadlines ("by 24:00 hours UTC"); closing dates are calendar dates, so no summer-time change
 * moves them.
 */
public final class ProcedureCalendar {

    /** Geneva keeps Zurich time (there is no Europe/Geneva zone): times are shown to people in it as well as in UTC. */
    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    private final Clock clock;
    private final HolidayCalendar holidays;

    public ProcedureCalendar(Clock clock, HolidayCalendar holidays) {
        this.clock = clock;
        this.holidays = holidays;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The instant a period whose closing date is {@code day} closes: 23:59:59Z of that day. */
    public static Instant endOf(LocalDate day) {
        return day.atTime(LAST_SECOND).toInstant(ZoneOffset.UTC);
    }

    /**
     * Whether a period that closes at {@code closesAt} (23:59:59Z) has closed at {@code now}: the whole
     * last second still belongs to it, so the period is over at 24:00:00Z, not a moment before.
     */
    public static boolean hasClosed(Instant closesAt, Instant now) {
        return !now.isBefore(closesAt.plusSeconds(1));
    }

    /** When the engine runs a period's closing timer: at 24:00:00Z, once nothing more can be accepted. */
    public static Instant timerFor(Instant closesAt) {
        return closesAt.plusSeconds(1);
    }

    /** The closing date of a period of {@code weeks} weeks announced on {@code announcedOn}. */
    public static LocalDate weeksAfter(LocalDate announcedOn, int weeks) {
        return announcedOn.plusWeeks(weeks);
    }

    /** The closing date of a period of {@code months} calendar months (30 November + 3 months = end of February). */
    public static LocalDate monthsAfter(LocalDate announcedOn, int months) {
        return announcedOn.plusMonths(months);
    }

    /** The latest day that still gives {@code weeks} weeks' notice before a meeting opening on {@code meetingStart}. */
    public static LocalDate weeksBefore(LocalDate meetingStart, int weeks) {
        return meetingStart.minusWeeks(weeks);
    }

    /** The latest day that still gives {@code months} months' notice before a meeting opening on {@code meetingStart}. */
    public static LocalDate monthsBefore(LocalDate meetingStart, int months) {
        return meetingStart.minusMonths(months);
    }

    /**
     * The closing date of a consultation that runs "until 7 working days before the meeting"
     * (Res. 1 §9.4.1): the working days just before the meeting's first day must all lie after the
     * close, so it closes on the day before the {@code workingDays}-th working day before the meeting.
     */
    public LocalDate workingDaysBefore(LocalDate meetingStart, int workingDays) {
        LocalDate day = meetingStart;
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (holidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.minusDays(1);
    }

    public boolean isWorkingDay(LocalDate day) {
        return holidays.isWorkingDay(day);
    }

    /** The latest working day on or before {@code day}: a step "by" a date that is no working day is done the day before. */
    public LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!holidays.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    public static ZonedDateTime inGeneva(Instant instant) {
        return instant.atZone(GENEVA);
    }
}
