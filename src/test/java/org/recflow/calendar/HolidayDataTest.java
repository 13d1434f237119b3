package org.recflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

/** The holiday data of config/geneva-holidays.csv (procedures.md, "Time": holidays are data, per year, 2026-2029 at least). */
class HolidayDataTest {

    private static List<LocalDate> rows;
    private static HolidayCalendar calendar;

    @BeforeAll
    static void load() throws IOException {
        rows = CalendarConfiguration.readHolidays(new FileSystemResource("config/geneva-holidays.csv"));
        calendar = new HolidayCalendar(rows);
    }

    @Test
    void fileLoadsWithoutDuplicates() {
        assertThat(rows).isNotEmpty().doesNotHaveDuplicates();
        assertThat(calendar.holidays()).hasSameSizeAs(rows);
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027, 2028, 2029})
    void tenHolidaysEachYear(int year) {
        Map<Integer, Long> perYear = rows.stream().collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));
        assertThat(perYear.get(year)).isEqualTo(10L);
        assertThat(calendar.covers(year)).isTrue();
    }

    @Test
    void easter2027() {
        assertThat(calendar.isHoliday(LocalDate.parse("2027-03-26"))).as("Good Friday").isTrue();
        assertThat(calendar.isHoliday(LocalDate.parse("2027-03-29"))).as("Easter Monday").isTrue();
        assertThat(calendar.isHoliday(LocalDate.parse("2027-03-25"))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.parse("2027-03-30"))).isFalse();
    }

    @Test
    void coversOnlyTheYearsWithData() {
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.covers(2025)).isFalse();
        assertThat(calendar.covers(2030)).isFalse();
        assertThat(calendar.covers(2031)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027, 2028, 2029})
    void movableFeastsFollowEaster(int year) {
        LocalDate easter = easterSunday(year);
        assertThat(calendar.isHoliday(easter.minusDays(2))).as("Good Friday %d", year).isTrue();
        assertThat(calendar.isHoliday(easter.plusDays(1))).as("Easter Monday %d", year).isTrue();
        assertThat(calendar.isHoliday(easter.plusDays(39))).as("Ascension %d", year).isTrue();
        assertThat(calendar.isHoliday(easter.plusDays(50))).as("Whit Monday %d", year).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027, 2028, 2029})
    void fixedAndGenevanHolidays(int year) {
        assertThat(calendar.isHoliday(LocalDate.of(year, 1, 1))).as("New Year's Day").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(year, 12, 25))).as("Christmas Day").isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(year, 12, 31))).as("Restoration of the Republic").isTrue();
        // Jeûne genevois: the Thursday after the first Sunday of September
        LocalDate firstSunday = LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        assertThat(calendar.isHoliday(firstSunday.plusDays(4))).as("Jeûne genevois %d", year).isTrue();
    }

    @Test
    void readerSkipsHeaderCommentsAndBlankLines() throws IOException {
        String csv = "# ITU holidays\n\ndate,name\n2027-01-01,New Year's Day\n# provisional\n\n2027-03-26,Good Friday\n";
        List<LocalDate> days = CalendarConfiguration.readHolidays(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(days).containsExactly(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-26"));
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
