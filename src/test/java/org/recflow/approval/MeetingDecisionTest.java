package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recflow.approval.MeetingDecision.Result.APPROVED;
import static org.recflow.approval.MeetingDecision.Result.MORE_TIME;
import static org.recflow.approval.MeetingDecision.Result.MOVED_TO_TAP;
import static org.recflow.approval.MeetingDecision.Result.NOT_APPROVED;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A.8 §5.2-§5.6 (AAP) and Res. 1 §9.5.3, §9.5.5 (TAP). */
class MeetingDecisionTest {

    private static final Set<String> NONE = Set.of();

    @Nested
    class Aap {

        @Test
        void noObjectionApproves() {
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, NONE, NONE, null))
                    .isEqualTo(new MeetingDecision(APPROVED, "NO_OBJECTION"));
        }

        @Test
        void oneObjectingMemberStateIsTolerated() {
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, Set.of("FRA"), NONE, null))
                    .isEqualTo(new MeetingDecision(APPROVED, "ONE_OBJECTION"));
        }

        @Test
        void twoObjectingMemberStatesDefeatTheText() {
            MeetingDecision d = MeetingDecision.atMeeting(Procedure.AAP, Set.of("FRA", "DEU"), NONE, null);
            assertThat(d.result()).isEqualTo(NOT_APPROVED);
            assertThat(d.reason()).isEqualTo("TWO_OR_MORE_OBJECTIONS");
        }

        @Test
        void policyImplicationsMoveTheTextToTap() {
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, NONE, NONE, "BRA").result()).isEqualTo(MOVED_TO_TAP);
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, Set.of("FRA", "DEU"), NONE, "BRA").result())
                    .as("even with two objections").isEqualTo(MOVED_TO_TAP);
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, NONE, Set.of("ITA"), "BRA").result())
                    .as("even with more time asked").isEqualTo(MOVED_TO_TAP);
        }

        @Test
        void moreTimeWithAtMostOneObjection() {
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, NONE, Set.of("ITA"), null))
                    .isEqualTo(new MeetingDecision(MORE_TIME, "MORE_TIME_REQUESTED"));
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, Set.of("FRA"), Set.of("ITA"), null).result())
                    .isEqualTo(MORE_TIME);
        }

        @Test
        void moreTimeDoesNotSaveATextAlreadyDefeated() {
            assertThat(MeetingDecision.atMeeting(Procedure.AAP, Set.of("FRA", "DEU"), Set.of("ITA"), null).result())
                    .isEqualTo(NOT_APPROVED);
        }

        @Test
        void lateObjectionCountsWithTheOneAtTheMeeting() {
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.AAP, Set.of("FRA"), Set.of("ITA"))).isTrue();
        }

        @Test
        void aSingleLateObjectionAloneIsTolerated() {
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.AAP, NONE, Set.of("ITA"))).isFalse();
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.AAP, NONE, NONE)).isFalse();
        }

        @Test
        void twoLateObjectionsDefeatTheText() {
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.AAP, NONE, Set.of("ITA", "ESP"))).isTrue();
        }

        @Test
        void aMemberStateObjectingAtTheMeetingAndLaterCountsOnce() {
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.AAP, Set.of("FRA"), Set.of("FRA"))).isFalse();
        }

        @Test
        void whenTheWindowCloses() {
            assertThat(MeetingDecision.whenMoreTimeCloses(Procedure.AAP, NONE, Set.of("ITA")))
                    .isEqualTo(new MeetingDecision(APPROVED, "NO_DECISIVE_OBJECTION_AFTER_MORE_TIME"));
            assertThat(MeetingDecision.whenMoreTimeCloses(Procedure.AAP, Set.of("FRA"), NONE).result()).isEqualTo(APPROVED);
            assertThat(MeetingDecision.whenMoreTimeCloses(Procedure.AAP, Set.of("FRA"), Set.of("ITA")))
                    .isEqualTo(new MeetingDecision(NOT_APPROVED, "OBJECTION_AFTER_MORE_TIME"));
        }
    }

    @Nested
    class Tap {

        @Test
        void noObjectionApproves() {
            assertThat(MeetingDecision.atMeeting(Procedure.TAP, NONE, NONE, null))
                    .isEqualTo(new MeetingDecision(APPROVED, "NO_OBJECTION"));
        }

        @Test
        void anyObjectionDefeatsTheText() {
            MeetingDecision d = MeetingDecision.atMeeting(Procedure.TAP, Set.of("FRA"), NONE, null);
            assertThat(d).isEqualTo(new MeetingDecision(NOT_APPROVED, "OBJECTION_AT_MEETING"));
            assertThat(MeetingDecision.atMeeting(Procedure.TAP, Set.of("FRA"), Set.of("ITA"), null).result())
                    .as("more time does not save it").isEqualTo(NOT_APPROVED);
        }

        @Test
        void moreTimeWithoutObjection() {
            assertThat(MeetingDecision.atMeeting(Procedure.TAP, NONE, Set.of("ITA"), null).result()).isEqualTo(MORE_TIME);
        }

        @Test
        void policyImplicationsAreAnAapMatterOnly() {
            assertThat(MeetingDecision.atMeeting(Procedure.TAP, NONE, NONE, "BRA"))
                    .isEqualTo(new MeetingDecision(APPROVED, "NO_OBJECTION"));
            assertThat(MeetingDecision.atMeeting(Procedure.TAP, Set.of("FRA"), NONE, "BRA").result()).isEqualTo(NOT_APPROVED);
        }

        @Test
        void oneLateObjectionIsEnough() {
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.TAP, NONE, Set.of("ITA"))).isTrue();
            assertThat(MeetingDecision.defeatedAfterMoreTime(Procedure.TAP, NONE, NONE)).isFalse();
            assertThat(MeetingDecision.whenMoreTimeCloses(Procedure.TAP, NONE, Set.of("ITA")).result()).isEqualTo(NOT_APPROVED);
            assertThat(MeetingDecision.whenMoreTimeCloses(Procedure.TAP, NONE, NONE).result()).isEqualTo(APPROVED);
        }
    }

    @Test
    void toleratedObjections() {
        assertThat(MeetingDecision.tolerated(Procedure.AAP)).isEqualTo(1);
        assertThat(MeetingDecision.tolerated(Procedure.TAP)).isZero();
    }
}
