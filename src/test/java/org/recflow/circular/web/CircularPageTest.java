package org.recflow.circular.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.TapProcess;
import org.recflow.circular.CircularManagement;
import org.recflow.circular.CircularStatus;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** TSB's circulars page: draft from the form, preview links in six languages, free paragraphs, issue. */
@SpringTest
class CircularPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired CircularManagement circulars;
    @Autowired RuntimeService runtime;

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(TapProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    @Test
    void tsbDraftsEditsAndIssuesATapConsultationFromThePage() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        String start = """
                {"procedure":"TAP","recommendation":"P.1999","revision":"NEW","title":"Title of P.1999","studyGroup":"SG12",
                 "questions":["Q9/12"],"summary":"Summary.","textReference":"SG12-TD-1999","agreedOn":"2026-11-30",
                 "nextMeeting":{"start":"2027-09-06","end":"2027-09-15"}}""";
        mvc.perform(post("/api/approvals").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("chair-sg12", "demo")).contentType(MediaType.APPLICATION_JSON).content(start)).andExpect(status().isCreated());

        clock.set("2027-01-05T09:00:00Z");
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(formLogin("/login").user("tsb").password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
        // a refusal is shown on the page, nothing drafted
        mvc.perform(post("/dashboard/circulars").session(session).with(csrf())
                .param("kind", "TAP_CONSULTATION").param("studyGroup", "SG12").param("meetingStart", "2027-09-07"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        MvcResult drafted = mvc.perform(post("/dashboard/circulars").session(session).with(csrf())
                .param("kind", "TAP_CONSULTATION").param("studyGroup", "SG12").param("meetingStart", "2027-09-06"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/dashboard/circulars/*")).andReturn();
        String location = drafted.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Document list = Jsoup.parse(mvc.perform(get("/dashboard/circulars").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("a[href$=/api/circulars/" + id + ".pdf?lang=ar]")).hasSize(1);
        assertThat(list.select("a[href*=/api/circulars/" + id + ".html?lang=]").eachText()).containsExactly("en", "zh", "fr", "es", "ru", "ar");

        mvc.perform(post("/dashboard/circulars/" + id + "/paragraphs").session(session).with(csrf())
                .param("paragraphs", "First free paragraph.\r\n\r\nSecond one.")).andExpect(flash().attribute("message", "Paragraphs saved."));
        assertThat(circulars.get(id).paragraphs()).containsExactly("First free paragraph.", "Second one.");

        clock.set("2027-01-06T09:00:00Z");
        mvc.perform(post("/dashboard/circulars/" + id + "/issue").session(session).with(csrf())
                .param("number", "TSB Circular 9500").param("issuedOn", "2027-01-06"))
                .andExpect(flash().attribute("message", "Issued as TSB Circular 9500."));
        assertThat(circulars.get(id).status()).isEqualTo(CircularStatus.ISSUED);
        Document page = Jsoup.parse(mvc.perform(get("/dashboard/circulars/" + id).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("TSB Circular 9500");
        assertThat(page.select("form[action$=/issue]")).isEmpty();
    }
}
