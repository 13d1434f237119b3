package org.recflow.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recflow.notification.reminder.ActionDueRule.Moment.OPENED;
import static org.recflow.notification.reminder.ActionDueRule.Moment.OVERDUE;
import static org.recflow.notification.reminder.ActionDueRule.Moment.SOON;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link ActionDueRule} at its edges: opening, exactly 2 days before the due instant, the due instant's last second. */
class ActionDueRuleTest {

    static final ActionDueRule RULE = new ActionDueRule(Duration.ofDays(2));
    static final Instant OPENED_AT = Instant.parse("2027-01-10T08:00:00Z");
    static final Instant DUE = Instant.parse("2027-01-20T23:59:59Z");

    @Test
    void openedFromTheMomentItOpens() {
        assertThat(RULE.reached(OPENED_AT, DUE, OPENED_AT.minusMillis(1))).isEmpty();
        assertThat(RULE.reached(OPENED_AT, DUE, OPENED_AT)).containsExactly(OPENED);
    }

    @Test
    void soonFromExactlyTwoDaysBefore() {
        Instant twoDaysBefore = Instant.parse("2027-01-18T23:59:59Z");
        assertThat(RULE.reached(OPENED_AT, DUE, twoDaysBefore.minusMillis(1))).containsExactly(OPENED);
        assertThat(RULE.reached(OPENED_AT, DUE, twoDaysBefore)).containsExactly(OPENED, SOON);
        assertThat(RULE.reached(OPENED_AT, DUE, DUE)).containsExactly(OPENED, SOON);
    }

    @Test
    void overdueOnceTheLastSecondHasPassedAndThenSoonIsNoLongerSaid() {
        assertThat(RULE.reached(OPENED_AT, DUE, DUE.plusMillis(999))).containsExactly(OPENED, SOON);
        assertThat(RULE.reached(OPENED_AT, DUE, DUE.plusSeconds(1))).containsExactly(OPENED, OVERDUE);
    }

    @Test
    void aDeadlineOpenedWithinTwoDaysOfItsDueInstantGetsNoSeparateSoon() {
        Instant openedLate = Instant.parse("2027-01-19T12:00:00Z");
        assertThat(RULE.reached(openedLate, DUE, openedLate)).containsExactly(OPENED);
        assertThat(RULE.reached(openedLate, DUE, DUE)).containsExactly(OPENED);
        assertThat(RULE.reached(openedLate, DUE, DUE.plusSeconds(1))).containsExactly(OPENED, OVERDUE);
    }
}
