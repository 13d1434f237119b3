/**
 * Study-group meetings as a resource of their own (issue 16; api.md, second wave, "Meetings"). This package owns the
 * {@code recflow.meeting} table (V10), the link from an approval to its meeting ({@code approval.meeting_id}: written
 * here, never by the approval package), the meeting endpoints and the rescheduling rules
 * ({@link org.recflow.meeting.Rescheduling}): which of each text's periods and deadlines move with a meeting, and which
 * notice already given a move would break. The periods themselves are the approval package's
 * ({@link org.recflow.approval.Planner}, over the calendar module's working days and holidays); nothing here counts
 * weeks, months or working days. Moving the approvals' own timers and deadlines is not done here yet: it needs an
 * operation of the approval package (see docs and the package's report).
 */
package org.recflow.meeting;
