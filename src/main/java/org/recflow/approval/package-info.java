/**
 * Approvals of Recommendations: the AAP of Recommendation ITU-T A.8 and the TAP of WTSA Resolution 1
 * §9. {@link org.recflow.approval.ApprovalManagement} is the module's API; the {@code Approval}
 * aggregate guards every transition and answers, for every {@link org.recflow.approval.ApprovalStep}, whether a
 * caller may take it now (one check: {@code nextActions} asks it, the transition throws it); the rule classes
 * ({@code calendar.Periods}, {@code JudgementRules}, {@code MeetingDecision}) own the arithmetic, and the BPMN models
 * own order and timing. What happens is published as {@link org.recflow.approval.ApprovalEvents} (public API for
 * other modules); the approval's history and deadlines are written by their listeners in the same transaction.
 * {@code web} holds the REST API and the secretariat's page of one approval.
 */
package org.recflow.approval;
