package org.recflow.consultation;

import java.time.Instant;

/** The current reply of one Member State; {@code submittedAt} is its latest version, {@code firstSubmittedAt} its first. */
public record Reply(String memberState, Position position, String reasons, String proposedChanges, String author,
        Instant firstSubmittedAt, Instant submittedAt, int version) {
}
