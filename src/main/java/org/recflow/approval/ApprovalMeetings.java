package org.recflow.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval module's API for the meeting module (issue 16): which texts are tied to a meeting, and what happens to
 * one when its meeting moves or is cancelled. The meeting module never reads or writes the approval table itself.
 * Every call joins the caller's transaction, so a meeting and all its texts move together or not at all. What happens
 * is published as {@link ApprovalEvents.MeetingMoved} / {@link ApprovalEvents.MeetingLeft} (history and deadlines are
 * their listeners'). Errors: 404 NOT_FOUND for an unknown approval, 409 WRONG_STEP for a text not tied to that meeting.
 */
@Service
@Transactional
public class ApprovalMeetings {

    /**
     * A text tied to a meeting as the meeting module needs it: the UTC dates of the meeting-bound steps already taken
     * (null when not yet: TAP announcement = the consultation's, texts distributed, AAP meeting announcement), the
     * running consultation's close (UTC instant, null when none runs), and the kinds of its open deadlines.
     */
    public record MeetingText(long approvalId, String label, String recommendation, String revision, Procedure procedure,
            ApprovalStatus status, LocalDate consultationAnnouncedOn, Instant consultationClosesAt, LocalDate textsDistributedOn,
            LocalDate meetingAnnouncedOn, List<ApprovalView.DeadlineView> deadlines) {
    }

    /** What moved for one text: its open consultation-close, text-distribution and meeting-announcement deadlines after the move (UTC instants; null: none open). */
    public record Moved(long approvalId, Instant consultationClosesAt, Instant textsDue, Instant meetingAnnouncementDue) {
    }

    private final ApprovalRepository approvals;
    private final ApplicationEventPublisher events;
    private final ProcedureCalendar calendar;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApprovalViews views;

    ApprovalMeetings(ApprovalRepository approvals, ApplicationEventPublisher events, ProcedureCalendar calendar, RuntimeService runtime,
            ManagementService management, ApprovalViews views) {
        this.approvals = approvals;
        this.events = events;
        this.calendar = calendar;
        this.runtime = runtime;
        this.management = management;
        this.views = views;
    }

    /** The texts tied to meeting {@code meetingId}, by approval id (final ones included: the caller filters). */
    @Transactional(readOnly = true)
    public List<MeetingText> textsAt(long meetingId) {
        return approvals.atMeeting(meetingId).stream().map(this::text).toList();
    }

    private MeetingText text(Approval a) {
        boolean consultation = a.procedure == Procedure.TAP && "CONSULTATION".equals(a.periodPhase);
        return new MeetingText(a.id, a.label(), a.recommendation, a.revision.name(), a.procedure, a.status,
                consultation ? a.periodAnnouncedOn : null, a.status == ApprovalStatus.CONSULTATION ? a.consultationClosesAt : null,
                a.textsDistributedOn, a.meetingAnnouncedOn, views.openDeadlines(a));
    }

    /**
     * Approval {@code approvalId}'s meeting {@code meetingId} now runs from {@code start} to {@code end} (UTC dates): a
     * running TAP consultation closes 7 working days before the new first day, with the holidays of the new dates
     * (Res. 1 §9.4.1, {@link Periods#tapConsultationCloses}), and its timer job is set to that instant + 1 s
     * ({@link ProcedureCalendar#timerFor}), as is the process variable its timer reads (so the early-timer guard agrees);
     * the open text-distribution and meeting-announcement deadlines move to the new latest dates. The caller
     * ({@code Rescheduling} of the meeting module) has checked that no notice already given breaks.
     */
    public Moved move(Actor actor, long approvalId, long meetingId, LocalDate start, LocalDate end, String reason) {
        Approval a = tiedTo(approvalId, meetingId);
        Meeting before = a.meeting;
        Instant closes = a.status == ApprovalStatus.CONSULTATION ? Periods.tapConsultationCloses(calendar, start) : null;
        if (closes != null && ProcedureCalendar.hasClosed(closes, calendar.now())) {
            throw RecflowException.wrongStep(a.label() + ": its consultation would close at " + closes + ", already passed");
        }
        a.meetingMoved(new Meeting(start, end), closes);
        approvals.update(a);
        if (closes != null) {
            moveConsultationTimer(a, closes);
        }
        Instant textsDue = a.procedure == Procedure.TAP ? ProcedureCalendar.endOf(Periods.latestTextDistribution(start)) : null;
        Instant announcementDue = ProcedureCalendar.endOf(a.procedure == Procedure.TAP
                ? Periods.latestTapAnnouncement(start) : Periods.latestAapMeetingAnnouncement(start));
        events.publishEvent(new ApprovalEvents.MeetingMoved(ApprovalManagement.subject(a), actor, meetingId,
                before == null ? null : before.start(), before == null ? null : before.end(), start, end, reason, closes,
                textsDue, announcementDue));
        return new Moved(a.id, due(a, "CONSULTATION_CLOSE"), due(a, "TEXT_DISTRIBUTION"), due(a, "MEETING_ANNOUNCEMENT"));
    }

    private Instant due(Approval a, String kind) {
        return views.openDeadlines(a).stream().filter(d -> d.kind().equals(kind)).map(ApprovalView.DeadlineView::dueAt).findFirst().orElse(null);
    }

    /**
     * Approval {@code approvalId} leaves meeting {@code meetingId} ({@code cancelled}: the meeting is cancelled, else it
     * moves without the text) and waits for another meeting: its deadlines tied to the meeting close, and its process
     * goes back to wait for the announcement (TAP: the consultation's; AAP: the meeting's), which removes a running
     * consultation timer with the activity that owns it, so it can never fire. A TAP consultation already announced
     * closes without effect and its replies stop counting (a new round; docs/SEED-NOTES.md "Cancelled meetings").
     */
    public void leave(Actor actor, long approvalId, long meetingId, boolean cancelled, String reason) {
        Approval a = tiedTo(approvalId, meetingId);
        Meeting before = a.meeting;
        boolean announced = a.meetingAnnounced();
        ApprovalStatus status = a.status;
        boolean newRound = a.leaveMeeting();
        approvals.update(a);
        if (a.procedure == Procedure.TAP && newRound) {
            rewind(a, TapProcess.CONSULTATION_ANNOUNCED);
        } else if (a.procedure == Procedure.AAP && announced && status == ApprovalStatus.AWAITING_MEETING) {
            rewind(a, AapProcess.MEETING_ANNOUNCED);
        }
        events.publishEvent(new ApprovalEvents.MeetingLeft(ApprovalManagement.subject(a), actor, meetingId,
                before == null ? null : before.start(), before == null ? null : before.end(), cancelled, reason, newRound, a.round));
    }

    private Approval tiedTo(long approvalId, long meetingId) {
        Approval a = approvals.lock(approvalId).orElseThrow(() -> RecflowException.notFound("approval " + approvalId));
        if (a.meetingId == null || a.meetingId != meetingId) {
            throw RecflowException.wrongStep(a.label() + " is not to be approved at meeting " + meetingId);
        }
        return a;
    }

    /** Moves the one consultation timer of the process to {@code closes} + 1 s; no second timer is made. */
    private void moveConsultationTimer(Approval a, Instant closes) {
        String timer = ProcedureCalendar.timerFor(closes).toString();
        if (a.processInstanceId == null) {
            return;
        }
        for (Job job : management.createJobQuery().processInstanceId(a.processInstanceId).activityId(TapProcess.CONSULTATION_CLOSED)
                .timers().list()) {
            runtime.setVariable(a.processInstanceId, TapProcess.VAR_CONSULTATION_CLOSES_AT, timer);
            management.setJobDuedate(job.getId(), Date.from(ProcedureCalendar.timerFor(closes)));
        }
    }

    /** Puts the process back before {@code activity}: start there first, then cancel what waited (so the instance never ends). */
    private void rewind(Approval a, String activity) {
        if (a.processInstanceId == null || runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId).count() == 0) {
            return;
        }
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification =
                runtime.createProcessInstanceModification(a.processInstanceId).startBeforeActivity(activity);
        for (String active : runtime.getActiveActivityIds(a.processInstanceId)) {
            modification = modification.cancelAllForActivity(active);
        }
        modification.execute(true, true);
    }
}
