package org.recflow.approval;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Consultations;
import org.recflow.consultation.Reply;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.RecflowException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval module's API: every step of api.md for approvals. Each method runs in one transaction
 * with the engine, locks the approval's row, lets the aggregate guard the transition, publishes what happened
 * ({@link ApprovalEvents}: history and deadlines are their listeners' to write, in the same transaction), and tells
 * the process. A refusal rolls all of it back.
 */
@Service
@Transactional
public class ApprovalManagement implements org.recflow.kernel.SubjectStatus {

    static final String SUBJECT_TYPE = "APPROVAL";

    private final ApprovalRepository approvals;
    private final SubmissionRepository submissions;
    private final ApplicationEventPublisher events;
    private final MeetingOutcomes outcomes;
    private final ProcedureCalendar calendar;
    private final MemberRegistry registry;
    private final RuntimeService runtime;
    private final ApprovalViews views;
    private final Consultations consultations;
    private final MeetingDirectory meetings;

    ApprovalManagement(ApprovalRepository approvals, SubmissionRepository submissions, ApplicationEventPublisher events, MeetingOutcomes outcomes,
            ProcedureCalendar calendar, MemberRegistry registry, RuntimeService runtime, ApprovalViews views,
            Consultations consultations, MeetingDirectory meetings) {
        this.consultations = consultations;
        this.meetings = meetings;
        this.approvals = approvals;
        this.submissions = submissions;
        this.events = events;
        this.outcomes = outcomes;
        this.calendar = calendar;
        this.registry = registry;
        this.runtime = runtime;
        this.views = views;
    }

    // --- reading ------------------------------------------------------------------------------------

    /** The approval as TSB sees it ({@code nextActions[].allowed} for TSB); 404 NOT_FOUND when there is none. */
    @Transactional(readOnly = true)
    public ApprovalView get(long id) {
        return get(Actor.system(), id);
    }

    /** The approval as {@code actor} sees it: {@code nextActions[].allowed} says which open steps it may take now. */
    @Transactional(readOnly = true)
    public ApprovalView get(Actor actor, long id) {
        return views.of(find(id), actor);
    }

    @Transactional(readOnly = true)
    public List<ApprovalSummary> list(String studyGroup, Procedure procedure, ApprovalStatus status) {
        return approvals.list(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), procedure, status).stream()
                .map(a -> new ApprovalSummary(a.id, a.procedure, a.recommendation, a.revision, a.title, a.studyGroup,
                        a.status, a.outcome, a.createdAt))
                .toList();
    }

    /** One line of the pages' list of every procedure: the approval's summary and its round (1, then 2 after a restart). */
    public record ApprovalLine(ApprovalSummary summary, int round) {
    }

    /** The approvals filtered as {@link #list} does (null: any), each with its round; for the pages, not the API. */
    @Transactional(readOnly = true)
    public List<ApprovalLine> lines(String studyGroup, Procedure procedure, ApprovalStatus status) {
        return approvals.list(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), procedure, status).stream()
                .map(a -> new ApprovalLine(new ApprovalSummary(a.id, a.procedure, a.recommendation, a.revision, a.title,
                        a.studyGroup, a.status, a.outcome, a.createdAt), a.round))
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

    /** Which model draws this approval and where in it the approval stands now (for the dashboard's diagram). */
    public record DiagramState(String processKey, List<String> currentSteps) {
    }

    @Transactional(readOnly = true)
    public DiagramState diagram(long id) {
        Approval a = find(id);
        String key = a.procedure == Procedure.AAP ? AapProcess.ID : TapProcess.ID;
        if (a.processInstanceId != null && runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId).count() > 0) {
            return new DiagramState(key, runtime.getActiveActivityIds(a.processInstanceId));
        }
        String end = switch (a.status) {
            case APPROVED -> AapProcess.APPROVED;
            case NOT_APPROVED -> AapProcess.NOT_APPROVED;
            case MOVED_TO_TAP -> AapProcess.MOVED_TO_TAP;
            default -> null;
        };
        // a moved text's history lies in the AAP model even though the approval it became is a TAP
        return new DiagramState(a.status == ApprovalStatus.MOVED_TO_TAP ? AapProcess.ID : key, end == null ? List.of() : List.of(end));
    }

    // --- start ----------------------------------------------------------------------------------------

    public ApprovalView start(Actor actor, Commands.StartApproval cmd) {
        String sg = registry.studyGroup(cmd.studyGroup())
                .orElseThrow(() -> invalid("studyGroup", "unknown study group '" + cmd.studyGroup() + "'")).code();
        Eligibility.chairOf(actor, sg);
        if (cmd.agreedOn().isAfter(calendar.today())) {
            throw invalid("agreedOn", "the consent cannot lie in the future");
        }
        MeetingDirectory.Entry next = cmd.nextMeeting() == null ? null : meeting(actor, "nextMeeting", sg, cmd.nextMeeting());
        if (cmd.procedure() == Procedure.TAP && next == null) {
            throw invalid("nextMeeting", "a TAP approval needs the meeting it is to be approved at (Res. 1 §9.3.1)");
        }
        String regionalGroup = regionalGroup(cmd.procedure(), sg, cmd.regionalGroup());
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
        link(a, next);
        a.regionalGroup = regionalGroup;
        a.status = ApprovalStatus.REQUESTED;
        a.createdAt = calendar.now();
        a.createdBy = actor.username();
        approvals.insert(a);
        startProcess(a);
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.ApprovalRequested(subject(a), actor, a.label(), a.procedure, a.agreedOn, meetingAnnouncementDue(a)));
        return views.of(a, actor);
    }

    /** What a request (new or restarted) waits for: TAP, the Director's announcement 3 months ahead; else null. */
    private static Instant meetingAnnouncementDue(Approval a) {
        return a.procedure == Procedure.TAP && a.meeting != null
                ? ProcedureCalendar.endOf(Periods.latestTapAnnouncement(a.meeting.start())) : null;
    }

    /** Res. 1 §9.2.1.1: an SG3 regional group consults only its own Member States, on a TAP text. */
    private String regionalGroup(Procedure procedure, String sg, String group) {
        if (group == null) {
            return null;
        }
        if (procedure != Procedure.TAP || !"SG3".equals(sg)) {
            throw invalid("regionalGroup", "regional groups consult on SG3 texts under the TAP only (Res. 1 §9.2.1.1)");
        }
        return registry.regionalGroup(group).map(members -> group.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> invalid("regionalGroup", "unknown regional group '" + group + "'"));
    }

    private void startProcess(Approval a) {
        String key = a.procedure == Procedure.AAP ? AapProcess.ID : TapProcess.ID;
        ProcessInstance pi = runtime.startProcessInstanceByKey(key, Subject.key(SUBJECT_TYPE, a.id), Map.of(AapProcess.VAR_APPROVAL_ID, a.id));
        a.processInstanceId = pi.getId();
    }

    /**
     * The meeting {@code d} names for a text of {@code sg} (api.md second wave): by {@code meetingId}, a SCHEDULED
     * meeting of that study group; by {@code start} and {@code end}, the one with those dates, found or scheduled.
     * 400 INVALID_REQUEST on {@code field} otherwise (both given, neither, unknown, cancelled, another study group).
     */
    private MeetingDirectory.Entry meeting(Actor actor, String field, String sg, Commands.MeetingDates d) {
        if (d.meetingId() != null) {
            if (d.start() != null || d.end() != null) {
                throw invalid(field, "give either meetingId or start and end, not both");
            }
            MeetingDirectory.Entry e = meetings.find(d.meetingId())
                    .orElseThrow(() -> invalid(field + ".meetingId", "no meeting " + d.meetingId()));
            if (!e.scheduled()) {
                throw invalid(field + ".meetingId", "meeting " + e.id() + " is cancelled");
            }
            if (!e.studyGroup().equals(sg)) {
                throw invalid(field + ".meetingId", "meeting " + e.id() + " is a meeting of " + e.studyGroup() + ", not of " + sg);
            }
            return e;
        }
        if (d.start() == null || d.end() == null) {
            throw invalid(field + (d.start() == null ? ".start" : ".end"), "give meetingId, or both start and end");
        }
        Meeting m = validMeeting(field, d.toMeeting());
        return meetings.findOrSchedule(actor, sg, m.start(), m.end());
    }

    private MeetingDirectory.Entry meeting(Actor actor, String sg, Meeting m) {
        return meetings.findOrSchedule(actor, sg, m.start(), m.end());
    }

    /** Ties {@code a} to meeting {@code e} (null: to none), its dates copied onto the approval. */
    private static void link(Approval a, MeetingDirectory.Entry e) {
        a.meeting = e == null ? null : new Meeting(e.start(), e.end());
        a.meetingId = e == null ? null : e.id();
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
        events.publishEvent(new ApprovalEvents.LastCallAnnounced(subject(a), actor, on, a.lastCallClosesAt));
        signal(a, AapProcess.MSG_LAST_CALL_ANNOUNCED, Map.of(AapProcess.VAR_LAST_CALL_CLOSES_AT, timer(a.lastCallClosesAt)));
        return views.of(a, actor);
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
        events.publishEvent(new ApprovalEvents.CommentSubmitted(subject(a), actor, c.id(), phase, cmd.kind(), actor.member()));
        return c;
    }

    /** The Last Call's timer: approved without comment, else to the chairman's judgement. */
    boolean closeLastCall(long id) {
        Approval a = lock(id);
        Instant now = calendar.now();
        List<Comment> comments = submissions.comments(a.id, a.round, CommentPhase.LAST_CALL);
        boolean approved = a.closeLastCall(comments.size(), now);
        approvals.update(a);
        boolean substantive = comments.stream().anyMatch(c -> c.kind() == CommentKind.SUBSTANTIVE);
        events.publishEvent(new ApprovalEvents.LastCallClosed(subject(a), comments.size(),
                !approved && substantive ? Periods.commentCompilationDue(a.lastCallClosesAt) : null));
        if (approved) {
            outcome(a);
        }
        return approved;
    }

    // --- TAP: announcement, consultation, texts ---------------------------------------------------------

    public ApprovalView announceConsultation(Actor actor, long id, Commands.AnnounceConsultation cmd) {
        Eligibility.tsb(actor);
        Approval a = lock(id);
        a.requireConsultationAnnounceable();
        LocalDate on = announcementDate(cmd == null ? null : new Commands.Announce(cmd.announcedOn()), a);
        Meeting m = a.meeting;
        Meeting linked = a.meeting;
        if (cmd != null && (cmd.meetingStart() != null || cmd.meetingEnd() != null)) {
            if (cmd.meetingStart() == null || cmd.meetingEnd() == null) {
                throw invalid(cmd.meetingStart() == null ? "meetingStart" : "meetingEnd", "give both meetingStart and meetingEnd");
            }
            m = validMeeting("meetingEnd", new Meeting(cmd.meetingStart(), cmd.meetingEnd()));
        }
        if (m == null) {
            throw invalid("meetingStart", "the meeting is not known yet: give meetingStart and meetingEnd");
        }
        Instant closes = Periods.tapConsultationCloses(calendar, m.start());
        a.openConsultation(on, m, closes);
        if (a.meetingId == null || !m.equals(linked)) {
            link(a, meeting(actor, a.studyGroup, m));
        }
        if (ProcedureCalendar.hasClosed(closes, calendar.now())) {
            throw invalid("announcedOn", "a consultation announced on " + on + " would already be closed");
        }
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.ConsultationAnnounced(subject(a), actor, on, m.start(), m.end(), a.regionalGroup, closes,
                ProcedureCalendar.endOf(Periods.latestTextDistribution(m.start()))));
        signal(a, TapProcess.MSG_CONSULTATION_ANNOUNCED, Map.of(TapProcess.VAR_CONSULTATION_CLOSES_AT, timer(closes)));
        return views.of(a, actor);
    }

    public ApprovalView distributeTexts(Actor actor, long id, Commands.DistributeTexts cmd) {
        Eligibility.tsb(actor);
        Approval a = lock(id);
        LocalDate on = cmd == null || cmd.distributedOn() == null ? calendar.today() : cmd.distributedOn();
        if (on.isAfter(calendar.today())) {
            throw invalid("distributedOn", "texts cannot be distributed in the future");
        }
        a.distributeTexts(on);
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.TextsDistributed(subject(a), actor, on));
        return views.of(a, actor);
    }

    /** A Member State's reply, for itself only; a later reply before the close replaces the earlier. */
    public Reply reply(Actor actor, long id, String memberStateCode, Commands.SubmitReply cmd) {
        String code = registry.memberState(memberStateCode).map(m -> m.code())
                .orElseThrow(() -> RecflowException.notFound("Member State " + memberStateCode));
        if (!actor.isMemberState(code)) {
            throw RecflowException.notEligible("only " + code + " may reply for " + code);
        }
        Approval a = lock(id); // one read: the row is locked anyway, and a refusal below rolls back before anything is written
        if (a.regionalGroup != null && !registry.regionalGroup(a.regionalGroup).orElseThrow().contains(code)) {
            throw RecflowException.notEligible("only the Member States of " + a.regionalGroup + " are consulted (Res. 1 §9.2.1.1)");
        }
        Instant now = calendar.now();
        a.acceptReply(now);
        Reply r = consultations.reply(SUBJECT_TYPE, a.id, a.round, code, cmd.position(), cmd.reasons(), cmd.proposedChanges(),
                actor.username(), actor.role().name(), now);
        events.publishEvent(new ApprovalEvents.ReplySubmitted(subject(a), actor, code, cmd.position(), r.version()));
        return r;
    }

    @Transactional(readOnly = true)
    public List<Reply> replies(long id) {
        Approval a = find(id);
        return consultations.replies(SUBJECT_TYPE, a.id, a.round);
    }

    /**
     * Every version of one Member State's reply in the current round, oldest first (api.md, "Replies keep their
     * history"); the code is case-insensitive as in paths. 404 for an unknown approval or Member State; empty when that
     * Member State has not replied.
     */
    @Transactional(readOnly = true)
    public List<org.recflow.consultation.ReplyVersion> replyVersions(long id, String memberStateCode) {
        Approval a = find(id);
        String code = registry.memberState(memberStateCode).map(m -> m.code())
                .orElseThrow(() -> RecflowException.notFound("Member State " + memberStateCode));
        return consultations.versions(SUBJECT_TYPE, a.id, a.round, code);
    }

    /** The consultation's timer: the 70% rule decides whether the meeting may consider the text. */
    boolean closeConsultation(long id) {
        Approval a = lock(id);
        ConsultationTally t = consultations.tally(SUBJECT_TYPE, a.id, a.round);
        boolean continues = a.closeConsultation(t.thresholdMet(), calendar.now());
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.ConsultationClosed(subject(a), t, continues));
        if (!continues) {
            outcome(a);
        }
        return continues;
    }

    public ApprovalView defer(Actor actor, long id, Commands.Defer cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.deferToWtsa(cmd.reason(), calendar.now());
        approvals.update(a);
        endProcess(a, "deferred to WTSA: " + cmd.reason());
        events.publishEvent(new ApprovalEvents.DeferredToWtsa(subject(a), actor, cmd.reason()));
        outcome(a);
        return views.of(a, actor);
    }

    // --- choice of procedure ---------------------------------------------------------------------------------

    public ApprovalView changeProcedure(Actor actor, long id, Commands.ChangeProcedure cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        if (cmd.procedure() == a.procedure) {
            throw invalid("procedure", "the approval already follows the " + a.procedure);
        }
        LocalDate decidedOn = cmd.decidedOn() == null ? calendar.today() : cmd.decidedOn();
        if (decidedOn.isAfter(calendar.today()) || decidedOn.isBefore(a.agreedOn)) {
            throw invalid("decidedOn", "the decision lies between the consent of " + a.agreedOn + " and today");
        }
        MeetingDirectory.Entry given = cmd.nextMeeting() == null ? null : meeting(actor, "nextMeeting", a.studyGroup, cmd.nextMeeting());
        Meeting next = given == null ? a.meeting : new Meeting(given.start(), given.end());
        if (cmd.procedure() == Procedure.TAP && next == null) {
            throw invalid("nextMeeting", "a TAP approval needs the meeting it is to be approved at");
        }
        a.changeToTap(next);
        if (given != null) {
            link(a, given);
        }
        endProcess(a, "procedure changed to TAP: " + cmd.reason());
        startProcess(a);
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.ProcedureChanged(subject(a), actor, decidedOn, cmd.reason(), meetingAnnouncementDue(a)));
        return views.of(a, actor);
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
        events.publishEvent(new ApprovalEvents.Judged(subject(a), actor, at, cmd.route(),
                a.status == ApprovalStatus.AWAITING_MEETING && a.meeting != null && !a.meetingAnnounced()
                        ? ProcedureCalendar.endOf(Periods.latestAapMeetingAnnouncement(a.meeting.start())) : null));
        String message = switch (at) {
            case LAST_CALL_JUDGEMENT -> AapProcess.MSG_LAST_CALL_JUDGED;
            case RESOLUTION_JUDGEMENT -> AapProcess.MSG_RESOLUTION_JUDGED;
            default -> AapProcess.MSG_ADDITIONAL_REVIEW_JUDGED;
        };
        signal(a, message, Map.of(AapProcess.VAR_ROUTE, cmd.route().name()));
        if (a.status.isFinal()) {
            outcome(a);
        }
        return views.of(a, actor);
    }

    public ApprovalView resolveComments(Actor actor, long id, Commands.Resolve cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.resolveComments(cmd.textReference(), cmd.resolutionReference());
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.CommentsResolved(subject(a), actor, cmd.textReference(), cmd.resolutionReference()));
        signal(a, AapProcess.MSG_COMMENTS_RESOLVED, Map.of());
        return views.of(a, actor);
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
        events.publishEvent(new ApprovalEvents.AdditionalReviewAnnounced(subject(a), actor, on, a.additionalReviewClosesAt));
        signal(a, AapProcess.MSG_ADDITIONAL_REVIEW_ANNOUNCED,
                Map.of(AapProcess.VAR_ADDITIONAL_REVIEW_CLOSES_AT, timer(a.additionalReviewClosesAt)));
        return views.of(a, actor);
    }

    /** The Additional Review's timer: approved without comment, else to the chairman's judgement. */
    boolean closeAdditionalReview(long id) {
        Approval a = lock(id);
        int comments = submissions.comments(a.id, a.round, CommentPhase.ADDITIONAL_REVIEW).size();
        boolean approved = a.closeAdditionalReview(comments, calendar.now());
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.AdditionalReviewClosed(subject(a), comments));
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
        Meeting linked = a.meetingId == null ? null : a.meeting;
        a.announceMeeting(m, calendar.today());
        if (!m.equals(linked)) {
            link(a, meeting(actor, a.studyGroup, m));
        }
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.MeetingAnnounced(subject(a), actor, m.start(), m.end()));
        signal(a, AapProcess.MSG_MEETING_ANNOUNCED, Map.of());
        return views.of(a, actor);
    }

    public ApprovalView recordMeetingOutcome(Actor actor, long id, Commands.RecordMeetingOutcome cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.requireMeetingOutcomeOpen(calendar.today());
        MeetingOutcome outcome = outcomes.valid(a, cmd, calendar.today());
        MeetingDecision d = a.recordMeetingOutcome(outcome, calendar.today(), calendar.now());
        approvals.update(a);
        boolean moreTime = d.result() == MeetingDecision.Result.MORE_TIME;
        events.publishEvent(new ApprovalEvents.MeetingOutcomeRecorded(subject(a), actor, outcome, d.result(),
                moreTime ? a.moreTimeClosesAt : null));
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put(AapProcess.VAR_MEETING_DECISION, d.result().name());
        if (moreTime) {
            vars.put(AapProcess.VAR_MORE_TIME_CLOSES_AT, timer(a.moreTimeClosesAt));
        }
        signal(a, a.procedure == Procedure.AAP ? AapProcess.MSG_MEETING_OUTCOME_RECORDED : TapProcess.MSG_MEETING_OUTCOME_RECORDED, vars);
        if (d.result() == MeetingDecision.Result.MOVED_TO_TAP) {
            moveToTap(a, actor);
        }
        if (a.status.isFinal()) {
            outcome(a);
        }
        return views.of(a, actor);
    }

    /**
     * A.8 §5.2: a Member State sees policy or regulatory implications, so the same text is approved under
     * the TAP (Res. 1 §9.3): a TAP approval is created at once, in REQUESTED, linked both ways. Its meeting
     * is set when the Director announces the consultation.
     */
    private void moveToTap(Approval aap, Actor actor) {
        Approval tap = new Approval();
        tap.procedure = Procedure.TAP;
        tap.recommendation = aap.recommendation;
        tap.revision = aap.revision;
        tap.title = aap.title;
        tap.studyGroup = aap.studyGroup;
        tap.questions = aap.questions;
        tap.summary = aap.summary;
        tap.textReference = aap.resolutionTextReference != null ? aap.resolutionTextReference : aap.textReference;
        tap.agreedOn = aap.meetingOutcome.meetingEnd();
        tap.status = ApprovalStatus.REQUESTED;
        tap.movedFrom = aap.id;
        tap.createdAt = calendar.now();
        tap.createdBy = actor.username();
        approvals.insert(tap);
        startProcess(tap);
        approvals.update(tap);
        aap.movedTo(tap.id);
        approvals.update(aap);
        events.publishEvent(new ApprovalEvents.MovedToTap(subject(tap), actor, aap.id, aap.meetingOutcome.policyImplicationsRaisedBy()));
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
        events.publishEvent(new ApprovalEvents.ObjectionSubmitted(subject(a), actor, actor.member(), decided));
        if (decided) {
            signal(a, a.procedure == Procedure.AAP ? AapProcess.MSG_MORE_TIME_DECIDED : TapProcess.MSG_MORE_TIME_DECIDED, Map.of());
            outcome(a);
        }
        return o;
    }

    /** The more-time window's timer. */
    MeetingDecision.Result closeMoreTime(long id) {
        Approval a = lock(id);
        MeetingDecision d = a.closeMoreTime(submissions.objectingStates(a.id, a.round), calendar.now());
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.MoreTimeClosed(subject(a), d.result()));
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
        events.publishEvent(new ApprovalEvents.ResultNotified(subject(a), actor, cmd.circular(), on));
        return views.of(a, actor);
    }

    public ApprovalView restart(Actor actor, long id, Commands.Restart cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        MeetingDirectory.Entry next = cmd == null || cmd.nextMeeting() == null ? null : meeting(actor, "nextMeeting", a.studyGroup, cmd.nextMeeting());
        a.restart(next == null ? null : new Meeting(next.start(), next.end()));
        link(a, next);
        startProcess(a);
        approvals.update(a);
        events.publishEvent(new ApprovalEvents.Restarted(subject(a), actor, a.procedure, a.round, meetingAnnouncementDue(a)));
        return views.of(a, actor);
    }

    public ApprovalView withdraw(Actor actor, long id, Commands.Withdraw cmd) {
        Approval a = lock(id);
        Eligibility.chairOf(actor, a.studyGroup);
        a.withdraw(calendar.now());
        approvals.update(a);
        endProcess(a, "withdrawn: " + cmd.reason());
        events.publishEvent(new ApprovalEvents.Withdrawn(subject(a), actor, cmd.reason()));
        return views.of(a, actor);
    }

    // --- shared ----------------------------------------------------------------------------------------

    /** Ends a running process instance when the approval ends outside its flow (withdrawal, deferral). */
    private void endProcess(Approval a, String reason) {
        if (a.processInstanceId != null && runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(a.processInstanceId, reason);
        }
    }

    /** A final outcome: every running deadline closes, the circular falls due. */
    private void outcome(Approval a) {
        events.publishEvent(new ApprovalEvents.OutcomeDecided(subject(a), a.outcome, a.outcomeReason, a.outcomeAt,
                a.notificationPending ? notificationDue(a) : null));
    }

    /** When the circular of {@code a}'s result falls due (A.8 §6.2, Res. 1 §9.6.1). */
    private static Instant notificationDue(Approval a) {
        LocalDate day = Periods.dateOf(a.outcomeAt);
        return a.procedure == Procedure.AAP ? Periods.aapNotificationDue(day) : Periods.tapNotificationDue(day);
    }

    /** A timer date for the engine: an ISO instant with Z, so no JVM zone can shift it. */
    private static String timer(Instant closesAt) {
        return ProcedureCalendar.timerFor(closesAt).toString();
    }

    private void signal(Approval a, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(Subject.key(SUBJECT_TYPE, a.id))
                .setVariables(variables)
                .correlateWithResult();
    }

    static Subject subject(Approval a) {
        return new Subject(SUBJECT_TYPE, a.id, a.label() + " " + a.title, a.studyGroup);
    }


    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    /** The status of {@code id} (for modules that may not depend on this one); NOT_FOUND when there is none. */
    @Override
    @Transactional(readOnly = true)
    public String statusOf(long id) {
        return find(id).status.name();
    }

    /** Whether {@code memberState} replied in the current round of approval {@code id}; false for no such approval. */
    @Override
    @Transactional(readOnly = true)
    public boolean repliedBy(long id, String memberState) {
        return approvals.find(id).map(a -> !consultations.versions(SUBJECT_TYPE, a.id, a.round, memberState).isEmpty()).orElse(false);
    }

    private Approval find(long id) {
        return approvals.find(id).orElseThrow(() -> RecflowException.notFound("approval " + id));
    }

    private Approval lock(long id) {
        return approvals.lock(id).orElseThrow(() -> RecflowException.notFound("approval " + id));
    }
}
