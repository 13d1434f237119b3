/**
 * Member State consultations, shared by the TAP (Res. 1 §9.4) and by Questions (§7.3.2): every version of a reply is
 * a row of our own, kept as sent; a later version replaces the earlier in the tally until the close, and
 * {@link org.recflow.consultation.ConsultationTally} applies the 70% rule in integers. A version row is also the reply's
 * history entry (migration V18): the audit module's view {@code history_entry} reads its author, role, request id and
 * {@code history_order}, so those columns are part of what this module promises.
 */
package org.recflow.consultation;
