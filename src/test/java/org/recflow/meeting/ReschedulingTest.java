package org.recflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;
import org.recflow.calendar.HolidayCalendar;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.calendar.TestCalendars;
import org.recflow.meeting.Rescheduling.BrokenNotice;
import org.recflow.meeting.Rescheduling.MovedDate;
import org.recflow.meeting.Rescheduling.Outcome;
import org.recflow.meeting.Rescheduling.TextState;

/**
 * The rescheduling rules at their edges, with the Geneva holidays of config/ (2027: Good Friday 26 March, Easter Monday
 * 29 March, Ascension 6 May, Whit Monday 17 May). Expected dates are counted by hand on the calendar.
 */
class ReschedulingTest {

    private Rescheduling rules;

    @BeforeEach
    void setUp() throws Exception {
        HolidayCalendar holidays = TestCalendars.genevaHolidays();
        ProcedureCalendar calendar = new ProcedureCalendar(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC), holidays);
        rules = new Rescheduling(new Planner(calendar, holidays));
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static TextState tapInConsultation(long id, String announcedOn) {
        return new TextState(id, "ITU-T D." + id + " (new)", Procedure.TAP, ApprovalStatus.CONSULTATION, d(announcedOn), null, null, null);
    }

    private static TextState aapAwaiting(long id, String announcedOn) {
        return new TextState(id, "ITU-T E." + id + " (new)", Procedure.AAP, ApprovalStatus.AWAITING_MEETING, null, null, null,
                announcedOn == null ? null : d(announcedOn));
    }

    private static MovedDate step(Outcome o, long id, String step) {
        return o.moves().stream().filter(m -> m.approvalId() == id).findFirst().orElseThrow()
                .dates().stream().filter(x -> x.step().equals(step)).findFirst().orElseThrow();
    }

    @Test
    void earlierAcrossEasterTheConsultationClosesSevenWorkingDaysBeforeTheNewDates() {
        // Tue 13 April -> Tue 6 April 2027: counting back from 6 April skips Easter Monday and Good Friday
        Outcome o = rules.reschedule(d("2027-04-13"), d("2027-04-06"), List.of(tapInConsultation(1, "2027-01-05")), d("2027-02-01"));

        assertThat(o.acceptable()).isTrue();
        MovedDate close = step(o, 1, "CONSULTATION_CLOSE");
        assertThat(close.from()).isEqualTo(d("2027-04-01"));
        assertThat(close.to()).isEqualTo(d("2027-03-23"));
        assertThat(close.closesAt()).isEqualTo(Instant.parse("2027-03-23T23:59:59Z"));
        assertThat(close.alreadyPassed()).isFalse();
        // texts not yet distributed: 1 month before, a Saturday stays the latest date
        MovedDate distribution = step(o, 1, "TEXT_DISTRIBUTION");
        assertThat(distribution.from()).isEqualTo(d("2027-03-13"));
        assertThat(distribution.to()).isEqualTo(d("2027-03-06"));
        assertThat(distribution.closesAt()).isNull();
        // the announcement is made: it does not move
        assertThat(o.moves().get(0).dates()).extracting(MovedDate::step).doesNotContain("ANNOUNCEMENT");
    }

    @Test
    void laterAcrossAWeekendAndTwoHolidaysTheCloseSkipsThemAll() {
        // Tue 6 April -> Tue 18 May 2027: back over Whit Monday, a weekend and Ascension Day
        Outcome o = rules.reschedule(d("2027-04-06"), d("2027-05-18"),
                List.of(tapInConsultation(1, "2027-01-05"), aapAwaiting(2, null)), d("2027-02-01"));

        assertThat(o.acceptable()).isTrue();
        MovedDate close = step(o, 1, "CONSULTATION_CLOSE");
        assertThat(close.from()).isEqualTo(d("2027-03-23"));
        assertThat(close.to()).isEqualTo(d("2027-05-04"));
        assertThat(close.closesAt()).isEqualTo(Instant.parse("2027-05-04T23:59:59Z"));
        MovedDate announcement = step(o, 2, "MEETING_ANNOUNCEMENT");
        assertThat(announcement.from()).isEqualTo(d("2027-03-16"));
        assertThat(announcement.to()).isEqualTo(d("2027-04-27"));
    }

    @Test
    void anAnnouncementOnTheLatestDayOfTheNewDatesStillGivesNotice() {
        // announced 6 January: exactly 3 months before 6 April (TAP); announced 16 March: exactly 3 weeks before (AAP)
        Outcome o = rules.reschedule(d("2027-04-13"), d("2027-04-06"),
                List.of(tapInConsultation(1, "2027-01-06"), aapAwaiting(2, "2027-03-16")), d("2027-02-01"));

        assertThat(o.broken()).isEmpty();
        assertThat(o.moves()).extracting(Rescheduling.TextMove::approvalId).containsExactly(1L, 2L);
    }

    @Test
    void oneDayEarlierBreaksTheNoticesAlreadyGivenAndNamesTheTexts() {
        Outcome o = rules.reschedule(d("2027-04-06"), d("2027-04-05"),
                List.of(tapInConsultation(1, "2027-01-06"), aapAwaiting(2, "2027-03-16"), aapAwaiting(3, "2027-03-01")), d("2027-02-01"));

        assertThat(o.acceptable()).isFalse();
        assertThat(o.broken()).extracting(BrokenNotice::approvalId, BrokenNotice::step, BrokenNotice::givenOn, BrokenNotice::latestDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "ANNOUNCEMENT", d("2027-01-06"), d("2027-01-05")),
                        org.assertj.core.groups.Tuple.tuple(2L, "MEETING_ANNOUNCEMENT", d("2027-03-16"), d("2027-03-15")));
        assertThat(o.broken().get(0).label()).isEqualTo("ITU-T D.1 (new)");
        assertThat(o.broken().get(0).rule()).contains("§9.3.3");
        assertThat(o.broken().get(1).rule()).contains("§4.6");
    }

    @Test
    void textsDistributedLaterThanAMonthBeforeTheNewDatesBreakTheirNotice() {
        TextState distributed = new TextState(4, "ITU-T D.4 (new)", Procedure.TAP, ApprovalStatus.AWAITING_MEETING,
                d("2026-12-01"), Instant.parse("2027-04-01T23:59:59Z"), d("2027-03-10"), null);

        Outcome o = rules.reschedule(d("2027-04-13"), d("2027-04-06"), List.of(distributed), d("2027-03-20"));

        assertThat(o.broken()).singleElement().satisfies(b -> {
            assertThat(b.step()).isEqualTo("TEXT_DISTRIBUTION");
            assertThat(b.latestDate()).isEqualTo(d("2027-03-06"));
        });
        // the consultation is over: its close does not move again
        assertThat(o.moves().get(0).dates()).extracting(MovedDate::step).doesNotContain("CONSULTATION_CLOSE");
    }

    @Test
    void aRunningConsultationCannotBeMadeToCloseInThePast() {
        // today 25 March; Tue 30 March 2027: back over Easter Monday and Good Friday, closes Tue 16 March
        Outcome o = rules.reschedule(d("2027-04-13"), d("2027-03-30"), List.of(tapInConsultation(1, "2026-12-01")), d("2027-03-25"));

        MovedDate close = step(o, 1, "CONSULTATION_CLOSE");
        assertThat(close.to()).isEqualTo(d("2027-03-16"));
        assertThat(close.alreadyPassed()).isTrue();
        assertThat(o.broken()).singleElement().extracting(BrokenNotice::step).isEqualTo("CONSULTATION_CLOSE");
        // the same move seen a week earlier is fine: the close is still ahead
        assertThat(rules.reschedule(d("2027-04-13"), d("2027-03-30"), List.of(tapInConsultation(1, "2026-12-01")), d("2027-03-16"))
                .broken()).isEmpty();
    }

    @Test
    void textsPastTheMeetingAreLeftOut() {
        TextState moreTime = new TextState(5, "ITU-T E.5 (new)", Procedure.AAP, ApprovalStatus.MORE_TIME, null, null, null, d("2027-03-01"));
        TextState approved = new TextState(6, "ITU-T E.6 (new)", Procedure.AAP, ApprovalStatus.APPROVED, null, null, null, d("2027-03-16"));

        Outcome o = rules.reschedule(d("2027-04-06"), d("2027-04-05"), List.of(moreTime, approved), d("2027-02-01"));

        assertThat(o.moves()).isEmpty();
        assertThat(o.broken()).isEmpty();
    }

    @Test
    void laterOntoAMondayTheCloseCountsBackOverTheWeekendBeforeIt() {
        // Tue 8 June -> Mon 14 June 2027 (no holiday): 7 working days back from Monday reach Thu 3 June, the close is Wed 2 June
        Outcome o = rules.reschedule(d("2027-06-08"), d("2027-06-14"), List.of(tapInConsultation(1, "2027-03-01")), d("2027-04-01"));

        MovedDate close = step(o, 1, "CONSULTATION_CLOSE");
        assertThat(close.from()).isEqualTo(d("2027-05-27"));
        assertThat(close.to()).isEqualTo(d("2027-06-02"));
        assertThat(close.closesAt()).isEqualTo(Instant.parse("2027-06-02T23:59:59Z"));
        assertThat(o.acceptable()).isTrue();
    }

    @Test
    void earlierARequestedTextsAnnouncementMovesAndAnAapAnnouncementMadeTooLateForTheNewDatesBreaks() {
        TextState requested = new TextState(7, "ITU-T D.7 (new)", Procedure.TAP, ApprovalStatus.REQUESTED, null, null, null, null);
        // Tue 13 April -> Tue 6 April 2027; AAP announced Sat 20 March: 3 weeks before 6 April is 16 March
        Outcome o = rules.reschedule(d("2027-04-13"), d("2027-04-06"), List.of(requested, aapAwaiting(8, "2027-03-20")), d("2026-12-01"));

        MovedDate announcement = step(o, 7, "ANNOUNCEMENT");
        assertThat(announcement.from()).isEqualTo(d("2027-01-13"));
        assertThat(announcement.to()).isEqualTo(d("2027-01-06"));
        assertThat(announcement.alreadyPassed()).isFalse();
        // a requested text's consultation is not running: its planned close moves but has no instant yet
        assertThat(step(o, 7, "CONSULTATION_CLOSE").closesAt()).isNull();
        assertThat(o.broken()).singleElement().satisfies(b -> {
            assertThat(b.approvalId()).isEqualTo(8);
            assertThat(b.step()).isEqualTo("MEETING_ANNOUNCEMENT");
            assertThat(b.latestDate()).isEqualTo(d("2027-03-16"));
        });
    }
}
