package org.recflow.question.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.question.Commands;
import org.recflow.question.QuestionManagement;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.web.StepForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Question's page (issue 15 item 1): a Member State replies in the form rendered from the reply's description,
 * sees its reply marked as its own and kept in the form, changes it until the close; after the close (before its
 * timer runs) the form is gone and a post is refused with the problem's words and changes nothing.
 */
@SpringTest
class QuestionPageTest {

    @Autowired MockMvc mvc;
    @Autowired QuestionManagement questions;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getRequest().getSession();
    }

    Document page(long id, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard/questions/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aMemberStateRepliesAndChangesItsReplyUntilTheClose() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        long id = questions.agree(Actors.CHAIR_SG20, new Commands.AgreeQuestion("SG20", "Q5/20", "Digital identity for IoT devices",
                "SG20-TD2001", true)).id();
        MockHttpSession france = signIn("ms-fra");
        Element form = page(id, france).getElementById("step-reply");
        assertThat(form.attr("action")).isEqualTo("/dashboard/questions/" + id + "/steps/reply");
        assertThat(form.select("select[name=position] option").eachAttr("value")).contains("SUPPORT", "AGAINST", "NO_POSITION");
        mvc.perform(post("/dashboard/questions/" + id + "/steps/reply").session(france).with(csrf())
                .param("position", "AGAINST").param("reasons", "Overlaps Q6/17."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/dashboard/questions/" + id + "#step-reply"));
        Document after = page(id, france);
        assertThat(after.selectFirst("#replies li[data-mine=true]").text()).contains("FRA").contains("against").contains("Overlaps Q6/17.");
        assertThat(after.selectFirst("#step-reply select[name=position] option[selected]").attr("value")).isEqualTo("AGAINST");
        assertThat(after.selectFirst("#step-reply textarea[name=reasons]").text()).isEqualTo("Overlaps Q6/17.");
        mvc.perform(post("/dashboard/questions/" + id + "/steps/reply").session(france).with(csrf()).param("position", "SUPPORT"))
                .andExpect(status().isFound());
        assertThat(questions.replies(id)).singleElement().satisfies(r -> {
            assertThat(r.position().name()).isEqualTo("SUPPORT");
            assertThat(r.version()).isEqualTo(2);
        });

        // the close has passed (its timer has not run yet): no form, and a post is refused with nothing changed
        clock.set("2027-01-31T00:00:01Z");
        MockHttpSession germany = signIn("ms-deu");
        assertThat(page(id, germany).getElementById("step-reply")).isNull();
        var refused = mvc.perform(post("/dashboard/questions/" + id + "/steps/reply").session(germany).with(csrf())
                .param("position", "SUPPORT")).andExpect(status().isFound()).andReturn();
        StepForms.Refusal r = (StepForms.Refusal) refused.getFlashMap().get("refusal");
        assertThat(r.code()).isIn("DEADLINE_PASSED", "WRONG_STEP");
        assertThat(questions.replies(id)).hasSize(1);
        Document shown = Jsoup.parse(mvc.perform(get("/dashboard/questions/" + id).session(germany).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString());
        // the form is no longer offered, so the words stand at the head of the steps
        assertThat(shown.getElementById("refusal").attr("data-problem-code")).isEqualTo(r.code());
        assertThat(shown.selectFirst("#refusal [data-problem-detail]").text()).isEqualTo(r.detail());
    }
}
