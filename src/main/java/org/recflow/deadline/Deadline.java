package org.recflow.deadline;

import java.time.Instant;

/** One deadline as people read it; {@code overdue} when its instant has passed and it is still open. */
public record Deadline(long id, String subjectType, long subjectId, String subject, String studyGroup,
        DeadlineKind kind, Instant dueAt, WaitingOn waitingOn, boolean overdue, int sequence) {
}
