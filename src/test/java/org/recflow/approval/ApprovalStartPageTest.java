package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.web.StepForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Starting an approval from the pages (issue 15): the start form is rendered from the start command's description
 * (the chairman's own study group preselected, the enums as selects, the next meeting as a group); posting it starts
 * the approval through the same management method as {@code POST /api/approvals} and goes on to its page; a refused
 * field comes back beside the field with the values sent and creates nothing; a chairman of another study group is
 * refused; a Member State does not get the form.
 */
@SpringTest
class ApprovalStartPageTest {

    @Autowired MockMvc mvc;
    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void at() {
        clock.set(AapFixture.REQUESTED_AT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getRequest().getSession();
    }

    int approvalsCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recflow.approval", Integer.class);
    }

    static MockHttpServletRequestBuilder start(MockHttpSession session, String studyGroup, String agreedOn) {
        return post("/dashboard/approvals/new/steps/start-approval").session(session).with(csrf())
                .param("procedure", "AAP").param("recommendation", "Y.4999").param("revision", "NEW")
                .param("title", "Digital twins of ports").param("studyGroup", studyGroup).param("questions", "Q2/20\nQ3/20")
                .param("summary", "Defines digital twins of ports.").param("textReference", "SG20-TD77")
                .param("agreedOn", agreedOn).param("nextMeeting.start", "").param("nextMeeting.end", "").param("regionalGroup", "");
    }

    @Test
    void theStartFormIsRenderedFromTheCommandWithTheChairmansStudyGroupPreselected() throws Exception {
        Document html = Jsoup.parse(mvc.perform(get("/dashboard/approvals/new").session(signIn("chair-sg20")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element form = html.getElementById("step-start-approval");
        assertThat(form.attr("action")).isEqualTo("/dashboard/approvals/new/steps/start-approval");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("select[name=studyGroup] option").eachAttr("value")).containsExactly("SG20");
        assertThat(form.selectFirst("select[name=studyGroup] option").hasAttr("selected")).isTrue();
        assertThat(form.select("select[name=procedure] option").eachAttr("value")).contains("AAP", "TAP");
        assertThat(form.select("select[name=revision] option").eachAttr("value")).contains("NEW", "REVISED", "AMENDMENT");
        assertThat(form.selectFirst("input[name=agreedOn]").attr("type")).isEqualTo("date");
        assertThat(form.selectFirst("input[name=nextMeeting.start]").attr("type")).isEqualTo("date");
        assertThat(form.selectFirst("textarea[name=summary]")).isNotNull();
        assertThat(form.selectFirst("legend").text()).isEqualTo("Start the approval");
        // TSB, acting for any chairman, chooses among every study group
        Document tsb = Jsoup.parse(mvc.perform(get("/dashboard/approvals/new").session(signIn("tsb")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(tsb.select("#step-start-approval select[name=studyGroup] option").eachAttr("value")).contains("SG13", "SG20");
        // the dashboard links to it
        Document dashboard = Jsoup.parse(mvc.perform(get("/dashboard").session(signIn("chair-sg20")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(dashboard.getElementById("start-approval").attr("href")).isEqualTo("/dashboard/approvals/new");
    }

    @Test
    void aChairmanStartsAnApprovalAndGoesOnToItsPage() throws Exception {
        MockHttpSession chair = signIn("chair-sg20");
        MvcResult result = mvc.perform(start(chair, "SG20", "2027-01-08")).andExpect(status().isFound()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/dashboard/approvals/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ApprovalView a = approvals.get(id);
        assertThat(a.recommendation()).isEqualTo("Y.4999");
        assertThat(a.studyGroup()).isEqualTo("SG20");
        assertThat(a.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(a.questions()).containsExactly("Q2/20", "Q3/20");
        assertThat(a.history()).first().extracting(h -> h.actor()).isEqualTo("chair-sg20");
        Document page = Jsoup.parse(mvc.perform(get(location).session(chair).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("step-taken").attr("data-action")).isEqualTo("start-approval");
    }

    @Test
    void aRefusedFieldIsShownBesideItAndNothingIsStarted() throws Exception {
        MockHttpSession chair = signIn("chair-sg20");
        int before = approvalsCount();
        MvcResult result = mvc.perform(start(chair, "SG20", "2027-02-01")).andExpect(status().isFound()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/dashboard/approvals/new");
        StepForms.Refusal refusal = (StepForms.Refusal) result.getFlashMap().get("refusal");
        assertThat(refusal.code()).isEqualTo("INVALID_REQUEST");
        assertThat(refusal.input()).isEqualTo("agreedOn");
        assertThat(approvalsCount()).isEqualTo(before);
        Document html = Jsoup.parse(mvc.perform(get("/dashboard/approvals/new").session(chair).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element error = html.getElementById("err-f-start-approval-agreedOn");
        assertThat(error).isNotNull();
        assertThat(error.selectFirst("[data-problem-detail]").text()).isEqualTo(refusal.detail());
        assertThat(html.getElementById("f-start-approval-agreedOn").attr("aria-invalid")).isEqualTo("true");
        // the values sent are kept
        assertThat(html.getElementById("f-start-approval-title").attr("value")).isEqualTo("Digital twins of ports");
    }

    @Test
    void aChairmanOfAnotherStudyGroupIsRefusedAndAMemberStateGetsNoForm() throws Exception {
        int before = approvalsCount();
        MvcResult result = mvc.perform(start(signIn("chair-sg13"), "SG20", "2027-01-08")).andExpect(status().isFound()).andReturn();
        assertThat(((StepForms.Refusal) result.getFlashMap().get("refusal")).code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(approvalsCount()).isEqualTo(before);
        MockHttpSession france = signIn("ms-fra");
        mvc.perform(get("/dashboard/approvals/new").session(france)).andExpect(status().isForbidden());
        mvc.perform(start(france, "SG20", "2027-01-08")).andExpect(status().isForbidden());
        assertThat(approvalsCount()).isEqualTo(before);
    }

    @Test
    void aChairmanReportsAQuestionAndStartsADeletionFromTheirForms() throws Exception {
        MockHttpSession chair = signIn("chair-sg20");
        Document q = Jsoup.parse(mvc.perform(get("/dashboard/questions/new").session(chair)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(q.select("#step-start-question input[name=policyImplications]").attr("type")).isEqualTo("checkbox");
        // unticked: no policy implications, so the Question is approved at once (Res. 1 §7.3.3)
        String question = mvc.perform(post("/dashboard/questions/new/steps/start-question").session(chair).with(csrf())
                .param("studyGroup", "SG20").param("question", "Q9/20").param("title", "Digital twins")
                .param("textReference", "SG20-TD88")).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(question).matches("/dashboard/questions/\\d+");
        Document qPage = Jsoup.parse(mvc.perform(get(question).session(chair)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(qPage.getElementById("status").attr("data-status")).isEqualTo("APPROVED");

        Document d = Jsoup.parse(mvc.perform(get("/dashboard/deletions/new").session(chair)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(d.select("#step-start-deletion select[name=procedure] option").eachAttr("value")).contains("AAP", "TAP");
        String deletion = mvc.perform(post("/dashboard/deletions/new/steps/start-deletion").session(chair).with(csrf())
                .param("recommendation", "Y.4001").param("studyGroup", "SG20").param("procedure", "AAP")
                .param("reason", "Superseded by Y.4002.").param("agreedOn", "2027-01-08"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(deletion).matches("/dashboard/deletions/\\d+");
        mvc.perform(get(deletion).session(chair)).andExpect(status().isOk());
        // a deletion's reason left blank: refused beside the field
        MvcResult refused = mvc.perform(post("/dashboard/deletions/new/steps/start-deletion").session(chair).with(csrf())
                .param("recommendation", "Y.4001").param("studyGroup", "SG20").param("procedure", "AAP")
                .param("reason", " ").param("agreedOn", "2027-01-08")).andExpect(status().isFound()).andReturn();
        assertThat(((StepForms.Refusal) refused.getFlashMap().get("refusal")).input()).isEqualTo("reason");
    }
}
