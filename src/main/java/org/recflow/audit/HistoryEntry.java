package org.recflow.audit;

import java.time.Instant;

public record HistoryEntry(Instant at, String actor, String role, String action, String detail) {
}
