package org.recflow.question;

import java.time.Instant;

/** One line of the Questions list. */
public record QuestionSummary(long id, String studyGroup, String question, String title, boolean policyImplications,
        QuestionStatus status, String outcomeReason, Instant createdAt) {
}
