package org.recflow.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;

/** The deletion aggregate at every edge: the 3-month window, its last second, and each guarded transition. */
class DeletionTest {

    static Deletion agreedOn(String day) {
        Deletion d = new Deletion();
        d.recommendation = "Y.2060";
        d.agree(LocalDate.parse(day));
        return d;
    }

    static ProblemCode code(Throwable e) {
        return ((RecflowException) e).code();
    }

    @Test
    void theWindowClosesAtTheEndOfTheDayThreeCalendarMonthsLater() {
        assertThat(org.recflow.calendar.Periods.deletionObjectionCloses(LocalDate.parse("2027-01-18"))).isEqualTo(Instant.parse("2027-04-18T23:59:59Z"));
        assertThat(org.recflow.calendar.Periods.deletionObjectionCloses(LocalDate.parse("2026-11-30"))).isEqualTo(Instant.parse("2027-02-28T23:59:59Z"));
        assertThat(org.recflow.calendar.Periods.deletionObjectionCloses(LocalDate.parse("2027-11-30"))).isEqualTo(Instant.parse("2028-02-29T23:59:59Z"));
        assertThat(org.recflow.calendar.Periods.deletionObjectionCloses(LocalDate.parse("2027-05-31"))).isEqualTo(Instant.parse("2027-08-31T23:59:59Z"));
    }

    @Test
    void agreementOpensTheWindowOnTheDayItIsRecorded() {
        Deletion d = agreedOn("2026-11-30");
        assertThat(d.status).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
        assertThat(d.windowAnnouncedOn).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(d.windowClosesAt).isEqualTo(Instant.parse("2027-02-28T23:59:59Z"));
        assertThat(d.label()).isEqualTo("ITU-T Y.2060");
        assertThatThrownBy(() -> d.agree(LocalDate.parse("2026-12-01"))).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
    }

    @Test
    void anObjectionInTheLastSecondIsInTimeAndOneAtMidnightIsLate() {
        Deletion d = agreedOn("2026-11-30");
        d.acceptObjection("FRA", Set.of(), Instant.parse("2027-02-28T23:59:59.999Z"));
        assertThatThrownBy(() -> d.acceptObjection("FRA", Set.of(), Instant.parse("2027-03-01T00:00:00Z")))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
    }

    @Test
    void aMemberObjectsOnce() {
        Deletion d = agreedOn("2026-11-30");
        Instant now = Instant.parse("2027-01-05T10:00:00Z");
        d.acceptObjection("ericsson", Set.of("FRA"), now);
        assertThatThrownBy(() -> d.acceptObjection("FRA", Set.of("FRA"), now))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
    }

    @Test
    void theCloseWaitsForTheEndOfTheWindow() {
        Deletion d = agreedOn("2026-11-30");
        assertThatThrownBy(() -> d.closeWindow(0, Instant.parse("2027-02-28T23:59:59Z")))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
        assertThat(d.status).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
    }

    @Test
    void withoutObjectionTheDeletionTakesEffect() {
        Deletion d = agreedOn("2026-11-30");
        Instant close = Instant.parse("2027-03-01T00:00:00Z");
        assertThat(d.closeWindow(0, close)).isTrue();
        assertThat(d.status).isEqualTo(DeletionStatus.DELETED);
        assertThat(d.outcomeReason).isEqualTo("NO_OBJECTION");
        assertThat(d.outcomeAt).isEqualTo(close);
        assertThatThrownBy(() -> d.closeWindow(0, close)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
        assertThatThrownBy(() -> d.acceptObjection("FRA", Set.of(), close))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
    }

    @Test
    void oneObjectionReturnsTheDeletionToTheStudyGroup() {
        Deletion d = agreedOn("2026-11-30");
        assertThat(d.closeWindow(1, Instant.parse("2027-03-01T00:00:00Z"))).isFalse();
        assertThat(d.status).isEqualTo(DeletionStatus.RETURNED_TO_SG);
        assertThat(d.outcomeReason).isEqualTo("OBJECTION_RECEIVED");
        assertThat(d.status.isFinal()).isTrue();
    }
}
