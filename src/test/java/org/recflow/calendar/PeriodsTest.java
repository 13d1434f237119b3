package org.recflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods and notices of A.8, Res. 1 §7.3, §9 and §9.8.2 (procedures.md, "Time"). */
class PeriodsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant i(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void lastCallIsFourWeeks() {
        assertThat(Periods.lastCallCloses(d("2027-01-18"))).isEqualTo(i("2027-02-15T23:59:59Z"));
    }

    @Test
    void additionalReviewIsThreeWeeks() {
        assertThat(Periods.additionalReviewCloses(d("2027-03-01"))).isEqualTo(i("2027-03-22T23:59:59Z"));
    }

    @Test
    void commentCompilationIsDueTwoWeeksAfterTheCloseDate() {
        // Last Call closed 2027-02-15 at 23:59:59Z; 2027 is no leap year: 15 Feb + 14 days = 1 March
        assertThat(Periods.commentCompilationDue(i("2027-02-15T23:59:59Z"))).isEqualTo(i("2027-03-01T23:59:59Z"));
        assertThat(Periods.commentCompilationDue(i("2028-02-15T23:59:59Z"))).isEqualTo(i("2028-02-29T23:59:59Z"));
    }

    @Test
    void aapMeetingNoticeIsThreeWeeks() {
        assertThat(Periods.latestAapMeetingAnnouncement(d("2027-04-06"))).isEqualTo(d("2027-03-16"));
    }

    @Test
    void tapAnnouncementThreeMonthsBefore() {
        assertThat(Periods.latestTapAnnouncement(d("2027-04-06"))).isEqualTo(d("2027-01-06"));
        assertThat(Periods.latestTapAnnouncement(d("2027-05-31"))).isEqualTo(d("2027-02-28"));
    }

    @Test
    void tapTextDistributionOneMonthBefore() {
        assertThat(Periods.latestTextDistribution(d("2027-04-06"))).isEqualTo(d("2027-03-06"));
        assertThat(Periods.latestTextDistribution(d("2028-03-31"))).isEqualTo(d("2028-02-29"));
    }

    @Test
    void moreTimeClosesFourWeeksAfterTheMeetingEnds() {
        assertThat(Periods.moreTimeCloses(d("2027-04-16"))).isEqualTo(i("2027-05-14T23:59:59Z"));
        assertThat(Periods.moreTimeCloses(d("2027-12-17"))).isEqualTo(i("2028-01-14T23:59:59Z"));
    }

    @Test
    void aapNotificationWithinTwoWeeks() {
        assertThat(Periods.aapNotificationDue(d("2027-04-16"))).isEqualTo(i("2027-04-30T23:59:59Z"));
    }

    @Test
    void tapNotificationWithinFourWeeks() {
        assertThat(Periods.tapNotificationDue(d("2027-04-16"))).isEqualTo(i("2027-05-14T23:59:59Z"));
    }

    @Test
    void dateOfIsTheUtcDate() {
        assertThat(Periods.dateOf(i("2027-02-15T23:59:59Z"))).isEqualTo(d("2027-02-15"));
        assertThat(Periods.dateOf(i("2027-02-16T00:00:00Z"))).isEqualTo(d("2027-02-16"));
    }

    @Test
    void theNumbersOfTheTexts() {
        assertThat(Periods.LAST_CALL_WEEKS).as("A.8 §4.1").isEqualTo(4);
        assertThat(Periods.COMMENT_COMPILATION_WEEKS).as("A.8 §4.4.3").isEqualTo(2);
        assertThat(Periods.ADDITIONAL_REVIEW_WEEKS).as("A.8 §4.5").isEqualTo(3);
        assertThat(Periods.AAP_MEETING_NOTICE_WEEKS).as("A.8 §4.6").isEqualTo(3);
        assertThat(Periods.MORE_TIME_WEEKS).as("A.8 §5.6, Res. 1 §9.5.5").isEqualTo(4);
        assertThat(Periods.AAP_NOTIFICATION_WEEKS).as("A.8 §6.2").isEqualTo(2);
        assertThat(Periods.TAP_NOTIFICATION_WEEKS).as("Res. 1 §9.6.1").isEqualTo(4);
        assertThat(Periods.TAP_MEETING_NOTICE_MONTHS).as("Res. 1 §9.3.3").isEqualTo(3);
        assertThat(Periods.TAP_TEXT_DISTRIBUTION_MONTHS).as("Res. 1 §9.3.5").isEqualTo(1);
        assertThat(Periods.TAP_CONSULTATION_WORKING_DAYS).as("Res. 1 §9.4.1").isEqualTo(7);
    }

    @Test
    void theTapConsultationClosesSevenWorkingDaysBeforeTheMeeting() throws java.io.IOException {
        ProcedureCalendar calendar = new ProcedureCalendar(java.time.Clock.systemUTC(), TestCalendars.genevaHolidays());
        // Tue 2027-04-06: Good Friday 26 and Easter Monday 29 March are Geneva holidays
        assertThat(Periods.tapConsultationLastDay(calendar, d("2027-04-06"))).isEqualTo(d("2027-03-23"));
        assertThat(Periods.tapConsultationCloses(calendar, d("2027-04-06"))).isEqualTo(i("2027-03-23T23:59:59Z"));
    }

    @Test
    void aQuestionsConsultationIsTwoMonths() {
        assertThat(Periods.questionConsultationCloses(d("2026-12-01"))).isEqualTo(i("2027-02-01T23:59:59Z"));
        assertThat(Periods.QUESTION_CONSULTATION_MONTHS).as("Res. 1 §7.3.2.2").isEqualTo(2);
    }

    @Test
    void aDeletionsObjectionWindowIsThreeCalendarMonths() {
        assertThat(Periods.deletionObjectionCloses(d("2026-11-30"))).isEqualTo(i("2027-02-28T23:59:59Z"));
        assertThat(Periods.DELETION_OBJECTION_MONTHS).as("Res. 1 §9.8.2.1, A.8 §8.2.1").isEqualTo(3);
    }
}
