package org.recflow.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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
 * The offer equals the guard for Questions: in each state (consultation running, closed before its timer, approved
 * without consultation, approved or returned after it) and for each kind of caller, the reply is offered to the
 * caller (listed in its {@code nextActions}) exactly when taking it succeeds; otherwise it is refused with 403 or 409.
 */
@SpringTest
class QuestionStepOffersTest {

    static final List<Actor> CALLERS = Actors.EVERY_KIND;

    @Autowired QuestionManagement questions;
    @Autowired TestClock clock;
    @Autowired org.recflow.deadline.DeadlineBook deadlines;

    /** What each check created, whose deadlines it closes when done so that the dashboard's tests see their own rows only. */
    private MadeSubjects made;

    private long make(State state) {
        if (made == null) {
            made = new MadeSubjects(deadlines, "QUESTION");
        }
        return made.make(state.make());
    }

    private void closeDeadlinesOfWhatWasMade() {
        if (made != null) {
            made.closeDeadlines();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record State(String name, LongSupplier make) {
    }

    long agreed(boolean policyImplications) {
        clock.set("2026-12-01T09:00:00Z");
        return questions.agree(Actors.CHAIR_SG20, new Commands.AgreeQuestion("SG20", "Q5/20", "Digital identity for IoT devices",
                "SG20-TD2001", policyImplications)).id();
    }

    List<State> states() {
        return List.of(
                new State("in consultation", () -> agreed(true)),
                new State("consultation closed, timer not yet run", () -> {
                    long id = agreed(true);
                    clock.set("2027-02-02T00:00:00Z");
                    return id;
                }),
                new State("approved without consultation", () -> agreed(false)),
                new State("approved after the consultation", () -> {
                    long id = agreed(true);
                    clock.moveTo("2027-02-02T00:00:00Z", id);
                    return id;
                }));
    }

    @TestFactory
    Stream<DynamicTest> theReplyIsOfferedExactlyWhenItWouldSucceed() {
        return states().stream().flatMap(state -> CALLERS.stream().map(caller ->
                DynamicTest.dynamicTest(state.name() + " as " + caller.username(), () -> check(state, caller))));
    }

    private void check(State state, Actor caller) {
        try {
            long id = make(state);
            boolean offered = questions.get(caller, id).nextActions().stream().anyMatch(n -> n.action().equals("reply"));
            if (offered) {
                long fresh = make(state);
                assertThatCode(() -> reply(caller, fresh)).doesNotThrowAnyException();
            } else {
                RecflowException refused = catchThrowableOfType(() -> reply(caller, id), RecflowException.class);
                assertThat(refused).as("reply not offered to %s when %s, yet taken", caller.username(), state.name()).isNotNull();
                assertThat(refused.code()).isIn(Set.of(ProblemCode.NOT_ELIGIBLE, ProblemCode.WRONG_STEP, ProblemCode.DEADLINE_PASSED));
            }
            if (caller.is(Role.MEMBER_STATE) && state.name().equals("in consultation")) {
                assertThat(offered).as("a Member State may reply while the consultation runs").isTrue();
            }
            List<NextAction> open = questions.get(caller, id).nextActions();
            assertThat(open).allSatisfy(n -> assertThat(n.inputs()).extracting(NextAction.Input::name)
                    .containsExactly("position", "reasons", "proposedChanges"));
        } finally {
            closeDeadlinesOfWhatWasMade();
        }
    }

    private void reply(Actor caller, long id) {
        questions.reply(caller, id, caller.is(Role.MEMBER_STATE) ? caller.member() : "FRA",
                new Commands.SubmitReply(Position.SUPPORT, null, null));
    }
}
