package org.recflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** ITU's official holidays in Geneva, as data; working days are the weekdays that are not among them. */
public final class HolidayCalendar {

    private final TreeSet<LocalDate> holidays;

    public HolidayCalendar(Collection<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Whether the calendar holds data for the given year (a period outside it cannot be trusted). */
    public boolean covers(int year) {
        return holidays.stream().anyMatch(d -> d.getYear() == year);
    }

    public Set<LocalDate> holidays() {
        return Set.copyOf(holidays);
    }
}
