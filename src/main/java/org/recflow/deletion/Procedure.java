package org.recflow.deletion;

/**
 * The procedure under which the study group agreed the deletion: AAP (A.8 §8.2.1: without opposition, else the rule
 * of §5.4) or TAP (Res. 1 §9.8.2.1: no objection). The chairman records the agreement; recflow does not recount it.
 */
public enum Procedure {
    AAP,
    TAP
}
