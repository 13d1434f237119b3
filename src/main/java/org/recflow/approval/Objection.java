package org.recflow.approval;

import java.time.Instant;

/** An objection made in the more-time window after a meeting. */
public record Objection(long id, long approvalId, int round, String memberState, String author, String reasons,
        String proposedChanges, Instant submittedAt) {
}
