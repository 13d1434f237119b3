package org.recflow.audit;

/**
 * A history entry was written, in the transaction that wrote it: what happened to subject ({@code subjectType},
 * {@code subjectId}), its {@code action}, whether recflow took the step by itself ({@code automatic}: a timer), and its
 * {@code detail}. Published by {@link History} so that operations (metrics, step logs) can count every step without
 * the audit module depending on them.
 */
public record HistoryRecorded(String subjectType, long subjectId, String action, boolean automatic, String detail) {
}
