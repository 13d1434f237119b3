/**
 * Approvals of Recommendations: the AAP of Recommendation ITU-T A.8 and the TAP of WTSA Resolution 1
 * §9. {@link org.recflow.approval.ApprovalManagement} is the module's API; the {@code Approval}
 * aggregate guards every transition, the rule classes ({@code Periods}, {@code JudgementRules},
 * {@code MeetingDecision}) own the arithmetic, and the BPMN models own order and timing.
 */
package org.recflow.approval;
