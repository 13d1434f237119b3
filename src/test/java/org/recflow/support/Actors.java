package org.recflow.support;

import org.recflow.membership.Actor;
import org.recflow.membership.Role;

/** The callers of the tests, the same as the demo accounts. */
public final class Actors {

    public static final Actor TSB = new Actor("tsb", Role.TSB, null, null);
    public static final Actor CHAIR_SG20 = new Actor("chair-sg20", Role.CHAIR, null, "SG20");
    public static final Actor CHAIR_SG13 = new Actor("chair-sg13", Role.CHAIR, null, "SG13");
    public static final Actor FRA = memberState("FRA");
    public static final Actor DEU = memberState("DEU");
    public static final Actor BRA = memberState("BRA");
    public static final Actor ERICSSON = new Actor("sm-ericsson", Role.SECTOR_MEMBER, "ericsson", null);
    public static final Actor ASSOCIATE_SG20 = new Actor("as-sg20", Role.ASSOCIATE, "as-sg20", "SG20");
    public static final Actor ASSOCIATE_SG13 = new Actor("as-sg13", Role.ASSOCIATE, "as-sg13", "SG13");

    /** One caller of each kind: TSB, the SG20 chair, another chair, a Member State, a Sector Member, an Associate. */
    public static final java.util.List<Actor> EVERY_KIND = java.util.List.of(TSB, CHAIR_SG20, CHAIR_SG13, FRA, ERICSSON,
            ASSOCIATE_SG20);

    private Actors() {
    }

    public static Actor memberState(String code) {
        return new Actor("ms-" + code.toLowerCase(), Role.MEMBER_STATE, code, null);
    }
}
