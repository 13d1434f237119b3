package org.recflow.approval;

import static org.recflow.web.RecflowException.invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.deadline.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.web.RecflowException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval module's API: every step of api.md for approvals. Each method runs in one transaction
 * with the engine, locks the approval's row, lets the aggregate guard the transition, records history
 * and deadlines, and tells the process. A refusal rolls all of it back.
 */
@Service
@Transactional
public class ApprovalManagement {

    static final String SUBJECT_TYPE = "APPROVAL";

    private final ApprovalRepository approvals;
    private final SubmissionRepository submissions;
    private final DeadlineBook deadlines;
    private final History history;
    private final ProcedureCalendar calendar;
    private final MemberRegistry registry;
    private final RuntimeService runtime;
    private final ApprovalViews views;

    ApprovalManagement(ApprovalRepository approvals, SubmissionRepository submissions, DeadlineBook deadlines, History history,
            ProcedureCalendar calendar, MemberRegistry registry, RuntimeService runtime, ApprovalViews views) {
        this.approvals = approvals;
        this.submissions = submissions;
        this.deadlines = deadlines;
        this.history = history;
        this.calendar = calendar;
        this.registry = registry;
        this.runtime = runtime;
        this.views = views;
    }

    // --- reading ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ApprovalView get(long id) {
        return views.of(find(id));
    }

    @Transactional(readOnly = true)
    public List<ApprovalSummary> list(String studyGroup, Procedure procedure, ApprovalStatus status) {
        return approvals.list(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), procedure, status).stream()
                .map(a -> new ApprovalSummary(a.id, a.procedure, a.recommendation, a.revision, a.title, a.studyGroup,
                        a.status, a.outcome, a.createdAt))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(long id) {
        find(id);
        return submissions.comments(id);
    }

    @Transactional(readOnly = true)
    public List<Objection> objections(long id) {
        find(id);
        return submissions.objections(id);
    }

    // --- start ----------------------------------------------------------------------------------------

    public ApprovalView start(Actor actor, Commands.StartApproval cmd) {
        String sg = registry.studyGroup(cmd.studyGroup())
                .orElseThrow(() -> invalid("studyGroup", "unknown study group '" + cmd.studyGroup() + "'")).code();
        Eligibility.chairOf(actor, sg);
        if (cmd.procedure() != Procedure.AAP) {
            throw invalid("procedure", "only the AAP can be started in this version");
        }
        if (cmd.agreedOn().isAfter(calendar.today())) {
            throw invalid("agreedOn", "the consent cannot lie in the future");
        }
        Meeting next = cmd.nextMeeting() == null ? null : validMeeting("nextMeeting", cmd.nextMeeting().toMeeting());
        if (cmd.regionalGroup() != null) {
            throw invalid("regionalGroup", "regional groups take part in TAP consultations only (Res. 1 §9.2.1.1)");
        }
        Approval a = new Approval();
        a.procedure = cmd.procedure();
        a.recommendation = cmd.recommendation().trim();
        a.revision = cmd.revision();
        a.title = cmd.title().trim();
        a.studyGroup = sg;
        a.questions = cmd.questions() == null ? List.of() : List.copyOf(cmd.questions());
        a.summary = cmd.summary();
        a.textReference = cmd.textReference();
        a.agreedOn = cmd.agreedOn();
        a.meeting = next;
        a.status = ApprovalStatus.REQUESTED;
        a.createdAt = calendar.now();
        a.createdBy = actor.username();
        approvals.insert(a);
        startProcess(a);
        approvals.update(a);
        record(a, actor, "REQUESTED", "approval of " + a.label() + " requested by AAP after consent on " + a.agreedOn);
        return views.of(a);
    }

    private void startProcess(Approval a) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(AapProcess.ID, String.valueOf(a.id),
                Map.of(AapProcess.VAR_APPROVAL_ID, a.id));
        a.processInstanceId = pi.getId();
    }

    private static Meeting validMeeting(String field, Meeting m) {
        if (m.end().isBefore(m.start())) {
            throw invalid(field, "the meeting cannot end before it starts");
        }
        return m;
    }

    // --- Last Call ------------------------------------------------------------------------------------

    public ApprovalView announceLastCall(Actor actor, long id, Commands.Announce cmd) {
        Eligibility.tsb(actor);
        Approval a = lock(id);
        LocalDate on = announcementDate(cmd, a);
        a.announceLastCall(on);
        if (ProcedureCalendar.hasClosed(a.lastCallClosesAt, calendar.now())) {
            throw invalid("announcedOn", "a Last Call announced on " + on + " would already be closed");
        }
        approvals.update(a);
        deadlines.open(subject(a), DeadlineKind.LAST_CALL_CLOSE, a.lastCallClosesAt);
        record(a, actor, "LAST_CALL_ANNOUNCED", "Last Call announced on " + on + ", closes " + a.lastCallClosesAt);
        signal(a, AapProcess.MSG_LAST_CALL_ANNOUNCED, Map.of(AapProcess.VAR_LAST_CALL_CLOSES_AT, timer(a.lastCallClosesAt)));
        return views.of(a);
    }

    private LocalDate announcementDate(Commands.Announce cmd, Approval a) {
        LocalDate today = calendar.today();
        LocalDate on = cmd == null || cmd.announcedOn() == null ? today : cmd.announcedOn();
        if (on.isAfter(today)) {
            throw invalid("announcedOn", "an announcement cannot be dated in the future");
        }
        if (on.isBefore(a.agreedOn)) {
            throw invalid("announcedOn", "an announcement cannot come before the consent of " + a.agreedOn);
        }
        return on;
    }

    public Comment comment(Actor actor, long id, Commands.SubmitComment cmd) {
        Approval a = find(id);
        Eligibility.mayComment(actor, a.studyGroup);
        a = lock(id);
        Instant now = calendar.now();
        CommentPhase phase = a.acceptComment(now);
        Eligibility.mayCommentIn(actor, phase);
        Comment c = submissions.insert(new Comment(0, a.id, a.round, phase, actor.username(), actor.role().name(),
                actor.member(), cmd.kind(), cmd.text(), cmd.proposedChanges(), now));
        record(a, actor, "COMMENT_SUBMITTED", cmd.kind() + " comment in " + phase + " by " + actor.member());
        return c;
    }

    /** The Last Call's timer: approved without comment, else to the chairman's judgement. */
    boolean closeLastCall(long id) {
        Approval a = lock(id);
        Instant now = calendar.now();
        List<Comment> comments = submissions.comments(a.id, a.round, CommentPhase.LAST_CALL);
        boolean approved = a.closeLastCall(comments.size(), now);
        approvals.update(a);
        deadlines.close(subject(a), DeadlineKind.LAST_CALL_CLOSE);
        record(a, Actor.system(), "LAST_CALL_CLOSED", comments.size() + " comment(s) received");
        if (approved) {
            outcome(a);
        } else if (comments.stream().anyMatch(c -> c.kind() == CommentKind.SUBSTANTIVE)) {
            deadlines.open(subject(a), DeadlineKind.COMMENT_COMPILATION, Periods.commentCompilationDue(a.lastCallClosesAt));
        }
        return approved;
    }

    // --- judgements, resolution, Additional Review ---------------------------------------------------

    public ApprovalView judge(Actor actor, long id, Commands.Judge cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        ApprovalStatus at = a.status;
        CommentPhase phase = at == ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT ? CommentPhase.ADDITIONAL_REVIEW : CommentPhase.LAST_CALL;
        boolean allTypographical = submissions.comments(a.id, a.round, phase).stream()
                .allMatch(c -> c.kind() == CommentKind.TYPOGRAPHICAL);
        a.judge(cmd.route(), allTypographical, calendar.now());
        approvals.update(a);
        record(a, actor, "JUDGED", "route " + cmd.route() + " chosen at " + at);
        String message = switch (at) {
            case LAST_CALL_JUDGEMENT -> AapProcess.MSG_LAST_CALL_JUDGED;
            case RESOLUTION_JUDGEMENT -> AapProcess.MSG_RESOLUTION_JUDGED;
            default -> AapProcess.MSG_ADDITIONAL_REVIEW_JUDGED;
        };
        signal(a, message, Map.of(AapProcess.VAR_ROUTE, cmd.route().name()));
        afterTransition(a);
        return views.of(a);
    }

    public ApprovalView resolveComments(Actor actor, long id, Commands.Resolve cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.resolveComments(cmd.textReference(), cmd.resolutionReference());
        approvals.update(a);
        deadlines.close(subject(a), DeadlineKind.COMMENT_COMPILATION);
        record(a, actor, "COMMENTS_RESOLVED", "revised text " + cmd.textReference() + ", resolution " + cmd.resolutionReference());
        signal(a, AapProcess.MSG_COMMENTS_RESOLVED, Map.of());
        return views.of(a);
    }

    public ApprovalView announceAdditionalReview(Actor actor, long id, Commands.Announce cmd) {
        Eligibility.tsb(actor);
        Approval a = lock(id);
        LocalDate on = announcementDate(cmd, a);
        a.announceAdditionalReview(on);
        if (ProcedureCalendar.hasClosed(a.additionalReviewClosesAt, calendar.now())) {
            throw invalid("announcedOn", "an Additional Review announced on " + on + " would already be closed");
        }
        approvals.update(a);
        deadlines.open(subject(a), DeadlineKind.ADDITIONAL_REVIEW_CLOSE, a.additionalReviewClosesAt);
        record(a, actor, "ADDITIONAL_REVIEW_ANNOUNCED", "Additional Review announced on " + on + ", closes " + a.additionalReviewClosesAt);
        signal(a, AapProcess.MSG_ADDITIONAL_REVIEW_ANNOUNCED,
                Map.of(AapProcess.VAR_ADDITIONAL_REVIEW_CLOSES_AT, timer(a.additionalReviewClosesAt)));
        return views.of(a);
    }

    /** The Additional Review's timer: approved without comment, else to the chairman's judgement. */
    boolean closeAdditionalReview(long id) {
        Approval a = lock(id);
        int comments = submissions.comments(a.id, a.round, CommentPhase.ADDITIONAL_REVIEW).size();
        boolean approved = a.closeAdditionalReview(comments, calendar.now());
        approvals.update(a);
        deadlines.close(subject(a), DeadlineKind.ADDITIONAL_REVIEW_CLOSE);
        record(a, Actor.system(), "ADDITIONAL_REVIEW_CLOSED", comments + " comment(s) received");
        if (approved) {
            outcome(a);
        }
        return approved;
    }

    // --- the meeting -----------------------------------------------------------------------------------

    public ApprovalView announceMeeting(Actor actor, long id, Commands.AnnounceMeeting cmd) {
        Eligibility.tsb(actor);
        Approval a = lock(id);
        Meeting m = validMeeting("meetingEnd", new Meeting(cmd.meetingStart(), cmd.meetingEnd()));
        a.announceMeeting(m, calendar.today());
        approvals.update(a);
        deadlines.close(subject(a), DeadlineKind.MEETING_ANNOUNCEMENT);
        deadlines.close(subject(a), DeadlineKind.COMMENT_COMPILATION);
        record(a, actor, "MEETING_ANNOUNCED", "approval at the meeting of " + m.start() + " to " + m.end() + " announced");
        signal(a, AapProcess.MSG_MEETING_ANNOUNCED, Map.of());
        return views.of(a);
    }

    public ApprovalView recordMeetingOutcome(Actor actor, long id, Commands.RecordMeetingOutcome cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.requireMeetingOutcomeOpen(calendar.today());
        MeetingOutcome outcome = validOutcome(a, cmd);
        MeetingDecision d = a.recordMeetingOutcome(outcome, calendar.today(), calendar.now());
        approvals.update(a);
        record(a, actor, "MEETING_OUTCOME_RECORDED", describe(outcome) + " → " + d.result());
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put(AapProcess.VAR_MEETING_DECISION, d.result().name());
        if (d.result() == MeetingDecision.Result.MORE_TIME) {
            vars.put(AapProcess.VAR_MORE_TIME_CLOSES_AT, timer(a.moreTimeClosesAt));
            deadlines.open(subject(a), DeadlineKind.MORE_TIME_CLOSE, a.moreTimeClosesAt);
        }
        signal(a, AapProcess.MSG_MEETING_OUTCOME_RECORDED, vars);
        if (a.status.isFinal()) {
            outcome(a);
        }
        return views.of(a);
    }

    private MeetingOutcome validOutcome(Approval a, Commands.RecordMeetingOutcome cmd) {
        Set<String> objections = memberStates("objections", cmd.objections());
        Set<String> moreTime = memberStates("moreTimeRequestedBy", cmd.moreTimeRequestedBy());
        Set<String> abstentions = memberStates("abstentions", cmd.abstentions());
        for (String s : abstentions) {
            if (objections.contains(s)) {
                throw invalid("abstentions", s + " cannot both object and abstain");
            }
        }
        String policy = cmd.policyImplicationsRaisedBy() == null ? null
                : memberStates("policyImplicationsRaisedBy", List.of(cmd.policyImplicationsRaisedBy())).iterator().next();
        if (policy != null && a.procedure == Procedure.TAP) {
            throw invalid("policyImplicationsRaisedBy", "a TAP text is already treated as having policy implications");
        }
        List<MeetingOutcome.Reservation> reservations = cmd.reservations() == null ? List.of() : cmd.reservations().stream()
                .map(r -> new MeetingOutcome.Reservation(member("reservations", r.member()), r.note())).toList();
        LocalDate end = cmd.meetingEnd() != null ? cmd.meetingEnd() : a.meeting == null ? null : a.meeting.end();
        if (end == null) {
            throw invalid("meetingEnd", "meetingEnd is required");
        }
        if (a.meeting != null && end.isBefore(a.meeting.start())) {
            throw invalid("meetingEnd", "the meeting cannot end before it starts (" + a.meeting.start() + ")");
        }
        if (end.isAfter(calendar.today())) {
            throw invalid("meetingEnd", "the outcome is recorded once the meeting has ended");
        }
        return new MeetingOutcome(end, objections, moreTime, abstentions, reservations, policy);
    }

    private Set<String> memberStates(String field, List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        if (codes != null) {
            for (String c : codes) {
                out.add(registry.memberState(c).orElseThrow(() -> invalid(field, "'" + c + "' is not a Member State code")).code());
            }
        }
        return out;
    }

    private String member(String field, String id) {
        return registry.memberState(id).map(m -> m.code())
                .or(() -> registry.sectorMembers().stream().filter(o -> o.id().equalsIgnoreCase(id)).map(o -> o.id()).findFirst())
                .orElseThrow(() -> invalid(field, "'" + id + "' is neither a Member State nor a Sector Member"));
    }

    private static String describe(MeetingOutcome o) {
        return "objections " + o.objections() + ", more time asked by " + o.moreTimeRequestedBy() + ", abstentions "
                + o.abstentions() + (o.policyImplicationsRaisedBy() == null ? "" : ", policy implications raised by " + o.policyImplicationsRaisedBy());
    }

    public Objection object(Actor actor, long id, Commands.SubmitObjection cmd) {
        Eligibility.memberState(actor);
        Approval a = lock(id);
        Instant now = calendar.now();
        Set<String> before = submissions.objectingStates(a.id, a.round);
        boolean decided = a.acceptLateObjection(actor.member(), before, now);
        Objection o = submissions.insert(new Objection(0, a.id, a.round, actor.member(), actor.username(),
                cmd.reasons() == null ? "" : cmd.reasons(), cmd.proposedChanges(), now));
        approvals.update(a);
        record(a, actor, "OBJECTION_SUBMITTED", actor.member() + " objects after asking for more time");
        if (decided) {
            deadlines.close(subject(a), DeadlineKind.MORE_TIME_CLOSE);
            signal(a, AapProcess.MSG_MORE_TIME_DECIDED, Map.of());
            outcome(a);
        }
        return o;
    }

    /** The more-time window's timer. */
    MeetingDecision.Result closeMoreTime(long id) {
        Approval a = lock(id);
        MeetingDecision d = a.closeMoreTime(submissions.objectingStates(a.id, a.round), calendar.now());
        approvals.update(a);
        deadlines.close(subject(a), DeadlineKind.MORE_TIME_CLOSE);
        record(a, Actor.system(), "MORE_TIME_CLOSED", "the 4-week window closed: " + d.result());
        outcome(a);
        return d.result();
    }

    // --- after the outcome ------------------------------------------------------------------------------

    public ApprovalView notifyResult(Actor actor, long id, Commands.Notify cmd) {
        Eligibility.tsb(actor);
        Approval a = lock(id);
        LocalDate on = cmd.issuedOn() == null ? calendar.today() : cmd.issuedOn();
        if (on.isAfter(calendar.today())) {
            throw invalid("issuedOn", "a circular cannot be dated in the future");
        }
        a.notifyResult(cmd.circular(), on);
        approvals.update(a);
        deadlines.close(subject(a), DeadlineKind.NOTIFICATION);
        record(a, actor, "NOTIFIED", cmd.circular() + " issued on " + on);
        return views.of(a);
    }

    public ApprovalView restart(Actor actor, long id, Commands.Restart cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        Meeting next = cmd == null || cmd.nextMeeting() == null ? null : validMeeting("nextMeeting", cmd.nextMeeting().toMeeting());
        a.restart(next);
        startProcess(a);
        approvals.update(a);
        record(a, actor, "RESTARTED", "restarted from the request without a new consent (round " + a.round + ")");
        return views.of(a);
    }

    public ApprovalView withdraw(Actor actor, long id, Commands.Withdraw cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.withdraw(calendar.now());
        approvals.update(a);
        deadlines.closeAll(subject(a));
        if (a.processInstanceId != null && runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(a.processInstanceId, "withdrawn: " + cmd.reason());
        }
        record(a, actor, "WITHDRAWN", cmd.reason());
        return views.of(a);
    }

    // --- shared ----------------------------------------------------------------------------------------

    /** Deadlines that follow from the state reached by a judgement. */
    private void afterTransition(Approval a) {
        if (a.status == ApprovalStatus.AWAITING_MEETING && a.meeting != null && !a.meetingAnnounced()) {
            deadlines.open(subject(a), DeadlineKind.MEETING_ANNOUNCEMENT,
                    ProcedureCalendar.endOf(Periods.latestAapMeetingAnnouncement(a.meeting.start())));
        }
        if (a.status.isFinal()) {
            outcome(a);
        }
    }

    /** A final outcome: every running deadline closes, the circular falls due. */
    private void outcome(Approval a) {
        deadlines.closeAll(subject(a));
        if (a.notificationPending) {
            deadlines.open(subject(a), DeadlineKind.NOTIFICATION, Periods.notificationDue(a.procedure, Periods.dateOf(a.outcomeAt)));
        }
        record(a, Actor.system(), "OUTCOME", a.outcome + " (" + a.outcomeReason + ")");
    }

    /** A timer date for the engine: an ISO instant with Z, so no JVM zone can shift it. */
    private static String timer(Instant closesAt) {
        return ProcedureCalendar.timerFor(closesAt).toString();
    }

    private void signal(Approval a, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(String.valueOf(a.id))
                .setVariables(variables)
                .correlateWithResult();
    }

    private void record(Approval a, Actor actor, String action, String detail) {
        history.record(SUBJECT_TYPE, a.id, actor, action, detail);
    }

    static Subject subject(Approval a) {
        return new Subject(SUBJECT_TYPE, a.id, a.label() + " " + a.title, a.studyGroup);
    }

    private Approval find(long id) {
        return approvals.find(id).orElseThrow(() -> RecflowException.notFound("approval " + id));
    }

    private Approval lock(long id) {
        return approvals.lock(id).orElseThrow(() -> RecflowException.notFound("approval " + id));
    }
}
