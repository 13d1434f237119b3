package org.recflow.membership;

/** The kinds of caller the procedures know. */
public enum Role {
    /** The secretariat: announces periods, publishes results, may take any chair's step. */
    TSB,
    /** The chairman of one study group. */
    CHAIR,
    MEMBER_STATE,
    SECTOR_MEMBER,
    /** A member of one study group only (Resolution 31). */
    ASSOCIATE
}
