/**
 * Member State consultations, shared by the TAP (Res. 1 §9.4) and by Questions (§7.3.2): replies are
 * rows of our own (one per Member State, a later one replacing the earlier until the close), and
 * {@link org.recflow.consultation.ConsultationTally} applies the 70% rule in integers.
 */
package org.recflow.consultation;
