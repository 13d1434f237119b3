package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.kernel.Subject;
import org.recflow.deadline.WaitingOn;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Words, not codes (issue 15 item 5): the pages name statuses, deadline kinds, who is waiting, outcome reasons, roles
 * and history entries from the bundle {@code i18n/pages} in the language of the menu ({@code ?lang=}, then a cookie)
 * or of {@code Accept-Language}; Arabic pages run right to left; a deadline on a day off also names the last working
 * day before it (Geneva holidays: Good Friday 26 and Easter Monday 29 March 2027).
 */
@SpringTest
class PageWordsTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final long FIRST_ID = 9_100_000;

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired DeadlineBook book;
    @Autowired ApprovalManagement approvals;

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

    Subject open(DeadlineKind kind, Instant dueAt) {
        Subject s = new Subject("APPROVAL", FIRST_ID + opened.size(), "ITU-T Z.W" + opened.size(), "SG20");
        opened.add(s);
        book.open(s, kind, dueAt);
        return s;
    }

    MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("tsb").password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
    }

    MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(signIn())).andExpect(status().isOk()).andReturn().getResponse();
    }

    static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void theDashboardNamesKindsAndWhoIsWaitingInTheBrowsersLanguage() throws Exception {
        Subject s = open(DeadlineKind.LAST_CALL_CLOSE, Instant.parse("2027-03-10T23:59:59Z"));
        var en = html(page(get("/dashboard").header("Accept-Language", "en-GB,en;q=0.9")))
                .selectFirst("tr[data-subject=" + s.id() + "]");
        assertThat(en.select("td").get(1).text()).isEqualTo("Last Call closes");
        assertThat(en.selectFirst("[data-waiting-on]").text()).isEqualTo("Member States and Sector Members");

        Document zh = html(page(get("/dashboard").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")));
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh");
        var row = zh.selectFirst("tr[data-subject=" + s.id() + "]");
        assertThat(row.attr("data-kind")).isEqualTo("LAST_CALL_CLOSE");
        assertThat(row.select("td").get(1).text()).isEqualTo("最后征询期截止");
        assertThat(row.selectFirst("[data-waiting-on]").text()).isEqualTo("成员国和部门成员");
        // a browser speaking a language recflow does not have gets English
        Document de = html(page(get("/dashboard").header("Accept-Language", "de-CH")));
        assertThat(de.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theLanguageMenuWinsOverAcceptLanguageIsRememberedAndArabicRunsRightToLeft() throws Exception {
        MockHttpServletResponse chosen = page(get("/dashboard").param("lang", "ar").header("Accept-Language", "zh"));
        Document ar = html(chosen);
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(ar.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.select("nav.lang a")).extracting(a -> a.attr("hreflang")).containsExactly("en", "zh", "fr", "es", "ru", "ar");
        assertThat(ar.selectFirst("nav.lang a[aria-current=true]").attr("lang")).isEqualTo("ar");
        Cookie remembered = chosen.getCookie("recflow-lang");
        assertThat(remembered).isNotNull();
        Document next = html(page(get("/dashboard").cookie(remembered).header("Accept-Language", "zh")));
        assertThat(next.selectFirst("html").attr("dir")).isEqualTo("rtl");
        // an unknown choice changes nothing
        Document unknown = html(page(get("/dashboard").param("lang", "xx").header("Accept-Language", "zh")));
        assertThat(unknown.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(unknown.selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void aDeadlineOnADayOffAlsoNamesTheLastWorkingDayBeforeIt() throws Exception {
        Subject easterMonday = open(DeadlineKind.TEXT_DISTRIBUTION, Instant.parse("2027-03-29T23:59:59Z"));
        Subject saturday = open(DeadlineKind.NOTIFICATION, Instant.parse("2027-03-06T23:59:59Z"));
        Subject tuesday = open(DeadlineKind.NOTIFICATION, Instant.parse("2027-03-30T23:59:59Z"));
        Document en = html(page(get("/dashboard").header("Accept-Language", "en")));
        // Easter Monday, the weekend and Good Friday are days off: Thursday 25 March
        assertThat(en.selectFirst("tr[data-subject=" + easterMonday.id() + "] .workday").text())
                .isEqualTo("a day off; last working day before it: Thursday 25 March 2027");
        assertThat(en.selectFirst("tr[data-subject=" + saturday.id() + "] .workday").text())
                .isEqualTo("a day off; last working day before it: Friday 5 March 2027");
        assertThat(en.selectFirst("tr[data-subject=" + tuesday.id() + "] .workday")).isNull();
        Document zh = html(page(get("/dashboard").header("Accept-Language", "zh")));
        assertThat(zh.selectFirst("tr[data-subject=" + saturday.id() + "] .workday").text()).startsWith("非工作日").contains("2027");
    }

    @Test
    void theApprovalPageNamesStatusHistoryAndRolesInWords() throws Exception {
        clock.set(Instant.parse("2027-01-11T09:00:00Z"));
        long id = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Z.9876", Revision.NEW,
                "A text to read in words", "SG20", List.of("Q2/20"), "Summary.", "SG20-TD9",
                LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, id, null);
        Document zh = html(page(get("/dashboard/approvals/" + id).header("Accept-Language", "zh")));
        assertThat(zh.selectFirst("#status").attr("data-status")).isEqualTo("LAST_CALL");
        assertThat(zh.selectFirst("#status").text()).isEqualTo("最后征询期中");
        assertThat(zh.select("#timeline [data-action]")).extracting(e -> e.text()).contains("申请批准", "宣布最后征询");
        assertThat(zh.selectFirst("#timeline").text()).contains("研究组主席");
        Document en = html(page(get("/dashboard/approvals/" + id).header("Accept-Language", "en")));
        assertThat(en.selectFirst("#status").text()).isEqualTo("In Last Call");
        assertThat(en.select("#timeline [data-action]")).extracting(e -> e.text())
                .contains("Approval requested", "Last Call announced");
        assertThat(en.selectFirst("#timeline").text()).doesNotContain("LAST_CALL_ANNOUNCED").contains("Study-group chairman");
    }

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PageWordsTest.class.getResourceAsStream("/i18n/pages" + suffix + ".properties")) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            p.load(in);
        }
        return p;
    }

    @Test
    void everyCodeHasItsWordsInEnglishChineseAndEveryBundleHasEveryKey() throws Exception {
        Properties en = bundle("");
        List<String> codes = new ArrayList<>();
        for (Object c : Class.forName("org.recflow.approval.ApprovalStatus").getEnumConstants()) {
            codes.add("status." + c);
        }
        for (DeadlineKind k : DeadlineKind.values()) {
            codes.add("deadline.kind." + k);
        }
        for (WaitingOn w : WaitingOn.values()) {
            codes.add("waiting." + w);
        }
        for (Role r : Role.values()) {
            codes.add("role." + r);
        }
        assertThat(en.stringPropertyNames()).containsAll(codes);
        Properties zh = bundle("_zh");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : codes) {
            if (!key.equals("waiting.TSB") && !key.equals("role.TSB")) {
                assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            }
        }
        for (String lang : List.of("_fr", "_es", "_ru", "_ar")) {
            assertThat(bundle(lang).stringPropertyNames()).as(lang).isEqualTo(en.stringPropertyNames());
        }
    }
}
