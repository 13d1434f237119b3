package org.recflow.deletion;

import java.time.Instant;

/**
 * An objection to a deletion within its window (A.8 §8.2.1): by a Member State ({@code member} its code, FRA) or a
 * Sector Member (its id, ericsson). The seed asks for reasons without requiring them, so {@code reasons} may be null.
 */
public record DeletionObjection(long id, long deletionId, String member, String memberRole, String author, String reasons,
        Instant submittedAt) {
}
