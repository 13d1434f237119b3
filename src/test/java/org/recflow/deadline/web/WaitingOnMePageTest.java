package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.kernel.Subject;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "What waits on me" (issue 15 item 2): each account sees the open deadlines of its own party, soonest first, with
 * the whole days left. The deadlines here lie in 2001, before everything other tests store, and are closed again.
 */
@SpringTest
class WaitingOnMePageTest {

    static final Instant NOW = Instant.parse("2001-03-01T12:00:00Z");
    static final long FIRST_ID = 9_200_000;

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired DeadlineBook book;
    @Autowired org.recflow.approval.ApprovalManagement approvals;

    final List<Subject> opened = new ArrayList<>();

    @BeforeEach
    void setClock() {
        clock.set(NOW);
    }

    @AfterEach
    void closeAndReset() {
        opened.forEach(book::closeAll);
        clock.reset();
    }

    Subject open(String sg, DeadlineKind kind, Instant dueAt) {
        Subject s = new Subject("APPROVAL", FIRST_ID + opened.size(), "ITU-T Z.M" + opened.size(), sg);
        opened.add(s);
        book.open(s, kind, dueAt);
        return s;
    }

    Document mine(String user) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
        return Jsoup.parse(mvc.perform(get("/mine").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    List<Long> mineOf(Document page) {
        List<Long> ids = opened.stream().map(Subject::id).toList();
        return page.select("#mine tr[data-subject]").stream().map(tr -> Long.parseLong(tr.attr("data-subject")))
                .filter(ids::contains).toList();
    }

    @Test
    void eachAccountSeesWhatWaitsOnItsPartySoonestFirstWithTheDaysLeft() throws Exception {
        Subject circular = open("SG20", DeadlineKind.NOTIFICATION, NOW.plusSeconds(10 * 86_400));
        Subject announcement = open("SG13", DeadlineKind.MEETING_ANNOUNCEMENT, NOW.minusSeconds(86_400));
        Subject compileSg20 = open("SG20", DeadlineKind.COMMENT_COMPILATION, NOW.plusSeconds(3 * 86_400 + 3_600));
        Subject compileSg13 = open("SG13", DeadlineKind.COMMENT_COMPILATION, NOW.plusSeconds(86_400));
        Subject lastCall = open("SG20", DeadlineKind.LAST_CALL_CLOSE, NOW.plusSeconds(5 * 86_400));
        Subject consultation = open("SG3", DeadlineKind.CONSULTATION_CLOSE, NOW.plusSeconds(2 * 86_400));

        Document tsb = mine("tsb");
        assertThat(mineOf(tsb)).containsExactly(announcement.id(), circular.id());
        var overdue = tsb.selectFirst("tr[data-subject=" + announcement.id() + "]");
        assertThat(overdue.hasClass("overdue")).isTrue();
        assertThat(overdue.selectFirst(".days-left").text()).isEqualTo("Overdue");
        assertThat(tsb.selectFirst("tr[data-subject=" + circular.id() + "] .days-left").text()).isEqualTo("10");

        Document chair = mine("chair-sg20");
        assertThat(mineOf(chair)).containsExactly(compileSg20.id());
        assertThat(chair.selectFirst("tr[data-subject=" + compileSg20.id() + "]").attr("data-days-left")).isEqualTo("3");
        assertThat(chair.selectFirst("tr[data-subject=" + compileSg20.id() + "]").text()).contains("Comments to be compiled");

        assertThat(mineOf(mine("ms-fra"))).containsExactly(consultation.id(), lastCall.id());
        assertThat(mineOf(mine("sm-ericsson"))).containsExactly(lastCall.id());
        assertThat(mineOf(mine("as-sg20"))).containsExactly(lastCall.id());
    }

    @Test
    void aConsultationLeavesAMemberStatesListOnceItHasReplied() throws Exception {
        clock.set(Instant.parse("2027-01-11T09:00:00Z"));
        org.recflow.membership.Actor chairSg3 = new org.recflow.membership.Actor("chair-sg3", org.recflow.membership.Role.CHAIR, null, "SG3");
        long tap = approvals.start(chairSg3, new org.recflow.approval.Commands.StartApproval(org.recflow.approval.Procedure.TAP, "D.998",
                org.recflow.approval.Revision.NEW, "Replied or not", "SG3", List.of(), "s", "TD", java.time.LocalDate.parse("2027-01-08"),
                new org.recflow.approval.Commands.MeetingDates(java.time.LocalDate.parse("2027-06-21"), java.time.LocalDate.parse("2027-06-30")), null)).id();
        approvals.announceConsultation(org.recflow.support.Actors.TSB, tap, null);
        opened.add(new Subject("APPROVAL", tap, "D.998", "SG3"));
        String row = "#mine tr[data-subject=" + tap + "][data-kind=CONSULTATION_CLOSE]";
        assertThat(mine("ms-fra").select(row)).hasSize(1);

        approvals.reply(org.recflow.support.Actors.FRA, tap, "FRA", new org.recflow.approval.Commands.SubmitReply(
                org.recflow.consultation.Position.SUPPORT, null, null));

        assertThat(mine("ms-fra").select(row)).isEmpty();
        assertThat(mine("ms-deu").select(row)).hasSize(1);
    }
}
