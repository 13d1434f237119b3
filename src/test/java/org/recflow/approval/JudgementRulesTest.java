package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The chairman's routes at the AAP judgements (A.8 §4.4.1, §4.4.2, §4.4.4, §4.5.1, §4.5.2). */
class JudgementRulesTest {

    @Test
    void lastCallWithOnlyTypographicalComments() {
        assertThat(JudgementRules.allowed(ApprovalStatus.LAST_CALL_JUDGEMENT, true))
                .containsExactlyInAnyOrder(Route.APPROVE, Route.MEETING, Route.COMMENT_RESOLUTION);
    }

    @Test
    void lastCallWithASubstantiveComment() {
        assertThat(JudgementRules.allowed(ApprovalStatus.LAST_CALL_JUDGEMENT, false))
                .containsExactlyInAnyOrder(Route.MEETING, Route.COMMENT_RESOLUTION)
                .doesNotContain(Route.APPROVE, Route.ADDITIONAL_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void afterCommentResolution(boolean allTypographical) {
        assertThat(JudgementRules.allowed(ApprovalStatus.RESOLUTION_JUDGEMENT, allTypographical))
                .containsExactlyInAnyOrder(Route.MEETING, Route.ADDITIONAL_REVIEW, Route.MEETING_NEW_NORMATIVE_REFERENCE)
                .doesNotContain(Route.APPROVE);
    }

    @Test
    void additionalReviewWithOnlyTypographicalComments() {
        assertThat(JudgementRules.allowed(ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT, true))
                .containsExactlyInAnyOrder(Route.APPROVE, Route.MEETING);
    }

    @Test
    void additionalReviewWithASubstantiveComment() {
        assertThat(JudgementRules.allowed(ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT, false)).containsExactly(Route.MEETING);
    }

    @ParameterizedTest
    @EnumSource(value = ApprovalStatus.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"LAST_CALL_JUDGEMENT", "RESOLUTION_JUDGEMENT", "ADDITIONAL_REVIEW_JUDGEMENT"})
    void noRouteOutsideAJudgement(ApprovalStatus status) {
        assertThat(JudgementRules.allowed(status, true)).isEmpty();
        assertThat(JudgementRules.allowed(status, false)).isEmpty();
        assertThat(JudgementRules.isJudgement(status)).isFalse();
    }

    @Test
    void theThreeJudgements() {
        Set<ApprovalStatus> judgements = EnumSet.noneOf(ApprovalStatus.class);
        for (ApprovalStatus s : ApprovalStatus.values()) {
            if (JudgementRules.isJudgement(s)) {
                judgements.add(s);
            }
        }
        assertThat(judgements).containsExactlyInAnyOrder(ApprovalStatus.LAST_CALL_JUDGEMENT,
                ApprovalStatus.RESOLUTION_JUDGEMENT, ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT);
    }
}
