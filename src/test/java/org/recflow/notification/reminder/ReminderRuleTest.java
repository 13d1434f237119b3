package org.recflow.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ReminderRule} at its edges: the instants of 7 and 1 day before the close, the close itself, a moved close. */
class ReminderRuleTest {

    static final Duration WEEK = Duration.ofDays(7);
    static final Duration DAY = Duration.ofDays(1);
    static final ReminderRule RULE = new ReminderRule(List.of(DAY, WEEK));
    static final Instant OPENED = Instant.parse("2027-01-01T10:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-03-01T23:59:59Z");

    @Test
    void nothingIsDueUntilExactlySevenDaysBeforeTheClose() {
        Instant weekBefore = Instant.parse("2027-02-22T23:59:59Z");
        assertThat(RULE.dueAt(OPENED, CLOSES, weekBefore.minusMillis(1))).isEmpty();
        assertThat(RULE.dueAt(OPENED, CLOSES, weekBefore)).contains(WEEK);
        assertThat(RULE.dueAt(OPENED, CLOSES, weekBefore.plus(Duration.ofDays(5)))).contains(WEEK);
    }

    @Test
    void theOneDayReminderTakesOverExactlyOneDayBeforeAndLastsUntilTheCloseIsOver() {
        Instant dayBefore = Instant.parse("2027-02-28T23:59:59Z");
        assertThat(RULE.dueAt(OPENED, CLOSES, dayBefore.minusMillis(1))).contains(WEEK);
        assertThat(RULE.dueAt(OPENED, CLOSES, dayBefore)).contains(DAY);
        // the last second 23:59:59 still belongs to the consultation; at 24:00:00 it is over
        assertThat(RULE.dueAt(OPENED, CLOSES, CLOSES)).contains(DAY);
        assertThat(RULE.dueAt(OPENED, CLOSES, CLOSES.plusMillis(999))).contains(DAY);
        assertThat(RULE.dueAt(OPENED, CLOSES, CLOSES.plusSeconds(1))).isEmpty();
    }

    @Test
    void aReminderWhoseInstantCameBeforeTheOpeningIsNeverDue() {
        Instant openedLate = Instant.parse("2027-02-25T09:00:00Z");
        assertThat(RULE.dueAt(openedLate, CLOSES, openedLate)).isEmpty();
        assertThat(RULE.dueAt(openedLate, CLOSES, Instant.parse("2027-02-28T23:59:59Z"))).contains(DAY);
        // opened at exactly the 7-day instant: that reminder still counts
        Instant openedOnTheInstant = Instant.parse("2027-02-22T23:59:59Z");
        assertThat(RULE.dueAt(openedOnTheInstant, CLOSES, openedOnTheInstant)).contains(WEEK);
    }

    @Test
    void aMovedCloseMovesTheReminders() {
        Instant now = Instant.parse("2027-02-23T12:00:00Z");
        assertThat(RULE.dueAt(OPENED, CLOSES, now)).contains(WEEK);
        assertThat(RULE.dueAt(OPENED, CLOSES.plus(Duration.ofDays(14)), now)).isEmpty();
        assertThat(RULE.dueAt(OPENED, Instant.parse("2027-02-24T00:00:00Z"), now)).contains(DAY);
    }

    @Test
    void itIsInstantsOnlySoAHolidayOrAWeekendChangesNothing() {
        // 2027-12-25 is a Geneva holiday and a Saturday: the 7-day reminder of a close on 2028-01-01 is due on it all the same
        Instant closes = Instant.parse("2028-01-01T23:59:59Z");
        assertThat(RULE.dueAt(OPENED, closes, Instant.parse("2027-12-25T23:59:59Z"))).contains(WEEK);
        assertThat(RULE.dueAt(OPENED, closes, Instant.parse("2027-12-25T23:59:58Z"))).isEmpty();
    }

    @Test
    void onlyThoseWhoHaveNotRepliedAreReminded() {
        assertThat(ReminderRule.recipients(Set.of("FRA", "DEU", "CHN"), Set.of("DEU"))).containsExactly("CHN", "FRA");
        assertThat(ReminderRule.recipients(Set.of("FRA"), Set.of("FRA", "DEU"))).isEmpty();
    }

    @Test
    void theLeadsAreConfigurableAndMustBePositive() {
        ReminderRule threeLeads = new ReminderRule(List.of(Duration.ofDays(3), Duration.ofDays(14), Duration.ofHours(6)));
        assertThat(threeLeads.longest()).isEqualTo(Duration.ofDays(14));
        assertThat(threeLeads.dueAt(OPENED, CLOSES, CLOSES.minus(Duration.ofDays(3)))).contains(Duration.ofDays(3));
        assertThat(threeLeads.dueAt(OPENED, CLOSES, CLOSES.minus(Duration.ofHours(6)))).contains(Duration.ofHours(6));
        assertThatThrownBy(() -> new ReminderRule(List.of(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderRule(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
