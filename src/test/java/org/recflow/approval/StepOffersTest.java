package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.recflow.support.Actors.CHAIR_SG13;
import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.ERICSSON;
import static org.recflow.support.Actors.FRA;
import static org.recflow.support.Actors.TSB;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.recflow.consultation.Position;
import org.recflow.kernel.NextAction;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.MadeSubjects;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer equals the guard: in every state an approval reaches (AAP and TAP, including the moments between a
 * period's close and its timer, and before a meeting opens), for every kind of caller (TSB, the study group's
 * chair, another chair, a Member State, a Sector Member, an Associate), each step {@code nextActions} lists for the
 * caller (it lists no other) succeeds when taken with valid inputs on a fresh approval in the same state, and each
 * step not offered is refused with a 403 or 409 code (never a 400: the inputs are valid) and changes nothing.
 */
@SpringTest
class StepOffersTest {

    static final Actor CHAIR_SG3 = new Actor("chair-sg3", Role.CHAIR, null, "SG3");
    static final Actor ASSOCIATE_SG20 = Actors.ASSOCIATE_SG20;
    static final Actor ASSOCIATE_SG3 = new Actor("as-sg3", Role.ASSOCIATE, "as-sg3", "SG3");
    static final Set<ProblemCode> REFUSALS = Set.of(ProblemCode.NOT_ELIGIBLE, ProblemCode.WRONG_STEP, ProblemCode.DEADLINE_PASSED);

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired org.recflow.deadline.DeadlineBook deadlines;

    /** What each check created, whose deadlines it closes when done so that the dashboard's tests see their own rows only. */
    private MadeSubjects made;

    private long make(State state) {
        if (made == null) {
            made = new MadeSubjects(deadlines, "APPROVAL");
        }
        return made.make(state.make());
    }

    private void closeDeadlinesOfWhatWasMade() {
        if (made != null) {
            made.closeDeadlines();
        }
    }

    AapFixture aap;

    @BeforeEach
    void setUp() {
        aap = new AapFixture(approvals, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record State(String name, LongSupplier make, List<Actor> callers) {
    }

    List<Actor> aapCallers() {
        return List.of(TSB, CHAIR_SG20, CHAIR_SG13, FRA, ERICSSON, ASSOCIATE_SG20);
    }

    List<Actor> tapCallers() {
        return List.of(TSB, CHAIR_SG3, CHAIR_SG20, FRA, ERICSSON, ASSOCIATE_SG3);
    }

    List<State> states() {
        List<State> s = new ArrayList<>();
        List<Actor> a = aapCallers();
        s.add(new State("AAP requested", aap::requested, a));
        s.add(new State("AAP in Last Call", aap::inLastCall, a));
        s.add(new State("AAP Last Call closed, timer not yet run", () -> {
            long id = aap.inLastCall();
            clock.set(AapFixture.AFTER_LAST_CALL);
            return id;
        }, a));
        s.add(new State("AAP Last Call judgement, typographical only", () -> aap.inLastCallJudgement(CommentKind.TYPOGRAPHICAL), a));
        s.add(new State("AAP Last Call judgement, substantive", () -> aap.inLastCallJudgement(CommentKind.SUBSTANTIVE), a));
        s.add(new State("AAP comment resolution", aap::inCommentResolution, a));
        s.add(new State("AAP resolution judgement", aap::inResolutionJudgement, a));
        s.add(new State("AAP awaiting Additional Review", () -> {
            long id = aap.inResolutionJudgement();
            approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.ADDITIONAL_REVIEW));
            return id;
        }, a));
        s.add(new State("AAP in Additional Review", aap::inAdditionalReview, a));
        s.add(new State("AAP Additional Review judgement", () -> {
            long id = aap.inAdditionalReview();
            clock.set("2027-03-10T10:00:00Z");
            aap.comment(id, FRA, CommentKind.SUBSTANTIVE);
            clock.moveTo(AapFixture.AFTER_ADDITIONAL_REVIEW, id);
            return id;
        }, a));
        s.add(new State("AAP awaiting the meeting, not announced", () -> {
            long id = aap.inLastCallJudgement(CommentKind.SUBSTANTIVE);
            approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING));
            return id;
        }, a));
        s.add(new State("AAP meeting announced, not yet open", aap::meetingAnnounced, a));
        s.add(new State("AAP meeting open", () -> {
            long id = aap.meetingAnnounced();
            clock.set("2027-04-21T16:00:00Z");
            return id;
        }, a));
        s.add(new State("AAP more time", () -> aap.inMoreTime(List.of(), List.of("FRA")), a));
        s.add(new State("AAP more time, window closed, timer not yet run", () -> {
            long id = aap.inMoreTime(List.of(), List.of("FRA"));
            clock.set(approvals.get(id).moreTime().closesAt().plusSeconds(1));
            return id;
        }, a));
        s.add(new State("AAP not approved", aap::notApproved, a));
        s.add(new State("AAP approved, circular pending", () -> {
            long id = aap.inLastCall();
            clock.moveTo(AapFixture.AFTER_LAST_CALL, id);
            return id;
        }, a));
        s.add(new State("AAP withdrawn", () -> {
            long id = aap.inLastCall();
            approvals.withdraw(CHAIR_SG20, id, new Commands.Withdraw("no longer needed"));
            return id;
        }, a));
        List<Actor> t = tapCallers();
        s.add(new State("TAP requested", this::tapRequested, t));
        s.add(new State("TAP in consultation", this::tapInConsultation, t));
        s.add(new State("TAP consultation closed, timer not yet run", () -> {
            long id = tapInConsultation();
            clock.set("2027-03-24T00:00:00Z");
            return id;
        }, t));
        s.add(new State("TAP awaiting the meeting, not yet open", () -> {
            long id = tapInConsultation();
            clock.moveTo("2027-03-24T00:00:00Z", id);
            return id;
        }, t));
        s.add(new State("TAP meeting open", () -> {
            long id = tapInConsultation();
            clock.moveTo("2027-03-24T00:00:00Z", id);
            clock.set("2027-04-15T17:00:00Z");
            return id;
        }, t));
        s.add(new State("TAP deferred to WTSA", () -> {
            long id = tapInConsultation();
            approvals.defer(CHAIR_SG3, id, new Commands.Defer("no agreement"));
            return id;
        }, t));
        return s;
    }

    long tapRequested() {
        clock.set("2026-12-01T09:00:00Z");
        return approvals.start(CHAIR_SG3, new Commands.StartApproval(Procedure.TAP, "D.50", Revision.REVISED,
                "International Internet connectivity", "SG3", List.of("Q1/3"), "Principles for charging.", "SG3-TD100",
                LocalDate.parse("2026-11-30"), new Commands.MeetingDates(LocalDate.parse("2027-04-06"), LocalDate.parse("2027-04-15")),
                null)).id();
    }

    long tapInConsultation() {
        long id = tapRequested();
        clock.set("2027-01-06T08:00:00Z");
        approvals.announceConsultation(TSB, id, new Commands.AnnounceConsultation(null, null, null));
        return id;
    }

    @TestFactory
    Stream<DynamicTest> everyOfferedStepSucceedsAndEveryOtherIsRefused() {
        return states().stream().flatMap(state -> state.callers().stream().map(caller ->
                DynamicTest.dynamicTest(state.name() + " as " + caller.username(), () -> check(state, caller))));
    }

    private void check(State state, Actor caller) {
        try {
            long id = make(state);
            ApprovalView before = approvals.get(caller, id);
            // only the caller's own steps are listed (issue 14), each allowed
            assertThat(before.nextActions()).allMatch(NextAction::allowed);
            Map<String, NextAction> offered = before.nextActions().stream()
                    .collect(Collectors.toMap(NextAction::action, n -> n));
            for (ApprovalStep step : ApprovalStep.values()) {
                if (offered.containsKey(step.action())) {
                    long fresh = make(state);
                    NextAction n = offered.get(step.action());
                    assertThatCode(() -> take(step, caller, fresh, n)).as("%s offered to %s in %s", step, caller.username(), state.name())
                            .doesNotThrowAnyException();
                } else {
                    RecflowException refused = catchThrowableOfType(() -> take(step, caller, id, null), RecflowException.class);
                    assertThat(refused).as("%s not offered to %s in %s, yet taken", step, caller.username(), state.name()).isNotNull();
                    assertThat(refused.code()).as("%s refused to %s in %s: %s", step, caller.username(), state.name(), refused.getMessage())
                            .isIn(REFUSALS);
                }
            }
            ApprovalView after = approvals.get(caller, id);
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.history()).hasSameSizeAs(before.history());
        } finally {
            closeDeadlinesOfWhatWasMade();
        }
    }

    /** Takes {@code step} with valid inputs: a judgement on the first route offered (MEETING when not offered). */
    private void take(ApprovalStep step, Actor caller, long id, NextAction offer) {
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        Commands.MeetingDates later = new Commands.MeetingDates(today.plusMonths(5), today.plusMonths(5).plusDays(8));
        ApprovalView a = approvals.get(id);
        switch (step) {
            case ANNOUNCE_LAST_CALL -> approvals.announceLastCall(caller, id, new Commands.Announce(null));
            case CHANGE_PROCEDURE -> approvals.changeProcedure(caller, id, new Commands.ChangeProcedure(
                    a.procedure() == Procedure.AAP ? Procedure.TAP : Procedure.AAP, "policy implications", null, later));
            case ANNOUNCE_CONSULTATION -> approvals.announceConsultation(caller, id, new Commands.AnnounceConsultation(null, null, null));
            case REPLY -> approvals.reply(caller, id, caller.is(Role.MEMBER_STATE) ? caller.member() : "FRA",
                    new Commands.SubmitReply(Position.SUPPORT, null, null));
            case COMMENT -> approvals.comment(caller, id, new Commands.SubmitComment(CommentKind.TYPOGRAPHICAL, "a typo in 6.2", null));
            case JUDGE -> approvals.judge(caller, id, new Commands.Judge(offer == null ? Route.MEETING : Route.valueOf(offer.routes().iterator().next())));
            case RESOLVE_COMMENTS -> approvals.resolveComments(caller, id, new Commands.Resolve("SG20-TD1300", "SG20-TD1301"));
            case ANNOUNCE_ADDITIONAL_REVIEW -> approvals.announceAdditionalReview(caller, id, new Commands.Announce(null));
            case ANNOUNCE_MEETING -> approvals.announceMeeting(caller, id,
                    new Commands.AnnounceMeeting(AapFixture.MEETING_START, AapFixture.MEETING_END));
            case RECORD_MEETING_OUTCOME -> approvals.recordMeetingOutcome(caller, id,
                    new Commands.RecordMeetingOutcome(today, List.of(), List.of(), List.of(), List.of(), null));
            case OBJECT -> approvals.object(caller, id, new Commands.SubmitObjection("reasons", null));
            case RESTART -> approvals.restart(caller, id, new Commands.Restart(later));
            case DISTRIBUTE_TEXTS -> approvals.distributeTexts(caller, id, new Commands.DistributeTexts(null));
            case NOTIFY -> approvals.notifyResult(caller, id, new Commands.Notify("TSB Circular 123", null));
            case DEFER_TO_WTSA -> approvals.defer(caller, id, new Commands.Defer("no agreement"));
            case WITHDRAW -> approvals.withdraw(caller, id, new Commands.Withdraw("no longer needed"));
        }
    }
}
