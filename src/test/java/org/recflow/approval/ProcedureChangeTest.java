package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.recflow.support.Actors.CHAIR_SG20;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.beans.factory.annotation.Autowired;

/** Res. 1 §8.3: an SG or WP meeting may move a consented AAP text to the TAP before its Last Call, never back. */
@SpringTest
class ProcedureChangeTest {

    static final Commands.MeetingDates SEPTEMBER = new Commands.MeetingDates(LocalDate.parse("2027-09-14"), LocalDate.parse("2027-09-23"));

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    AapFixture aap;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        aap = new AapFixture(approvals, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ProblemCode code(Throwable e) {
        return ((RecflowException) e).code();
    }

    @Test
    void aRequestedAapTextMovesToTapWithItsMeeting() {
        long id = aap.requested();
        clock.set("2027-01-14T10:00:00Z");
        ApprovalView v = approvals.changeProcedure(CHAIR_SG20, id, new Commands.ChangeProcedure(Procedure.TAP,
                "WP2 found numbering implications", LocalDate.parse("2027-01-13"), SEPTEMBER));
        assertThat(v.procedure()).isEqualTo(Procedure.TAP);
        assertThat(v.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(v.deadlines()).extracting(d -> d.kind() + "@" + d.dueAt()).containsExactly("MEETING_ANNOUNCEMENT@2027-06-14T23:59:59Z");
        assertThat(v.history()).extracting(h -> h.action()).contains("PROCEDURE_CHANGED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id)).singleResult())
                .isWaitingAt(TapProcess.CONSULTATION_ANNOUNCED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id)).count()).isEqualTo(1);
    }

    @Test
    void refusedOnceTheLastCallIsAnnounced() {
        long id = aap.inLastCall();
        assertThatThrownBy(() -> approvals.changeProcedure(CHAIR_SG20, id,
                new Commands.ChangeProcedure(Procedure.TAP, "late", null, SEPTEMBER)))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
        assertThat(approvals.get(id).procedure()).isEqualTo(Procedure.AAP);
    }

    @Test
    void aTapTextNeverMovesToAap() {
        long id = aap.requested();
        clock.set("2027-01-14T10:00:00Z");
        approvals.changeProcedure(CHAIR_SG20, id, new Commands.ChangeProcedure(Procedure.TAP, "policy", null, SEPTEMBER));
        assertThatThrownBy(() -> approvals.changeProcedure(CHAIR_SG20, id,
                new Commands.ChangeProcedure(Procedure.AAP, "back", null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
    }

    @Test
    void theTapNeedsAMeetingAndOnlyTheChairmanDecides() {
        long id = aap.requested();
        assertThatThrownBy(() -> approvals.changeProcedure(CHAIR_SG20, id,
                new Commands.ChangeProcedure(Procedure.TAP, "policy", null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.INVALID_REQUEST));
        assertThatThrownBy(() -> approvals.changeProcedure(Actors.FRA, id,
                new Commands.ChangeProcedure(Procedure.TAP, "policy", null, SEPTEMBER)))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> approvals.changeProcedure(CHAIR_SG20, id,
                new Commands.ChangeProcedure(Procedure.AAP, "same", null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.INVALID_REQUEST));
        assertThat(approvals.get(id).procedure()).isEqualTo(Procedure.AAP);
    }
}
