package org.recflow.overview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.deletion.DeletionManagement;
import org.recflow.question.QuestionManagement;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 item 3: one list of every approval, Question and deletion, with the texts that have no open deadline,
 * filtered by study group, procedure, status and round; a chairman starts on his own study group; statuses in words.
 * The shared test database holds other tests' rows too, so each test looks for the lines it made (data-id).
 */
@SpringTest
class OverviewPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApprovalManagement approvals;
    @Autowired QuestionManagement questions;
    @Autowired DeletionManagement deletions;

    long aapSg13;
    long tapSg13;
    long aapSg20;
    long questionSg13;
    long deletionSg13;

    @BeforeEach
    void subjects() {
        clock.set("2027-01-11T09:00:00Z");
        aapSg13 = approvals.start(Actors.CHAIR_SG13, new Commands.StartApproval(Procedure.AAP, "Y.3101", Revision.NEW,
                "Requirements of the IMT-2020 network", "SG13", List.of("Q20/13"), "Requirements.", "SG13-TD1",
                LocalDate.parse("2027-01-08"), null, null)).id();
        tapSg13 = approvals.start(Actors.CHAIR_SG13, new Commands.StartApproval(Procedure.TAP, "Y.3102", Revision.REVISED,
                "Framework of the IMT-2020 network", "SG13", List.of("Q20/13"), "Framework.", "SG13-TD2",
                LocalDate.parse("2027-01-08"), new Commands.MeetingDates(LocalDate.parse("2027-06-07"), LocalDate.parse("2027-06-18")),
                null)).id();
        aapSg20 = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4481", Revision.NEW,
                "Smart city platform", "SG20", List.of("Q2/20"), "Platform.", "SG20-TD9", LocalDate.parse("2027-01-08"), null,
                null)).id();
        questionSg13 = questions.agree(Actors.CHAIR_SG13, new org.recflow.question.Commands.AgreeQuestion("SG13", "Q21/13",
                "Quantum key distribution networks", "SG13-TD3", true)).id();
        deletionSg13 = deletions.agree(Actors.CHAIR_SG13, new org.recflow.deletion.Commands.RecordDeletion("Y.1001", "SG13",
                org.recflow.deletion.Procedure.AAP, "Superseded by Y.3101.", LocalDate.parse("2027-01-08"))).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
    }

    Document list(String user, String query, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard/all" + query).session(signIn(user)).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<String> ids(Document d) {
        return d.select("#all tbody tr").stream().map(r -> r.attr("data-type") + ":" + r.attr("data-id")).toList();
    }

    @Test
    void aChairmanStartsOnHisOwnStudyGroupWithItsApprovalsQuestionsAndDeletions() throws Exception {
        Document d = list("chair-sg13", "", "en");
        assertThat(ids(d)).contains("APPROVAL:" + aapSg13, "APPROVAL:" + tapSg13, "QUESTION:" + questionSg13,
                "DELETION:" + deletionSg13).doesNotContain("APPROVAL:" + aapSg20);
        assertThat(d.select("#all tbody tr td:nth-child(3)")).extracting(e -> e.text()).containsOnly("SG13");
        assertThat(d.selectFirst("#studyGroup option[selected]").attr("value")).isEqualTo("SG13");
        assertThat(d.selectFirst("#own-group").text()).contains("SG13");
        // Any: every study group
        assertThat(ids(list("chair-sg13", "?studyGroup=", "en"))).contains("APPROVAL:" + aapSg13, "APPROVAL:" + aapSg20);
    }

    @Test
    void secretariatSeesEveryStudyGroupAndStatusesInWords() throws Exception {
        Document d = list("tsb", "", "en");
        assertThat(ids(d)).contains("APPROVAL:" + aapSg13, "APPROVAL:" + aapSg20, "QUESTION:" + questionSg13);
        assertThat(d.selectFirst("#own-group")).isNull();
        var aap = d.selectFirst("#all tr[data-type=APPROVAL][data-id=" + aapSg13 + "]");
        assertThat(aap.attr("data-status")).isEqualTo("REQUESTED");
        assertThat(aap.selectFirst("td.status").text()).isEqualTo("Requested");
        assertThat(aap.selectFirst("a").attr("href")).isEqualTo("/dashboard/approvals/" + aapSg13);
        var question = d.selectFirst("#all tr[data-type=QUESTION][data-id=" + questionSg13 + "]");
        assertThat(question.selectFirst("td.status").text()).isEqualTo("Member States being consulted");
        assertThat(question.select("td").get(3).text()).isEqualTo("Question (Resolution 1 §7.3)");
        var deletion = d.selectFirst("#all tr[data-type=DELETION][data-id=" + deletionSg13 + "]");
        assertThat(deletion.selectFirst("td.status").text()).isEqualTo("Open for objections (3 months)");
        assertThat(d.select("#all td.status")).extracting(e -> e.text()).doesNotContain("REQUESTED", "CONSULTATION", "OBJECTION_PERIOD");

        Document zh = list("tsb", "?studyGroup=SG13", "zh");
        assertThat(zh.selectFirst("#all tr[data-type=DELETION][data-id=" + deletionSg13 + "] td.status").text()).isEqualTo("异议期中（3个月）");
        assertThat(zh.selectFirst("h1").text()).isEqualTo("全部批准、课题和删除");
    }

    @Test
    void theFiltersNarrowByProcedureStatusAndRound() throws Exception {
        assertThat(ids(list("tsb", "?studyGroup=SG13&procedure=TAP", "en")))
                .contains("APPROVAL:" + tapSg13).doesNotContain("APPROVAL:" + aapSg13, "QUESTION:" + questionSg13);
        assertThat(ids(list("tsb", "?studyGroup=SG13&procedure=QUESTION", "en")))
                .contains("QUESTION:" + questionSg13).allMatch(i -> i.startsWith("QUESTION:"));
        assertThat(ids(list("tsb", "?studyGroup=SG13&status=OBJECTION_PERIOD", "en")))
                .contains("DELETION:" + deletionSg13).allMatch(i -> i.startsWith("DELETION:"));
        assertThat(ids(list("tsb", "?studyGroup=SG13&status=REQUESTED", "en")))
                .contains("APPROVAL:" + aapSg13, "APPROVAL:" + tapSg13).doesNotContain("QUESTION:" + questionSg13);
        // rounds belong to approvals: round 1 keeps them and leaves Questions and deletions out, round 2 has none of ours
        assertThat(ids(list("tsb", "?studyGroup=SG13&round=1", "en")))
                .contains("APPROVAL:" + aapSg13).allMatch(i -> i.startsWith("APPROVAL:"));
        assertThat(ids(list("tsb", "?studyGroup=SG13&round=2", "en"))).doesNotContain("APPROVAL:" + aapSg13);
        Document filtered = list("tsb", "?studyGroup=SG13&procedure=AAP&status=REQUESTED&round=1", "en");
        assertThat(filtered.selectFirst("#procedure option[selected]").attr("value")).isEqualTo("AAP");
        assertThat(filtered.selectFirst("#status option[selected]").attr("value")).isEqualTo("REQUESTED");
        assertThat(filtered.selectFirst("#round option[selected]").attr("value")).isEqualTo("1");
    }

    @Test
    void aFilterValueThatIsNoneOfTheChoicesIsRefused() throws Exception {
        MockHttpSession tsb = signIn("tsb");
        for (String query : List.of("?procedure=FOO", "?status=NOPE", "?round=0", "?round=x", "?studyGroup=SG99")) {
            mvc.perform(get("/dashboard/all" + query).session(tsb)).andExpect(status().isBadRequest());
        }
    }

    @Test
    void aMemberStateIsNotShownTheListAndTheMenuLinksItForTheSecretariat() throws Exception {
        mvc.perform(get("/dashboard/all").session(signIn("ms-fra"))).andExpect(status().isForbidden());
        Document d = list("tsb", "", "en");
        assertThat(d.select("header a[href=/dashboard/all]")).extracting(e -> e.text()).containsExactly("All procedures");
    }
}
