package org.recflow.deletion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.deletion.Commands;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.Procedure;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.web.StepForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deletion's page (issue 15 item 1): a Member State objects in the form rendered from the objection's
 * description and sees its objection as its own; the form is then gone (one objection each) and a second post is
 * refused with nothing changed; a chairman, who may not object, sees no form.
 */
@SpringTest
class DeletionPageTest {

    @Autowired MockMvc mvc;
    @Autowired DeletionManagement deletions;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getRequest().getSession();
    }

    Document page(long id, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard/deletions/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aMemberStateObjectsOnceFromThePage() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        long id = deletions.agree(Actors.CHAIR_SG20, new Commands.RecordDeletion("Y.2060", "SG20", Procedure.AAP,
                "Superseded by ITU-T Y.4000.", LocalDate.parse("2027-01-08"))).id();
        assertThat(page(id, signIn("chair-sg20")).getElementById("step-object")).isNull();
        MockHttpSession france = signIn("ms-fra");
        Document before = page(id, france);
        assertThat(before.getElementById("step-object").selectFirst("textarea[name=reasons]")).isNotNull();
        assertThat(before.getElementById("status").text()).isEqualTo("Open for objections (3 months)");
        mvc.perform(post("/dashboard/deletions/" + id + "/steps/object").session(france).with(csrf())
                .param("reasons", "Still referenced by national regulation.")).andExpect(status().isFound());
        assertThat(deletions.objections(id)).singleElement().satisfies(o -> assertThat(o.member()).isEqualTo("FRA"));
        Document after = page(id, france);
        assertThat(after.selectFirst("#objections li[data-mine=true]").text()).contains("Still referenced by national regulation.");
        assertThat(after.getElementById("step-object")).isNull();
        var again = mvc.perform(post("/dashboard/deletions/" + id + "/steps/object").session(france).with(csrf())
                .param("reasons", "Again.")).andExpect(status().isFound()).andReturn();
        assertThat(((StepForms.Refusal) again.getFlashMap().get("refusal")).code()).isIn("WRONG_STEP", "NOT_ELIGIBLE");
        assertThat(deletions.objections(id)).hasSize(1);
    }
}
