package org.recflow.approval;

import java.time.Instant;

/** A comment in Last Call or Additional Review, with its author and the moment it was accepted. */
public record Comment(long id, long approvalId, int round, CommentPhase phase, String author, String authorRole,
        String member, CommentKind kind, String text, String proposedChanges, Instant submittedAt) {
}
