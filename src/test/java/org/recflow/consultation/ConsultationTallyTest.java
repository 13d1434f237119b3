package org.recflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 70% rule of Res. 1 §9.4.5-9.4.6 (and §7.3.2.3): decided in integers, {@code support * 10 >= 7 * counted},
 * only explicit support and explicit non-support counted, met when nothing is counted.
 */
class ConsultationTallyTest {

    private static void assertTally(ConsultationTally t, int counted, String percent, boolean met) {
        assertThat(t.counted()).as("counted").isEqualTo(counted);
        if (percent == null) {
            assertThat(t.supportPercent()).as("supportPercent").isNull();
        } else {
            assertThat(t.supportPercent()).as("supportPercent").isEqualByComparingTo(new BigDecimal(percent));
        }
        assertThat(t.thresholdMet()).as("thresholdMet").isEqualTo(met);
    }

    @Test
    void exactlySeventyPercentMeetsTheThreshold() {
        ConsultationTally t = ConsultationTally.of(7, 3, 0);
        assertThat(t.support()).isEqualTo(7);
        assertThat(t.against()).isEqualTo(3);
        assertThat(t.noPosition()).isZero();
        assertTally(t, 10, "70.0", true);
        assertThat(t.supportPercent().scale()).isEqualTo(1);
        assertTally(ConsultationTally.of(70, 30, 0), 100, "70.0", true);
    }

    @Test
    void justUnderSeventyPercentDoesNot() {
        assertTally(ConsultationTally.of(6, 3, 0), 9, "66.7", false);
        assertTally(ConsultationTally.of(69, 31, 0), 100, "69.0", false);
        assertTally(ConsultationTally.of(2, 1, 0), 3, "66.7", false);
    }

    @Test
    void nothingCountedMeetsTheThresholdWithoutAPercentage() {
        assertTally(ConsultationTally.of(0, 0, 0), 0, null, true);
        ConsultationTally onlyNoPosition = ConsultationTally.of(0, 0, 5);
        assertTally(onlyNoPosition, 0, null, true);
        assertThat(onlyNoPosition.noPosition()).isEqualTo(5);
    }

    @Test
    void unanimity() {
        assertTally(ConsultationTally.of(1, 0, 0), 1, "100.0", true);
        assertTally(ConsultationTally.of(0, 1, 0), 1, "0.0", false);
    }

    @Test
    void noPositionIsNotCounted() {
        ConsultationTally t = ConsultationTally.of(7, 3, 10);
        assertTally(t, 10, "70.0", true);
        assertThat(t.noPosition()).isEqualTo(10);
        // with NO_POSITION counted, 7 of 20 would be 35%
        assertTally(ConsultationTally.of(6, 3, 100), 9, "66.7", false);
    }

    @Test
    void bigNumbersFollowTheExactIntegerRule() {
        // 70.0000000...% exactly: met
        assertTally(ConsultationTally.of(700000007, 300000003, 0), 1000000010, "70.0", true);
        // one vote short of exactly 70%: 69.99999993...%, rounds to 70.0 for display but is not met
        ConsultationTally shortByOne = ConsultationTally.of(700000006, 300000004, 0);
        assertThat(shortByOne.supportPercent()).isEqualByComparingTo("70.0");
        assertThat(shortByOne.thresholdMet()).isFalse();
        // near the int limit: counted = 2_000_000_000, 7 * counted overflows an int
        assertTally(ConsultationTally.of(1_400_000_000, 600_000_000, 0), 2_000_000_000, "70.0", true);
        assertTally(ConsultationTally.of(1_399_999_999, 600_000_001, 0), 2_000_000_000, "70.0", false);
        for (int[] c : new int[][] {{700000007, 300000003}, {700000006, 300000004}, {1_400_000_000, 600_000_000},
                {1_399_999_999, 600_000_001}, {7, 3}, {6, 3}, {2, 1}}) {
            long counted = (long) c[0] + c[1];
            assertThat(ConsultationTally.of(c[0], c[1], 0).thresholdMet()).as("%s/%s", c[0], c[1])
                    .isEqualTo((long) c[0] * 10 >= 7 * counted);
        }
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> ConsultationTally.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsultationTally.of(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsultationTally.of(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Reply reply(String state, Position p) {
        Instant at = Instant.parse("2027-02-01T10:00:00Z");
        return new Reply(state, p, p == Position.AGAINST ? "reasons" : null, null, "ms-" + state.toLowerCase(), at, at, 1);
    }

    @Test
    void countsTheRepliesByPosition() {
        List<Reply> replies = List.of(reply("FRA", Position.SUPPORT), reply("DEU", Position.SUPPORT),
                reply("BRA", Position.AGAINST), reply("KEN", Position.NO_POSITION), reply("CHN", Position.SUPPORT),
                reply("IND", Position.NO_POSITION));
        ConsultationTally t = ConsultationTally.of(replies);
        assertThat(t.support()).isEqualTo(3);
        assertThat(t.against()).isEqualTo(1);
        assertThat(t.noPosition()).isEqualTo(2);
        assertTally(t, 4, "75.0", true);
        assertThat(t).isEqualTo(ConsultationTally.of(3, 1, 2));
    }

    @Test
    void noReplyAtAll() {
        assertTally(ConsultationTally.of(List.<Reply>of()), 0, null, true);
        assertTally(ConsultationTally.of(List.of(reply("FRA", Position.NO_POSITION))), 0, null, true);
        assertTally(ConsultationTally.of(List.of(reply("FRA", Position.AGAINST), reply("DEU", Position.SUPPORT))), 2, "50.0", false);
    }
}
