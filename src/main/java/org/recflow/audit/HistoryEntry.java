package org.recflow.audit;

import java.time.Instant;

/** One line of a subject's history; {@code requestId} ties it to the API call that caused it (null for timers). */
public record HistoryEntry(Instant at, String actor, String role, String action, String detail, String requestId) {
}
