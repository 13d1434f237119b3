package org.recflow.consultation;

import java.time.Instant;

/**
 * One version of a Member State's reply as it was sent, never changed afterwards: {@code version} counts from 1
 * within the round, {@code submittedAt} is when it was received (UTC).
 */
public record ReplyVersion(String memberState, int version, Position position, String reasons, String proposedChanges,
        String author, Instant submittedAt) {
}
