package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.calendar.HolidayCalendar;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.calendar.TestCalendars;

class PlannerTest {

    Planner planner;

    @BeforeEach
    void setUp() throws IOException {
        HolidayCalendar holidays = TestCalendars.genevaHolidays();
        planner = new Planner(new ProcedureCalendar(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), holidays), holidays);
    }

    Map<String, Planner.Step> steps(Procedure p, String meetingStart) {
        return planner.plan(p, LocalDate.parse(meetingStart)).steps().stream()
                .collect(Collectors.toMap(Planner.Step::step, s -> s));
    }

    @Test
    void tapStepsForAMeetingOpeningOnAMonday() {
        Map<String, Planner.Step> s = steps(Procedure.TAP, "2027-03-08");
        assertThat(s.get("ANNOUNCEMENT").latestDate()).isEqualTo("2026-12-08");
        assertThat(s.get("ANNOUNCEMENT").latestWorkingDay()).isEqualTo("2026-12-08");
        assertThat(s.get("TEXT_DISTRIBUTION").latestDate()).isEqualTo("2027-02-08");
        // working days before Monday 8 March: 5, 4, 3, 2, 1 March, 26 and 25 February; the consultation closes the day before
        assertThat(s.get("CONSULTATION_CLOSE").latestDate()).isEqualTo("2027-02-24");
        assertThat(s.get("CONSULTATION_CLOSE").closesAt()).isEqualTo(Instant.parse("2027-02-24T23:59:59Z"));
    }

    @Test
    void aLatestDateOnAWeekendMovesToTheFridayBefore() {
        Planner.Step announcement = steps(Procedure.TAP, "2027-01-04").get("ANNOUNCEMENT");
        assertThat(announcement.latestDate()).isEqualTo("2026-10-04"); // a Sunday
        assertThat(announcement.latestWorkingDay()).isEqualTo("2026-10-02");
    }

    @Test
    void aLatestDateOnEasterMondayMovesBeforeGoodFriday() {
        Planner.Step texts = steps(Procedure.TAP, "2027-04-29").get("TEXT_DISTRIBUTION");
        assertThat(texts.latestDate()).isEqualTo("2027-03-29");
        assertThat(texts.latestWorkingDay()).isEqualTo("2027-03-25");
    }

    @Test
    void aapStepsCountBackFromTheMeeting() {
        Map<String, Planner.Step> s = steps(Procedure.AAP, "2027-04-06");
        assertThat(s.get("MEETING_ANNOUNCEMENT").latestDate()).isEqualTo("2027-03-16");
        assertThat(s.get("LAST_CALL_START").latestDate()).isEqualTo("2027-03-08");
        assertThat(s.get("LAST_CALL_START").closesAt()).isEqualTo(Instant.parse("2027-04-05T23:59:59Z"));
        assertThat(s.get("LAST_CALL_START_FOR_MEETING_ROUTE").latestDate()).isEqualTo("2027-02-15");
        assertThat(s.get("LAST_CALL_START_FOR_MEETING_ROUTE").closesAt()).isEqualTo(Instant.parse("2027-03-15T23:59:59Z"));
    }

    @Test
    void saysWhenTheHolidayDataDoesNotCoverTheDates() {
        assertThat(planner.plan(Procedure.TAP, LocalDate.parse("2027-06-01")).holidaysKnown()).isTrue();
        assertThat(planner.plan(Procedure.TAP, LocalDate.parse("2031-06-01")).holidaysKnown()).isFalse();
    }
}
