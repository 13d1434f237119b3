package org.recflow.membership;

/**
 * The signed-in caller. {@code member} is the Member State code (FRA), the Sector Member id
 * (ericsson) or the Associate's id; {@code studyGroup} is set for chairs and Associates.
 */
public record Actor(String username, Role role, String member, String studyGroup) {

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isTsb() {
        return role == Role.TSB;
    }

    /** The chair of that study group, or TSB acting on the chair's behalf. */
    public boolean actsAsChairOf(String sg) {
        return role == Role.TSB || (role == Role.CHAIR && sg.equalsIgnoreCase(studyGroup));
    }

    public boolean isMemberState(String code) {
        return role == Role.MEMBER_STATE && member.equalsIgnoreCase(code);
    }

    /** A process-internal actor, for what happens when a period closes by itself. */
    public static Actor system() {
        return new Actor("recflow", Role.TSB, null, null);
    }
}
