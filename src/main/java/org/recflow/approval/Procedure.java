package org.recflow.approval;

/** AAP (A.8, texts without policy or regulatory implications) or TAP (Res. 1 §9, with them). */
public enum Procedure {
    AAP, TAP
}
