package org.recflow.consultation;

/** A Member State's reply: for, against, or neither (not counted, note to Res. 1 §9.4.6). */
public enum Position {
    SUPPORT, AGAINST, NO_POSITION
}
