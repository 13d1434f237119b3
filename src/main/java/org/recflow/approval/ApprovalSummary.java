package org.recflow.approval;

import java.time.Instant;

/** One line of the approvals list. */
public record ApprovalSummary(long id, Procedure procedure, String recommendation, Revision revision, String title,
        String studyGroup, ApprovalStatus status, String outcome, Instant createdAt) {
}
