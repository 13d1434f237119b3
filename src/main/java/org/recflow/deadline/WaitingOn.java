package org.recflow.deadline;

/** Whose move it is while a deadline runs. */
public enum WaitingOn {
    TSB, CHAIR, MEMBER_STATES, MEMBERS
}
