package org.recflow.calendar;

import java.io.IOException;
import org.springframework.core.io.FileSystemResource;

/** The Geneva holidays of config/, for unit tests outside this package. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static HolidayCalendar genevaHolidays() throws IOException {
        return new HolidayCalendar(CalendarConfiguration.readHolidays(new FileSystemResource("config/geneva-holidays.csv")));
    }
}
