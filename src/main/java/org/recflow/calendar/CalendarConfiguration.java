package org.recflow.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock();
    }

    @Bean
    HolidayCalendar holidayCalendar(@Value("${recflow.data.holidays}") Resource holidays) throws IOException {
        return new HolidayCalendar(readHolidays(holidays));
    }

    @Bean
    ProcedureCalendar procedureCalendar(Clock clock, HolidayCalendar holidays) {
        return new ProcedureCalendar(clock, holidays);
    }

    /** Reads {@code date,name} rows (ISO dates) after a header line. */
    static List<LocalDate> readHolidays(Resource resource) throws IOException {
        List<LocalDate> days = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                days.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
            }
        }
        return days;
    }
}
