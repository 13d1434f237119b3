package org.recflow.deletion;

import java.time.Instant;

/** One line of the deletions list. */
public record DeletionSummary(long id, String recommendation, String studyGroup, Procedure procedure, DeletionStatus status,
        String outcomeReason, Instant closesAt, Instant createdAt) {
}
