package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.kernel.Subject;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's three sections (overdue, this week, later) at their edges, and the cap that keeps the page a page
 * when the store holds thousands of open deadlines. The deadlines here lie in 2090, after everything other tests
 * store, and are closed again afterwards.
 */
@SpringTest
class DashboardPageTest {

    static final Instant NOW = Instant.parse("2090-06-01T12:00:00Z");
    static final long FIRST_ID = 9_000_000;

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired DeadlineBook book;

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

    Subject open(String sg, Instant dueAt) {
        Subject s = new Subject("APPROVAL", FIRST_ID + opened.size(), "ITU-T Z.T" + opened.size(), sg);
        opened.add(s);
        book.open(s, DeadlineKind.LAST_CALL_CLOSE, dueAt);
        return s;
    }

    Document page(String query) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("tsb").password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
        String html = mvc.perform(get("/dashboard" + query).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    static String sectionOf(Document page, Subject s) {
        var row = page.selectFirst("tr[data-subject=" + s.id() + "]");
        return row == null ? null : row.closest("section").id();
    }

    @Test
    void aDeadlineIsOverdueOneSecondAfterItsLastSecondAndThisWeekUpToSevenDaysAhead() throws Exception {
        // SG2: a study group no other test opens deadlines for, so that other suites' overdue rows sharing this
        // database never push these off a section's 200 soonest
        Subject closedASecondAgo = open("SG2", NOW.minusSeconds(1));
        Subject closesNow = open("SG2", NOW);
        Subject inSevenDays = open("SG2", NOW.plusSeconds(7 * 86_400));
        Subject aSecondLater = open("SG2", NOW.plusSeconds(7 * 86_400 + 1));

        Document page = page("?studyGroup=SG2");

        assertThat(sectionOf(page, closedASecondAgo)).isEqualTo("overdue");
        assertThat(page.selectFirst("tr[data-subject=" + closedASecondAgo.id() + "]").hasClass("overdue")).isTrue();
        assertThat(sectionOf(page, closesNow)).isEqualTo("week");
        assertThat(sectionOf(page, inSevenDays)).isEqualTo("week");
        assertThat(sectionOf(page, aSecondLater)).isEqualTo("later");
        assertThat(page.selectFirst("#later .count").text()).isEqualTo("(1)");
        assertThat(page.select("p.more")).isEmpty();
    }

    @Test
    void aSectionShowsItsSoonestRowsAndSaysHowManyMoreThereAre() throws Exception {
        int many = DashboardController.ROWS_PER_GROUP + 1;
        for (int i = many; i > 0; i--) { // stored latest first: the page must sort, not rely on insertion order
            open("SG13", NOW.plusSeconds(30L * 86_400 + i));
        }
        Subject otherGroup = open("SG20", NOW.plusSeconds(30L * 86_400));

        Document all = page("");
        assertThat(all.selectFirst("#later .count").text()).isEqualTo("(202)");
        assertThat(all.select("#later tbody tr")).hasSize(DashboardController.ROWS_PER_GROUP);
        assertThat(sectionOf(all, otherGroup)).isEqualTo("later"); // the soonest of all is shown first
        assertThat(all.selectFirst("#later tbody tr").attr("data-subject")).isEqualTo(String.valueOf(otherGroup.id()));
        assertThat(all.selectFirst("#later p.more").text()).contains("200 soonest of 202");

        Document sg13 = page("?studyGroup=SG13");
        assertThat(sg13.selectFirst("#later .count").text()).isEqualTo("(201)");
        assertThat(sg13.select("#later tbody tr")).hasSize(DashboardController.ROWS_PER_GROUP);
        // the latest one is the row left out
        assertThat(sg13.select("tr[data-subject=" + opened.get(0).id() + "]")).isEmpty();
        assertThat(sectionOf(sg13, opened.get(1))).isEqualTo("later");
    }

    @Test
    void aSliceCountsItsWholeRangeAndKeepsItsBounds() {
        Instant t = NOW.plusSeconds(400L * 86_400);
        Subject atLowerBound = open("SG11", t);
        Subject inside = open("SG11", t.plusSeconds(1));
        Subject atUpperBound = open("SG11", t.plusSeconds(2));
        open("SG11", t.plusSeconds(3));

        DeadlineBook.Slice slice = book.open("SG11", t, t.plusSeconds(2), 10, 100);
        assertThat(slice.first()).extracting(Deadline::subjectId).containsExactly(inside.id(), atUpperBound.id());
        assertThat(slice.total()).isEqualTo(2);
        assertThat(slice.exact()).isTrue();
        assertThat(slice.truncated()).isFalse();

        DeadlineBook.Slice one = book.open("SG11", t.minusSeconds(1), t.plusSeconds(3), 1, 100);
        assertThat(one.first()).extracting(Deadline::subjectId).containsExactly(atLowerBound.id());
        assertThat(one.total()).isEqualTo(4);
        assertThat(one.exact()).isTrue();
        assertThat(one.truncated()).isTrue();

        // counting stops at countUpTo: 4 in the range, counted up to 3, so "3 or more"
        DeadlineBook.Slice capped = book.open("SG11", t.minusSeconds(1), t.plusSeconds(3), 1, 3);
        assertThat(capped.total()).isEqualTo(3);
        assertThat(capped.exact()).isFalse();
        // counted up to exactly the range's size: exact only below the cap
        DeadlineBook.Slice atCap = book.open("SG11", t.minusSeconds(1), t.plusSeconds(3), 1, 4);
        assertThat(atCap.total()).isEqualTo(4);
        assertThat(atCap.exact()).isFalse();
        DeadlineBook.Slice underCap = book.open("SG11", t.minusSeconds(1), t.plusSeconds(3), 1, 5);
        assertThat(underCap.exact()).isTrue();
    }
}
