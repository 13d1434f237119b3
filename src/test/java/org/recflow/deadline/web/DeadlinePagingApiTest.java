package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.kernel.Subject;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/deadlines} a page at a time: the Link to the next page, the limit's edges, cursors that are not ours,
 * and reading every page while deadlines open and close between the reads. The deadlines here belong to a study group
 * of their own (SG-PAGE) and lie in 2091, after everything other tests store; they are closed again afterwards.
 */
@SpringTest
class DeadlinePagingApiTest {

    static final String SG = "SG-PAGE";
    static final Instant NOW = Instant.parse("2091-01-01T12:00:00Z");
    static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired DeadlineBook book;
    @Autowired ObjectMapper json;

    final List<Subject> opened = new ArrayList<>();
    long nextId = 9_100_000;

    @BeforeEach
    void setClock() {
        clock.set(NOW);
    }

    @AfterEach
    void closeAndReset() {
        opened.forEach(book::closeAll);
        clock.reset();
    }

    Subject open(Instant dueAt) {
        Subject s = new Subject("APPROVAL", nextId++, "ITU-T Z.P" + opened.size(), SG);
        opened.add(s);
        book.open(s, DeadlineKind.LAST_CALL_CLOSE, dueAt);
        return s;
    }

    record Page(List<JsonNode> rows, String next) {
        List<Long> ids() {
            return rows.stream().map(r -> r.get("subjectId").asLong()).toList();
        }
    }

    Page read(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic("tsb", "demo"))).andExpect(status().isOk()).andReturn();
        List<JsonNode> rows = new ArrayList<>();
        json.readTree(r.getResponse().getContentAsString()).forEach(rows::add);
        String link = r.getResponse().getHeader("Link");
        String next = null;
        if (link != null) {
            Matcher m = NEXT.matcher(link);
            assertThat(m.matches()).as("Link: %s", link).isTrue();
            next = m.group(1);
        }
        return new Page(rows, next);
    }

    Page first(String query) throws Exception {
        return read(get("/api/deadlines?" + query));
    }

    Page follow(Page p) throws Exception {
        return read(get(URI.create(p.next())));
    }

    @Test
    void everyPageIsReadOnceWhileDeadlinesOpenAndCloseBetweenTheReads() throws Exception {
        // 30 deadlines on 6 instants, 5 on each: pages of 4 end in the middle of an instant's ties
        for (int i = 0; i < 30; i++) {
            open(NOW.plusSeconds(86_400L * (1 + i / 5)));
        }
        List<Subject> initial = List.copyOf(opened);
        Set<Long> closedBeforeRead = new HashSet<>();
        Set<Long> openedLater = new HashSet<>();
        Map<Long, Integer> seen = new HashMap<>();
        List<Instant> order = new ArrayList<>();

        Page page = first("studyGroup=sg-page&limit=4");
        int pages = 0;
        while (true) {
            pages++;
            for (JsonNode row : page.rows()) {
                assertThat(row.get("studyGroup").asText()).isEqualTo(SG); // the filter holds on every page
                seen.merge(row.get("subjectId").asLong(), 1, Integer::sum);
                order.add(Instant.parse(row.get("dueAt").asText()));
            }
            if (page.next() == null) {
                break;
            }
            assertThat(page.rows()).hasSize(4);
            // between two reads: one read already closes, one not yet read closes, one opens behind the reader (at an
            // instant already passed, it is not seen), one opens ahead of it, one opens tied with the last row read
            long firstRead = page.ids().get(0);
            Instant lastDue = Instant.parse(page.rows().get(3).get("dueAt").asText());
            initial.stream().filter(s -> s.id() == firstRead).findFirst().ifPresent(book::closeAll);
            initial.stream().filter(s -> !seen.containsKey(s.id()) && !closedBeforeRead.contains(s.id())).skip(2).findFirst()
                    .ifPresent(s -> {
                        book.closeAll(s);
                        closedBeforeRead.add(s.id());
                    });
            open(NOW.plusSeconds(3_600));
            openedLater.add(open(NOW.plusSeconds(86_400L * 10)).id());
            openedLater.add(open(lastDue).id()); // a higher id on the same instant: after the cursor
            page = follow(page);
        }

        assertThat(pages).isGreaterThan(5);
        assertThat(seen.values()).as("no deadline twice").allMatch(n -> n == 1);
        for (Subject s : initial) {
            if (!closedBeforeRead.contains(s.id())) {
                assertThat(seen).as("open throughout, never skipped: %s", s.id()).containsKey(s.id());
            }
        }
        assertThat(seen.keySet()).doesNotContainAnyElementsOf(closedBeforeRead);
        assertThat(seen.keySet()).containsAll(openedLater); // opened ahead of the reader: found on a later page
        assertThat(order).isSorted();
    }

    @Test
    void theDefaultLimitIs500AndTheLastPageHasNoLink() throws Exception {
        for (int i = 0; i < 501; i++) {
            open(NOW.plusSeconds(86_400L + i));
        }
        Page full = first("studyGroup=" + SG);
        assertThat(full.rows()).hasSize(DeadlineController.DEFAULT_LIMIT);
        assertThat(full.next()).contains("limit=500").contains("studyGroup=" + SG).contains("cursor=");
        Page rest = follow(full);
        assertThat(rest.rows()).hasSize(1);
        assertThat(rest.next()).isNull();
        assertThat(rest.ids().get(0)).isEqualTo(opened.get(500).id());

        // exactly as many as the limit: one page, no link
        Page exact = first("studyGroup=" + SG + "&limit=501");
        assertThat(exact.rows()).hasSize(501);
        assertThat(exact.next()).isNull();
        // the smallest and the largest page
        Page one = first("studyGroup=" + SG + "&limit=1");
        assertThat(one.ids()).containsExactly(opened.get(0).id());
        assertThat(follow(one).ids()).containsExactly(opened.get(1).id());
        assertThat(first("studyGroup=" + SG + "&limit=5000").rows()).hasSize(501);
    }

    @Test
    void aLimitOutOfRangeIsRefusedNamingIt() throws Exception {
        for (String bad : List.of("0", "5001", "-1", "abc", "", "1.5", "99999999999")) {
            mvc.perform(get("/api/deadlines").param("limit", bad).with(httpBasic("tsb", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                    .andExpect(jsonPath("$.field").value("limit"));
        }
    }

    @Test
    void aCursorThatIsNotOneOfOursOrBelongsToAnotherQueryIsRefused() throws Exception {
        open(NOW.plusSeconds(86_400));
        open(NOW.plusSeconds(2 * 86_400));
        Page p = first("studyGroup=" + SG + "&within=P30D&limit=1");
        String cursor = p.next().substring(p.next().indexOf("cursor=") + 7);
        List<String> bad = List.of("!!!", "abc", Base64.getUrlEncoder().encodeToString("d1~x~1~~~y".getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().encodeToString("d9~2091-01-02T12:00:00Z~1~~~2091-01-31T12:00:00Z".getBytes(StandardCharsets.UTF_8)),
                cursor.substring(0, cursor.length() - 3));
        for (String c : bad) {
            mvc.perform(get("/api/deadlines").param("studyGroup", SG).param("within", "P30D").param("cursor", c)
                            .with(httpBasic("tsb", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                    .andExpect(jsonPath("$.field").value("cursor"));
        }
        // the cursor carries its query: another study group or horizon is refused, the same one is served
        for (String other : List.of("studyGroup=SG20&within=P30D", "studyGroup=" + SG + "&within=P60D", "studyGroup=" + SG)) {
            mvc.perform(get("/api/deadlines?" + other + "&cursor=" + cursor).with(httpBasic("tsb", "demo")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cursor"));
        }
        assertThat(read(get("/api/deadlines?studyGroup=sg-page&within=P30D&cursor=" + cursor)).ids())
                .containsExactly(opened.get(1).id());
    }

    @Test
    void theHorizonOfTheFirstPageHoldsForTheWholeReading() throws Exception {
        Subject inside = open(NOW.plusSeconds(86_400));
        Subject nearEdge = open(NOW.plusSeconds(2 * 86_400 + 3_600));
        Page p = first("studyGroup=" + SG + "&within=P2D&limit=1");
        assertThat(p.ids()).containsExactly(inside.id());
        assertThat(p.next()).isNull(); // the second lies beyond two days
        Page q = first("studyGroup=" + SG + "&within=P3D&limit=1");
        clock.set(NOW.plusSeconds(30 * 86_400)); // time passes while the client reads: the range stays that of page one
        open(NOW.plusSeconds(2 * 86_400 + 7_200));
        Page rest = follow(q);
        assertThat(rest.ids()).containsExactly(nearEdge.id());
        assertThat(follow(rest).ids()).containsExactly(opened.get(2).id());
    }
}
