package org.recflow.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
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
 * The offer equals the guard for deletions: in each state (window open, open with objections of France and Ericsson
 * already in, closed before its timer, deleted, returned) and for each kind of caller, the objection is offered to
 * the caller (listed in its {@code nextActions}) exactly when taking it succeeds; otherwise it is refused with 403 or 409.
 */
@SpringTest
class DeletionStepOffersTest {

    static final List<Actor> CALLERS = Actors.EVERY_KIND;

    @Autowired DeletionManagement deletions;
    @Autowired TestClock clock;
    @Autowired org.recflow.deadline.DeadlineBook deadlines;

    /** What each check created, whose deadlines it closes when done so that the dashboard's tests see their own rows only. */
    private MadeSubjects made;

    private long make(State state) {
        if (made == null) {
            made = new MadeSubjects(deadlines, "DELETION");
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

    long agreed() {
        clock.set("2026-11-30T10:00:00Z");
        return deletions.agree(Actors.CHAIR_SG20, new Commands.RecordDeletion("Y.2060", "SG20", Procedure.AAP,
                "Superseded by ITU-T Y.4000.", LocalDate.parse("2026-11-27"))).id();
    }

    List<State> states() {
        return List.of(
                new State("window open", this::agreed),
                new State("window open, France and Ericsson have objected", () -> {
                    long id = agreed();
                    clock.set("2027-01-15T10:00:00Z");
                    object(Actors.FRA, id);
                    object(Actors.ERICSSON, id);
                    return id;
                }),
                new State("window closed, timer not yet run", () -> {
                    long id = agreed();
                    clock.set("2027-03-01T00:00:00Z");
                    return id;
                }),
                new State("deleted", () -> {
                    long id = agreed();
                    clock.moveTo("2027-03-01T00:00:00Z", id);
                    return id;
                }),
                new State("returned to the study group", () -> {
                    long id = agreed();
                    clock.set("2027-01-15T10:00:00Z");
                    object(Actors.DEU, id);
                    clock.moveTo("2027-03-01T00:00:00Z", id);
                    return id;
                }));
    }

    void object(Actor who, long id) {
        deletions.object(who, id, new Commands.ObjectToDeletion("still referenced"));
    }

    @TestFactory
    Stream<DynamicTest> theObjectionIsOfferedExactlyWhenItWouldSucceed() {
        return states().stream().flatMap(state -> CALLERS.stream().map(caller ->
                DynamicTest.dynamicTest(state.name() + " as " + caller.username(), () -> check(state, caller))));
    }

    private void check(State state, Actor caller) {
        try {
            long id = make(state);
            boolean offered = deletions.get(caller, id).nextActions().stream().anyMatch(n -> n.action().equals("object"));
            if (offered) {
                long fresh = make(state);
                assertThatCode(() -> object(caller, fresh)).doesNotThrowAnyException();
            } else {
                RecflowException refused = catchThrowableOfType(() -> object(caller, id), RecflowException.class);
                assertThat(refused).as("objection not offered to %s when %s, yet taken", caller.username(), state.name()).isNotNull();
                assertThat(refused.code()).isIn(Set.of(ProblemCode.NOT_ELIGIBLE, ProblemCode.WRONG_STEP, ProblemCode.DEADLINE_PASSED));
            }
            if ((caller.is(Role.MEMBER_STATE) || caller.is(Role.SECTOR_MEMBER)) && state.name().equals("window open")) {
                assertThat(offered).as("Member States and Sector Members may object while the window runs").isTrue();
            }
        } finally {
            closeDeadlinesOfWhatWasMade();
        }
    }
}
