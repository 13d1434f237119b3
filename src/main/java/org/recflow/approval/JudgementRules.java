package org.recflow.approval;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which routes the chairman may choose at each AAP judgement.
 * <ul>
 * <li>After Last Call (A.8 §4.4.1, §4.4.2): APPROVE only when every comment is typographical;
 *     otherwise the next SG meeting or comment resolution.</li>
 * <li>After comment resolution (§4.4.4): the next SG meeting, Additional Review, or the meeting
 *     because resolution added a normative reference to an organisation outside A.5 Annex B (c).</li>
 * <li>After Additional Review (§4.5.1, §4.5.2): APPROVE only when every comment is typographical;
 *     otherwise the next SG meeting.</li>
 * </ul>
 */
final class JudgementRules {

    private JudgementRules() {
    }

    static Set<Route> allowed(ApprovalStatus status, boolean allTypographical) {
        return switch (status) {
            case LAST_CALL_JUDGEMENT -> allTypographical
                    ? EnumSet.of(Route.APPROVE, Route.MEETING, Route.COMMENT_RESOLUTION)
                    : EnumSet.of(Route.MEETING, Route.COMMENT_RESOLUTION);
            case RESOLUTION_JUDGEMENT -> EnumSet.of(Route.MEETING, Route.ADDITIONAL_REVIEW, Route.MEETING_NEW_NORMATIVE_REFERENCE);
            case ADDITIONAL_REVIEW_JUDGEMENT -> allTypographical
                    ? EnumSet.of(Route.APPROVE, Route.MEETING)
                    : EnumSet.of(Route.MEETING);
            default -> EnumSet.noneOf(Route.class);
        };
    }

    static boolean isJudgement(ApprovalStatus status) {
        return status == ApprovalStatus.LAST_CALL_JUDGEMENT || status == ApprovalStatus.RESOLUTION_JUDGEMENT
                || status == ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT;
    }
}
