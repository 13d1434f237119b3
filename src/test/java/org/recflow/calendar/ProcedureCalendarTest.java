package org.recflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

/** The "Time" section of procedures.md, on the Geneva holiday data of config/. */
class ProcedureCalendarTest {

    private static final Instant FIXED = Instant.parse("2027-03-15T10:00:00Z");
    private static HolidayCalendar geneva;

    @BeforeAll
    static void loadHolidays() throws IOException {
        geneva = new HolidayCalendar(CalendarConfiguration.readHolidays(new FileSystemResource("config/geneva-holidays.csv")));
    }

    private static ProcedureCalendar calendar() {
        return new ProcedureCalendar(Clock.fixed(FIXED, ZoneOffset.UTC), geneva);
    }

    private static ProcedureCalendar withoutHolidays() {
        return new ProcedureCalendar(Clock.fixed(FIXED, ZoneOffset.UTC), new HolidayCalendar(List.of()));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant i(String iso) {
        return Instant.parse(iso);
    }

    @Nested
    class PeriodsInWeeksAndMonths {

        @Test
        void endOfIsTheLastSecondOfTheDayInUtc() {
            assertThat(ProcedureCalendar.endOf(d("2027-02-15"))).isEqualTo(i("2027-02-15T23:59:59Z"));
            assertThat(ProcedureCalendar.endOf(d("2028-02-29"))).isEqualTo(i("2028-02-29T23:59:59Z"));
        }

        @Test
        void fourWeekLastCallAnnouncedOn18JanuaryClosesOn15February() {
            LocalDate closes = ProcedureCalendar.weeksAfter(d("2027-01-18"), 4);
            assertThat(closes).isEqualTo(d("2027-02-15"));
            assertThat(ProcedureCalendar.endOf(closes)).isEqualTo(i("2027-02-15T23:59:59Z"));
        }

        @Test
        void weeksAfterCountsCalendarDaysAcrossMonthAndYearEnds() {
            assertThat(ProcedureCalendar.weeksAfter(d("2027-12-20"), 3)).isEqualTo(d("2028-01-10"));
            assertThat(ProcedureCalendar.weeksAfter(d("2028-02-15"), 2)).isEqualTo(d("2028-02-29"));
            assertThat(ProcedureCalendar.weeksAfter(d("2027-02-15"), 2)).isEqualTo(d("2027-03-01"));
        }

        @Test
        void monthsAfterEndsOnTheLastDayOfAShorterMonth() {
            assertThat(ProcedureCalendar.monthsAfter(d("2026-11-30"), 3)).isEqualTo(d("2027-02-28"));
            assertThat(ProcedureCalendar.monthsAfter(d("2027-11-30"), 3)).isEqualTo(d("2028-02-29"));
            assertThat(ProcedureCalendar.monthsAfter(d("2027-01-31"), 1)).isEqualTo(d("2027-02-28"));
            assertThat(ProcedureCalendar.monthsAfter(d("2026-12-31"), 2)).isEqualTo(d("2027-02-28"));
        }

        @Test
        void monthsAfterKeepsTheDayOfMonthWhenItExists() {
            assertThat(ProcedureCalendar.monthsAfter(d("2027-01-15"), 2)).isEqualTo(d("2027-03-15"));
            assertThat(ProcedureCalendar.monthsAfter(d("2027-02-28"), 1)).isEqualTo(d("2027-03-28"));
        }

        @Test
        void noticeCountedBackFromTheMeetingsFirstDay() {
            assertThat(ProcedureCalendar.monthsBefore(d("2027-04-06"), 3)).isEqualTo(d("2027-01-06"));
            assertThat(ProcedureCalendar.monthsBefore(d("2027-04-06"), 1)).isEqualTo(d("2027-03-06"));
            assertThat(ProcedureCalendar.weeksBefore(d("2027-04-06"), 3)).isEqualTo(d("2027-03-16"));
        }

        @Test
        void monthsBeforeFromTheEndOfALongMonthGivesAFullPeriod() {
            LocalDate latest = ProcedureCalendar.monthsBefore(d("2027-05-31"), 3);
            assertThat(latest).isEqualTo(d("2027-02-28"));
            // announcing on the latest day still leaves at least 3 months; the day after would not
            assertThat(ProcedureCalendar.monthsAfter(latest, 3)).isBeforeOrEqualTo(d("2027-05-31"));
            assertThat(ProcedureCalendar.monthsAfter(latest.plusDays(1), 3)).isAfter(d("2027-05-31"));
        }
    }

    @Nested
    class SummerTime {

        @Test
        void periodAcrossTheMarchChangeClosesAtExactly235959Utc() {
            // Europe/Zurich switches to summer time on Sunday 2027-03-28
            assertThat(ProcedureCalendar.GENEVA.getRules().isDaylightSavings(i("2027-03-27T12:00:00Z"))).isFalse();
            assertThat(ProcedureCalendar.GENEVA.getRules().isDaylightSavings(i("2027-03-28T12:00:00Z"))).isTrue();

            Instant closes = ProcedureCalendar.endOf(ProcedureCalendar.weeksAfter(d("2027-03-15"), 4));

            assertThat(closes).isEqualTo(i("2027-04-12T23:59:59Z"));
            // no hour slips: exactly 28 x 24 hours after the same second of the announcement day
            assertThat(Duration.between(ProcedureCalendar.endOf(d("2027-03-15")), closes)).isEqualTo(Duration.ofHours(28 * 24));
        }

        @Test
        void genevaTimeOfASummerCloseIsUtcPlusTwo() {
            ZonedDateTime geneva = ProcedureCalendar.inGeneva(i("2027-04-12T23:59:59Z"));
            assertThat(geneva.toOffsetDateTime().toString()).isEqualTo("2027-04-13T01:59:59+02:00");
            assertThat(geneva.getZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        }

        @Test
        void genevaTimeOfAWinterCloseIsUtcPlusOne() {
            ZonedDateTime geneva = ProcedureCalendar.inGeneva(i("2027-02-15T23:59:59Z"));
            assertThat(geneva.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(geneva.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-16T00:59:59"));
        }
    }

    @Nested
    class Closing {

        private final Instant closesAt = ProcedureCalendar.endOf(d("2027-02-15"));

        @Test
        void stillOpenDuringTheWholeLastSecond() {
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-02-15T23:59:58Z"))).isFalse();
            assertThat(ProcedureCalendar.hasClosed(closesAt, closesAt)).isFalse();
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-02-15T23:59:59.999Z"))).isFalse();
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-02-15T23:59:59.999999999Z"))).isFalse();
        }

        @Test
        void closedAt2400AndAfter() {
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-02-16T00:00:00Z"))).isTrue();
            assertThat(ProcedureCalendar.hasClosed(closesAt, closesAt.plusSeconds(1))).isTrue();
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-02-16T00:00:01Z"))).isTrue();
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-03-01T12:00:00Z"))).isTrue();
        }

        @Test
        void notClosedLongBeforeTheDeadline() {
            assertThat(ProcedureCalendar.hasClosed(closesAt, i("2027-01-18T09:00:00Z"))).isFalse();
        }

        @Test
        void timerFiresAt2400() {
            assertThat(ProcedureCalendar.timerFor(closesAt)).isEqualTo(i("2027-02-16T00:00:00Z"));
            assertThat(ProcedureCalendar.hasClosed(closesAt, ProcedureCalendar.timerFor(closesAt))).isTrue();
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void consultationBeforeAnEasterMeetingSkipsGoodFridayAndEasterMonday() {
            // Tue 2027-04-06: Mon 5, Fri 2, Thu 1, Wed 31, Tue 30, (Mon 29, Fri 26 holidays), Thu 25, Wed 24 = 7th
            assertThat(calendar().workingDaysBefore(d("2027-04-06"), 7)).isEqualTo(d("2027-03-23"));
        }

        @Test
        void sameMeetingWithoutHolidaysClosesTwoWorkingDaysLater() {
            // Mon 5, Fri 2, Thu 1, Wed 31, Tue 30, Mon 29, Fri 26 = 7th
            assertThat(withoutHolidays().workingDaysBefore(d("2027-04-06"), 7)).isEqualTo(d("2027-03-25"));
        }

        @Test
        void theCircularOf2001() {
            // meeting Tue 2001-01-23: Mon 22, Fri 19, Thu 18, Wed 17, Tue 16, Mon 15, Fri 12 = 7th
            assertThat(withoutHolidays().workingDaysBefore(d("2001-01-23"), 7)).isEqualTo(d("2001-01-11"));
        }

        @Test
        void meetingOpeningOnAMondayCountsBackOverTheWeekend() {
            // Mon 2027-03-08: Fri 5, Thu 4, Wed 3, Tue 2, Mon 1, Fri Feb 26, Thu Feb 25 = 7th
            assertThat(calendar().workingDaysBefore(d("2027-03-08"), 7)).isEqualTo(d("2027-02-24"));
        }

        @Test
        void whitMondayInsideTheSevenDays() {
            // Tue 2027-05-25: Mon 24, Fri 21, Thu 20, Wed 19, Tue 18, (Mon 17 Whit Monday), Fri 14, Thu 13 = 7th
            assertThat(calendar().workingDaysBefore(d("2027-05-25"), 7)).isEqualTo(d("2027-05-12"));
            assertThat(withoutHolidays().workingDaysBefore(d("2027-05-25"), 7)).isEqualTo(d("2027-05-13"));
        }

        @Test
        void restorationDayInsideTheSevenDaysAcrossNewYear2028() {
            // Tue 2028-01-11: Mon 10, Fri 7, Thu 6, Wed 5, Tue 4, Mon 3, (Sat 1, Fri 2027-12-31 holiday), Thu Dec 30 = 7th
            assertThat(calendar().workingDaysBefore(d("2028-01-11"), 7)).isEqualTo(d("2027-12-29"));
        }

        @Test
        void twoHolidaysInsideTheSevenDaysAcrossNewYear2027() {
            // Mon 2027-01-11: Fri 8, Thu 7, Wed 6, Tue 5, Mon 4, (Fri 1, Thu 2026-12-31 holidays), Wed Dec 30, Tue Dec 29 = 7th
            assertThat(calendar().workingDaysBefore(d("2027-01-11"), 7)).isEqualTo(d("2026-12-28"));
        }

        @Test
        void closeIsTheDayBeforeTheLastCountedWorkingDayWhateverKindOfDayThatIs() {
            // Wed 2027-03-17: Tue 16, Mon 15, Fri 12, Thu 11, Wed 10, (Tue 9 Eid al-Fitr), Mon 8, Fri 5 = 7th -> Thu 4
            assertThat(calendar().workingDaysBefore(d("2027-03-17"), 7)).isEqualTo(d("2027-03-04"));
            // with 1 working day: Mon 2027-03-08 -> Fri 5 counted -> closes Thu 4
            assertThat(calendar().workingDaysBefore(d("2027-03-08"), 1)).isEqualTo(d("2027-03-04"));
            // with 1 working day before a Tuesday: Mon counted -> closes on the Sunday
            assertThat(calendar().workingDaysBefore(d("2027-03-02"), 1)).isEqualTo(d("2027-02-28"));
        }

        @Test
        void weekendsAndHolidaysAreNoWorkingDays() {
            ProcedureCalendar c = calendar();
            assertThat(c.isWorkingDay(d("2027-01-02"))).as("Saturday").isFalse();
            assertThat(c.isWorkingDay(d("2027-01-03"))).as("Sunday").isFalse();
            assertThat(c.isWorkingDay(d("2027-01-01"))).as("New Year's Day, a Friday").isFalse();
            assertThat(c.isWorkingDay(d("2027-03-26"))).as("Good Friday").isFalse();
            assertThat(c.isWorkingDay(d("2027-01-04"))).as("an ordinary Monday").isTrue();
            assertThat(c.isWorkingDay(d("2027-03-25"))).as("Maundy Thursday").isTrue();
            assertThat(withoutHolidays().isWorkingDay(d("2027-01-01"))).isTrue();
        }

        @Test
        void workingDayOnOrBeforeMovesBackToTheLastWorkingDay() {
            ProcedureCalendar c = calendar();
            assertThat(c.workingDayOnOrBefore(d("2027-01-10"))).as("Sunday").isEqualTo(d("2027-01-08"));
            assertThat(c.workingDayOnOrBefore(d("2027-01-09"))).as("Saturday").isEqualTo(d("2027-01-08"));
            assertThat(c.workingDayOnOrBefore(d("2027-05-17"))).as("Whit Monday").isEqualTo(d("2027-05-14"));
            assertThat(c.workingDayOnOrBefore(d("2027-03-29"))).as("Easter Monday, after Good Friday")
                    .isEqualTo(d("2027-03-25"));
            assertThat(c.workingDayOnOrBefore(d("2027-01-03"))).as("Sunday after New Year's Day (Fri)")
                    .isEqualTo(d("2026-12-30"));
            assertThat(c.workingDayOnOrBefore(d("2027-01-05"))).as("a working day itself").isEqualTo(d("2027-01-05"));
        }
    }

    @Nested
    class TheClock {

        @Test
        void nowAndTodayFollowTheInjectedClock() {
            ProcedureCalendar c = new ProcedureCalendar(Clock.fixed(i("2027-03-15T23:30:00Z"), ZoneOffset.UTC), geneva);
            assertThat(c.now()).isEqualTo(i("2027-03-15T23:30:00Z"));
            assertThat(c.today()).isEqualTo(d("2027-03-15"));
        }

        @Test
        void todayIsTheUtcDateWhateverTheClocksZone() {
            // 23:30Z is already the next day in Geneva; periods are counted in UTC
            ProcedureCalendar c = new ProcedureCalendar(Clock.fixed(i("2027-03-15T23:30:00Z"), ProcedureCalendar.GENEVA), geneva);
            assertThat(c.today()).isEqualTo(d("2027-03-15"));
        }

        @Test
        void aMovingClockMovesNowAndToday() {
            Clock base = Clock.fixed(i("2027-02-15T23:59:59Z"), ZoneOffset.UTC);
            assertThat(new ProcedureCalendar(base, geneva).today()).isEqualTo(d("2027-02-15"));
            ProcedureCalendar later = new ProcedureCalendar(Clock.offset(base, Duration.ofSeconds(1)), geneva);
            assertThat(later.now()).isEqualTo(i("2027-02-16T00:00:00Z"));
            assertThat(later.today()).isEqualTo(d("2027-02-16"));
        }
    }
}
