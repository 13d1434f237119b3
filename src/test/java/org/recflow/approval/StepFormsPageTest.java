package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.web.StepForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The steps' forms of an approval's page (issue 15 item 1) at the MockMvc level: each form is rendered from the
 * step's description alone (a list of Member State codes becomes a multi-select of the membership data's codes, a
 * list of records a repeated group, an enum a select, a required text a required field); the page endpoint turns
 * the form into the step's command and calls the same management method as the API (the approval moves on); a
 * refused step keeps the problem's code, detail and field for the page, which shows them beside the field, and
 * changes nothing; a form without its CSRF token is refused.
 */
@SpringTest
class StepFormsPageTest {

    @Autowired MockMvc mvc;
    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getRequest().getSession();
    }

    Document page(long id, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard/approvals/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theMeetingOutcomeFormOffersPickersOfMemberStatesAndRowsOfReservations() throws Exception {
        AapFixture aap = new AapFixture(approvals, clock);
        long id = aap.meetingAnnounced();
        clock.set("2027-04-21T16:00:00Z");
        Document html = page(id, signIn("chair-sg20"));
        Element form = html.getElementById("step-record-meeting-outcome");
        assertThat(form).as("the chairman's form for the meeting outcome").isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/dashboard/approvals/" + id + "/steps/record-meeting-outcome");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        Element objections = form.selectFirst("select[name=objections]");
        assertThat(objections.hasAttr("multiple")).isTrue();
        List<String> codes = objections.select("option").eachAttr("value");
        assertThat(codes).contains("FRA", "DEU", "KEN").doesNotContain("").isSorted();
        assertThat(form.selectFirst("select[name=policyImplicationsRaisedBy]")).isNotNull();
        assertThat(form.select("input[name=reservations[0].member]")).hasSize(1);
        assertThat(form.select("input[name=reservations[2].note]")).hasSize(1);
        assertThat(form.selectFirst("input[name=meetingEnd]").attr("type")).isEqualTo("date");
        assertThat(form.selectFirst("legend").text()).isEqualTo("Record the meeting's outcome");
        // only the caller's steps: TSB's announcements are not the chairman's
        assertThat(html.select("form.step").eachAttr("data-action")).doesNotContain("announce-meeting", "comment");
    }

    @Test
    void aStepTakenFromThePageMovesTheApprovalAsTheApiWould() throws Exception {
        AapFixture aap = new AapFixture(approvals, clock);
        long id = aap.inLastCallJudgement(CommentKind.SUBSTANTIVE);
        MockHttpSession chair = signIn("chair-sg20");
        Element judge = page(id, chair).getElementById("step-judge");
        assertThat(judge.select("select[name=route] option").eachAttr("value")).contains("MEETING", "COMMENT_RESOLUTION")
                .doesNotContain("APPROVE");
        assertThat(judge.selectFirst("select[name=route]").hasAttr("required")).isTrue();
        mvc.perform(post("/dashboard/approvals/" + id + "/steps/judge").session(chair).with(csrf()).param("route", "MEETING"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dashboard/approvals/" + id + "#step-judge"))
                .andExpect(flash().attribute("taken", "judge"));
        assertThat(approvals.get(id).status().name()).isEqualTo("AWAITING_MEETING");
        assertThat(approvals.get(id).history()).last().extracting(h -> h.actor()).isEqualTo("chair-sg20");
    }

    @Test
    void aMemberStateCommentsAndSeesItsCommentMarkedAsItsOwn() throws Exception {
        AapFixture aap = new AapFixture(approvals, clock);
        long id = aap.inLastCall();
        MockHttpSession france = signIn("ms-fra");
        Element form = page(id, france).getElementById("step-comment");
        assertThat(form.select("select[name=kind] option").eachAttr("value")).contains("TYPOGRAPHICAL", "SUBSTANTIVE");
        assertThat(form.selectFirst("textarea[name=text]")).isNotNull();
        mvc.perform(post("/dashboard/approvals/" + id + "/steps/comment").session(france).with(csrf())
                .param("kind", "SUBSTANTIVE").param("text", "Clause 7 contradicts Y.4000.").param("proposedChanges", ""))
                .andExpect(status().isFound());
        assertThat(approvals.comments(id)).extracting(c -> c.text()).containsExactly("Clause 7 contradicts Y.4000.");
        assertThat(approvals.comments(id).get(0).proposedChanges()).isNull();
        Document after = page(id, france);
        Element mine = after.selectFirst("#comments li[data-mine=true]");
        assertThat(mine.text()).contains("Clause 7 contradicts Y.4000.").contains("FRA").contains("yours");
    }

    @Test
    void aRefusedStepShowsTheProblemBesideItsFieldAndChangesNothing() throws Exception {
        AapFixture aap = new AapFixture(approvals, clock);
        long id = aap.inLastCall();
        MockHttpSession chair = signIn("chair-sg20");
        String before = approvals.get(id).toString();
        var result = mvc.perform(post("/dashboard/approvals/" + id + "/steps/withdraw").session(chair).with(csrf()).param("reason", " "))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("refusal")).andReturn();
        StepForms.Refusal refusal = (StepForms.Refusal) result.getFlashMap().get("refusal");
        assertThat(refusal.code()).isEqualTo("INVALID_REQUEST");
        assertThat(refusal.input()).isEqualTo("reason");
        assertThat(approvals.get(id).toString()).isEqualTo(before);
        // the page after the redirect: the words beside the field, the value sent kept
        Document html = Jsoup.parse(mvc.perform(get("/dashboard/approvals/" + id).session(chair).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element error = html.getElementById("err-f-withdraw-reason");
        assertThat(error).isNotNull();
        assertThat(error.attr("data-problem-code")).isEqualTo("INVALID_REQUEST");
        assertThat(error.selectFirst("[data-problem-detail]").text()).isEqualTo(refusal.detail()).contains("reason");
        assertThat(html.getElementById("f-withdraw-reason").attr("aria-invalid")).isEqualTo("true");

        // a step that is not the caller's: refused by the same guard as the API, with its words at the form
        MockHttpSession france = signIn("ms-fra");
        var notMine = mvc.perform(post("/dashboard/approvals/" + id + "/steps/withdraw").session(france).with(csrf())
                .param("reason", "no longer needed")).andExpect(status().isFound()).andReturn();
        assertThat(((StepForms.Refusal) notMine.getFlashMap().get("refusal")).code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(approvals.get(id).toString()).isEqualTo(before);
    }

    @Test
    void stepsAndTheirInputsAreNamedInTheReadersLanguage() throws Exception {
        AapFixture aap = new AapFixture(approvals, clock);
        long id = aap.inLastCall();
        MockHttpSession france = signIn("ms-fra");
        Document zh = Jsoup.parse(mvc.perform(get("/dashboard/approvals/" + id).session(france).header("Accept-Language", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element form = zh.getElementById("step-comment");
        assertThat(form.selectFirst("legend").text()).isEqualTo("提出意见");
        assertThat(form.selectFirst("label[for=f-comment-kind]").text()).startsWith("意见类型");
        assertThat(form.select("select[name=kind] option[value=SUBSTANTIVE]").text()).isEqualTo("实质性");
        assertThat(zh.getElementById("steps-title").text()).isEqualTo("您现在可以做的事");
        Document ar = Jsoup.parse(mvc.perform(get("/dashboard/approvals/" + id).session(france).header("Accept-Language", "ar"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        AapFixture aap = new AapFixture(approvals, clock);
        long id = aap.inLastCall();
        MockHttpSession chair = signIn("chair-sg20");
        mvc.perform(post("/dashboard/approvals/" + id + "/steps/withdraw").session(chair).param("reason", "no longer needed"))
                .andExpect(status().isForbidden());
        assertThat(approvals.get(id).status().name()).isEqualTo("LAST_CALL");
    }

    @Test
    void theFormIsTurnedIntoTheStepsJsonCommandByItsDescription() {
        var inputs = org.recflow.kernel.NextAction.withChoices(
                org.recflow.kernel.NextAction.inputsOf(Commands.RecordMeetingOutcome.class), java.util.Set.of("objections"), List.of("DEU", "FRA"));
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("meetingEnd", "2027-04-21");
        form.add("objections", "FRA");
        form.add("objections", "DEU");
        form.add("moreTimeRequestedBy", "");
        form.add("reservations[0].member", "KEN");
        form.add("reservations[0].note", "on clause 7");
        form.add("reservations[1].member", "");
        form.add("reservations[1].note", "");
        form.add("policyImplicationsRaisedBy", "");
        var json = StepForms.toJson(inputs, form);
        assertThat(json.toString()).isEqualTo(
                "{\"meetingEnd\":\"2027-04-21\",\"objections\":[\"FRA\",\"DEU\"],\"reservations\":[{\"member\":\"KEN\",\"note\":\"on clause 7\"}]}");
        var restart = new org.springframework.util.LinkedMultiValueMap<String, String>();
        restart.add("nextMeeting.start", "2027-09-01");
        restart.add("nextMeeting.end", "2027-09-10");
        assertThat(StepForms.toJson(org.recflow.kernel.NextAction.inputsOf(Commands.Restart.class), restart).toString())
                .isEqualTo("{\"nextMeeting\":{\"start\":\"2027-09-01\",\"end\":\"2027-09-10\"}}");
    }
}
