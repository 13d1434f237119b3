package org.recflow.approval;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recflow.approval.ApprovalView.DeadlineView;
import org.recflow.audit.History;
import org.recflow.calendar.Periods;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.Consultations;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.springframework.stereotype.Component;

/** Builds {@link ApprovalView}s: the state, the open deadlines, the history, and who may do what next. */
@Component
class ApprovalViews {

    private static final DateTimeFormatter GENEVA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final SubmissionRepository submissions;
    private final DeadlineBook deadlines;
    private final History history;
    private final Consultations consultations;
    private final ProcedureCalendar calendar;
    private final MemberRegistry registry;

    ApprovalViews(SubmissionRepository submissions, DeadlineBook deadlines, History history, Consultations consultations,
            ProcedureCalendar calendar, MemberRegistry registry) {
        this.consultations = consultations;
        this.calendar = calendar;
        this.registry = registry;
        this.submissions = submissions;
        this.deadlines = deadlines;
        this.history = history;
    }

    /** The open deadlines of {@code a}, soonest first. */
    List<DeadlineView> openDeadlines(Approval a) {
        return deadlines.openFor(ApprovalManagement.SUBJECT_TYPE, a.id).stream()
                .map(d -> new DeadlineView(d.kind().name(), d.dueAt(), GENEVA_TIME.format(ProcedureCalendar.inGeneva(d.dueAt())),
                        d.waitingOn().name(), d.overdue()))
                .toList();
    }

    /** What {@code actor} sees of approval {@code a} now. */
    ApprovalView of(Approval a, Actor actor) {
        List<DeadlineView> open = openDeadlines(a);
        List<Comment> comments = submissions.comments(a.id);
        Set<String> late = submissions.objectingStates(a.id, a.round);
        return new ApprovalView(a.id, a.procedure, a.recommendation, a.revision, a.title, a.studyGroup, a.questions, a.summary,
                a.textReference, a.agreedOn,
                a.meeting == null ? null : new Commands.MeetingDates(a.meeting.start(), a.meeting.end(), a.meetingId), a.meetingId,
                a.regionalGroup, a.status, a.outcome, a.outcomeReason, a.outcomeAt, a.movedTo, a.movedFrom, a.round,
                a.lastCallClosesAt == null ? null : new ApprovalView.PeriodView(
                        Periods.dateOf(a.lastCallClosesAt).minusWeeks(Periods.LAST_CALL_WEEKS), a.lastCallClosesAt),
                a.additionalReviewClosesAt == null ? null : new ApprovalView.PeriodView(
                        Periods.dateOf(a.additionalReviewClosesAt).minusWeeks(Periods.ADDITIONAL_REVIEW_WEEKS), a.additionalReviewClosesAt),
                a.resolutionReference == null ? null : new ApprovalView.ResolutionView(a.resolutionTextReference, a.resolutionReference),
                a.consultationClosesAt == null ? null : new ApprovalView.PeriodView(a.periodAnnouncedOn, a.consultationClosesAt),
                a.textsDistributedOn, a.deferralReason,
                a.meetingAnnouncedOn, a.meetingOutcome,
                a.moreTimeClosesAt == null ? null : new ApprovalView.MoreTimeView(a.moreTimeClosesAt,
                        a.meetingOutcome.moreTimeRequestedBy(), late),
                new ApprovalView.NotificationView(a.notificationPending, a.notificationCircular, a.notifiedOn),
                a.procedure == Procedure.TAP ? consultations.tally(ApprovalManagement.SUBJECT_TYPE, a.id, a.round) : null,
                comments.stream().filter(c -> c.round() == a.round).count(), open,
                history.of(ApprovalManagement.SUBJECT_TYPE, a.id), withMemberStates(nextActions(a, comments, actor, situation(a, late))), a.createdAt, a.createdBy);
    }

    /** The fields of a step whose values are Member State codes: their choices are the membership data's codes. */
    static final Set<String> MEMBER_STATE_FIELDS = Set.of("objections", "moreTimeRequestedBy", "abstentions",
            "policyImplicationsRaisedBy");

    /** {@code next} with the Member State codes (sorted) as the choices of the meeting outcome's Member State fields. */
    List<NextAction> withMemberStates(List<NextAction> next) {
        if (next.stream().noneMatch(n -> n.action().equals(ApprovalStep.RECORD_MEETING_OUTCOME.action()))) {
            return next;
        }
        List<String> codes = registry.memberStates().stream().map(org.recflow.membership.MemberState::code).sorted().toList();
        return next.stream().map(n -> !n.action().equals(ApprovalStep.RECORD_MEETING_OUTCOME.action()) ? n
                : new NextAction(n.action(), n.method(), n.href(), n.who(), n.routes(), n.allowed(),
                        NextAction.withChoices(n.inputs(), MEMBER_STATE_FIELDS, codes))).toList();
    }

    /** The clock and the facts the checks of {@code a}'s steps read. */
    Approval.Situation situation(Approval a, Set<String> lateObjections) {
        return new Approval.Situation(calendar.now(), calendar.today(), lateObjections,
                a.regionalGroup == null ? null : registry.regionalGroup(a.regionalGroup).orElse(Set.of()));
    }

    /**
     * The steps {@code actor} may take now: open (their state and clock allow them, {@link Approval#closed}) and
     * not refused to this caller ({@link Approval#refusal}, the check the transition throws from), in
     * {@link ApprovalStep} order, each with who may take it in words and its inputs. Other callers' steps are not
     * listed (issue 14); {@code allowed} stays, always true, for clients that read it. What waits on whom is the
     * view's {@code deadlines[].waitingOn}.
     */
    static List<NextAction> nextActions(Approval a, List<Comment> comments, Actor actor, Approval.Situation s) {
        List<NextAction> next = new ArrayList<>();
        for (ApprovalStep step : ApprovalStep.values()) {
            if (a.closed(step, s.now(), s.today()) != null || a.refusal(step, actor, s) != null) {
                continue;
            }
            Set<String> routes = null;
            List<NextAction.Input> inputs = NextAction.inputsOf(step.command());
            if (step == ApprovalStep.JUDGE) {
                CommentPhase phase = a.status == ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT
                        ? CommentPhase.ADDITIONAL_REVIEW : CommentPhase.LAST_CALL;
                boolean allTypo = comments.stream().filter(c -> c.round() == a.round && c.phase() == phase)
                        .allMatch(c -> c.kind() == CommentKind.TYPOGRAPHICAL);
                routes = new LinkedHashSet<>();
                for (Route r : JudgementRules.allowed(a.status, allTypo)) {
                    routes.add(r.name());
                }
                inputs = NextAction.inputsOf(step.command(), "route", List.copyOf(routes));
            }
            next.add(new NextAction(step.action(), step.method(), step.href(a.id), Eligibility.who(step, a), routes,
                    true, inputs));
        }
        return next;
    }
}
