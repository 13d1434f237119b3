package org.recflow.deadline.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SpringTest
class DeadlinesApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApprovalManagement approvals;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long lastCallInSg(String sg, org.recflow.membership.Actor chair) {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(chair, new Commands.StartApproval(Procedure.AAP, "Y.9" + sg.substring(2), Revision.NEW, "A text", sg,
                List.of(), "summary", "TD1", LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, id, null);
        return id;
    }

    @Test
    void listsOpenDeadlinesSoonestFirstFilteredByStudyGroupAndHorizon() throws Exception {
        long sg20 = lastCallInSg("SG20", Actors.CHAIR_SG20);
        long sg13 = lastCallInSg("SG13", Actors.CHAIR_SG13);
        clock.set("2027-02-01T00:00:00Z");
        mvc.perform(get("/api/deadlines?studyGroup=sg20&limit=5000").with(httpBasic("ms-fra", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subjectId == " + sg20 + ")].kind").value(hasItem("LAST_CALL_CLOSE")))
                .andExpect(jsonPath("$[?(@.subjectId == " + sg20 + ")].dueAt").value(hasItem("2027-02-08T23:59:59Z")))
                .andExpect(jsonPath("$[?(@.subjectId == " + sg20 + ")].waitingOn").value(hasItem("MEMBERS")))
                .andExpect(jsonPath("$[?(@.subjectType == 'APPROVAL' && @.subjectId == " + sg13 + ")]").isEmpty());
        mvc.perform(get("/api/deadlines?within=P1D&limit=5000").with(httpBasic("tsb", "demo")))
                .andExpect(jsonPath("$[?(@.subjectType == 'APPROVAL' && @.subjectId == " + sg20 + ")]").isEmpty());
        clock.set("2027-02-10T00:00:00Z");
        // overdue deadlines are always included, whatever the horizon
        mvc.perform(get("/api/deadlines?within=P1D&limit=5000").with(httpBasic("tsb", "demo")))
                .andExpect(jsonPath("$[?(@.subjectId == " + sg20 + ")].overdue").value(hasItem(true)));
    }

    @Test
    void refusesAnInvalidHorizon() throws Exception {
        mvc.perform(get("/api/deadlines?within=soon").with(httpBasic("tsb", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.field").value("within"));
        mvc.perform(get("/api/deadlines")).andExpect(status().isUnauthorized());
    }

    @Test
    void plannerAnswersOverRest() throws Exception {
        mvc.perform(get("/api/planner?procedure=TAP&meetingStart=2027-03-08").with(httpBasic("chair-sg3", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].step").value("ANNOUNCEMENT"))
                .andExpect(jsonPath("$.steps[0].latestDate").value("2026-12-08"));
        mvc.perform(get("/api/planner?procedure=XAP&meetingStart=2027-03-08").with(httpBasic("tsb", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"));
        mvc.perform(get("/api/planner?procedure=TAP").with(httpBasic("tsb", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("meetingStart"));
    }
}
