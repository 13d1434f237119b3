package org.recflow.deletion;

import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.kernel.RecflowException;

/** Who may take which step of a deletion (api.md "who", A.8 §8.2.1). */
final class Eligibility {

    private Eligibility() {
    }

    static void chairOf(Actor actor, String studyGroup) {
        if (!actor.actsAsChairOf(studyGroup)) {
            throw RecflowException.notEligible("only the chairman of " + studyGroup + " (or TSB on the chairman's behalf) may take this step");
        }
    }

    /** Member States and Sector Members object (A.8 §8.2.1 names both); TSB, chairmen and Associates do not. */
    static void mayObject(Actor actor) {
        RecflowException refused = whyNotObjector(actor);
        if (refused != null) {
            throw refused;
        }
    }

    /** The question {@link #mayObject} throws the answer of: the refusal (NOT_ELIGIBLE), or null. */
    static RecflowException whyNotObjector(Actor actor) {
        return actor.is(Role.MEMBER_STATE) || actor.is(Role.SECTOR_MEMBER) ? null
                : RecflowException.notEligible("only a Member State or a Sector Member may object to a deletion (A.8 §8.2.1)");
    }
}
