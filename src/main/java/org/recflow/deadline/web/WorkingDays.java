package org.recflow.deadline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.recflow.calendar.ProcedureCalendar;
import org.springframework.stereotype.Component;

/**
 * For the pages ({@code ${@workingDays.lastBefore(...)}}): a deadline whose date (UTC, the date TSB's circulars state)
 * falls on a weekend or a Geneva holiday also shows the last working day before it, when the secretariat is last
 * open to act on it.
 */
@Component("workingDays")
public class WorkingDays {

    private final ProcedureCalendar calendar;

    WorkingDays(ProcedureCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The last working day before the UTC date of {@code dueAt} (an ISO-8601 instant) when that date is no working
     * day; null when it is one.
     *
     * @throws java.time.format.DateTimeParseException when {@code dueAt} is not an ISO-8601 instant
     */
    public LocalDate lastBefore(String dueAt) {
        LocalDate day = LocalDate.ofInstant(Instant.parse(dueAt), ZoneOffset.UTC);
        return calendar.isWorkingDay(day) ? null : calendar.workingDayOnOrBefore(day);
    }
}
