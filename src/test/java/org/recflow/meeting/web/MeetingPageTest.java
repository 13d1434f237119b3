package org.recflow.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.TapProcess;
import org.recflow.circular.CircularManagement;
import org.recflow.meeting.MeetingManagement;
import org.recflow.meeting.MeetingStatus;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's page (issue 16 item 4): its texts with their state and what each still needs before the meeting, in the
 * reader's language, TSB's actions (reschedule, cancel, draft the TAP consultation circular), and the dashboard's link.
 * SG21 meetings of their own (the database is shared).
 */
@SpringTest
class MeetingPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired MeetingManagement meetings;
    @Autowired ApprovalManagement approvals;
    @Autowired CircularManagement circulars;
    @Autowired RuntimeService runtime;

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(TapProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    long tapText(String rec, String start, String end) throws Exception {
        String b = """
                {"procedure":"TAP","recommendation":"%s","revision":"NEW","title":"Title of %s","studyGroup":"SG21","questions":["Q1/21"],
                 "summary":"Summary.","textReference":"SG21-TD-%s","agreedOn":"2026-11-30","nextMeeting":{"start":"%s","end":"%s"}}"""
                .formatted(rec, rec, rec, start, end);
        return json.readTree(mvc.perform(post("/api/approvals").with(httpBasic("chair-sg21", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(b)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo")).andExpect(status().isFound())
                .andReturn().getRequest().getSession();
    }

    Document page(MockHttpSession session, String path, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(session).header("Accept-Language", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theMeetingPageListsItsTextsWithWhatTheyStillNeedAndTsbMovesCancelsAndDraftsFromIt() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long text = tapText("H.9861", "2027-10-05", "2027-10-08");
        long id = approvals.get(text).meetingId();
        MockHttpSession tsb = signIn("tsb");

        // the dashboard links to the meetings, which list this one
        assertThat(page(tsb, "/dashboard", "en").select("a#meetings-link").attr("href")).isEqualTo("/dashboard/meetings");
        assertThat(page(tsb, "/dashboard/meetings", "en").select("tr[data-meeting=" + id + "] a").attr("href"))
                .isEqualTo("/dashboard/meetings/" + id);

        Document en = page(tsb, "/dashboard/meetings/" + id, "en");
        assertThat(en.select("h1").text()).isEqualTo("SG21 meeting, 2027-10-05 to 2027-10-08");
        assertThat(en.select("#texts tr[data-approval=" + text + "] a").attr("href")).isEqualTo("/dashboard/approvals/" + text);
        assertThat(en.select("#texts tr[data-approval=" + text + "]").attr("data-status")).isEqualTo("REQUESTED");
        // Res. 1 §9.3.3: announced by 5 July (3 months); §9.3.5 texts by 5 September; §9.4.1 close 7 working days before
        assertThat(en.select("#texts li[data-step]").eachAttr("data-step")).containsExactly("ANNOUNCEMENT", "TEXT_DISTRIBUTION", "CONSULTATION_CLOSE");
        assertThat(en.select("#texts li[data-step=ANNOUNCEMENT]").text()).contains("TAP announcement (3 months before)").contains("2027-07-05");
        assertThat(en.select("form#reschedule, form#cancel, form#circular")).hasSize(3);

        Document zh = page(tsb, "/dashboard/meetings/" + id, "zh");
        assertThat(zh.select("h1").text()).isEqualTo("SG21会议，2027-10-05至2027-10-08");
        assertThat(zh.select("#texts li[data-step=ANNOUNCEMENT]").text()).contains("TAP宣布（提前3个月）");
        assertThat(zh.select("#texts tr[data-approval=" + text + "] td").get(2).text()).isEqualTo("已申请");

        // a chairman reads the page but has no actions
        assertThat(page(signIn("chair-sg21"), "/dashboard/meetings/" + id, "en").select("main form")).isEmpty();

        // the circular: drafted on the circulars page for this meeting
        mvc.perform(post("/dashboard/circulars").session(tsb).with(csrf()).param("kind", "TAP_CONSULTATION").param("meetingId", String.valueOf(id)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/dashboard/circulars/*"));

        // a move without a reason is refused on the page; with one, the text moves with the meeting
        mvc.perform(post("/dashboard/meetings/" + id + "/reschedule").session(tsb).with(csrf())
                .param("start", "2027-10-12").param("end", "2027-10-15").param("reason", " "))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        assertThat(meetings.get(id).start()).isEqualTo(LocalDate.parse("2027-10-05"));
        mvc.perform(post("/dashboard/meetings/" + id + "/reschedule").session(tsb).with(csrf())
                .param("start", "2027-10-12").param("end", "2027-10-15").param("reason", "hall booked"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
        assertThat(approvals.get(text).nextMeeting().start()).isEqualTo(LocalDate.parse("2027-10-12"));
        assertThat(page(tsb, "/dashboard/meetings/" + id, "en").select("#texts li[data-step=ANNOUNCEMENT] time").text()).isEqualTo("2027-07-12");

        mvc.perform(post("/dashboard/meetings/" + id + "/cancellation").session(tsb).with(csrf()).param("reason", "no quorum"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.CANCELLED);
        Document cancelled = page(tsb, "/dashboard/meetings/" + id, "en");
        assertThat(cancelled.select("#meeting-status").attr("data-status")).isEqualTo("CANCELLED");
        assertThat(cancelled.select("main form")).isEmpty();
        assertThat(approvals.get(text).meetingId()).isNull();
    }
}
