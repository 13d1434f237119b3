package org.recflow.notification.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/announcements.atom} (issue 17 §5): the feed parsed back by Rome is Atom 1.0, newest first, with the
 * periods opened and the circulars issued, the same entry ids on every read, filtered by study group; an unknown study
 * group is a 400 problem, and the feed is for those signed in.
 */
@SpringTest
class AnnouncementFeedApiTest {

    static final String PREFIX = "tag:recflow.example.org,2026:";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString());
    }

    Feed read(String query) throws Exception {
        String xml = call(get("/api/announcements.atom" + query).accept("application/atom+xml"), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    static List<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }

    static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(e -> e.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + ids(feed)));
    }

    static List<String> terms(Entry e) {
        return e.getCategories().stream().map(Category::getTerm).toList();
    }

    @Test
    void theFeedListsPeriodsOpenedAndCircularsIssuedNewestFirstWithStableIdsAndFiltersByStudyGroup() throws Exception {
        // two TAP texts of SG11 announced by one circular on 2027-01-06, a Question of SG20 consulted on 2027-01-07
        clock.set("2026-12-01T09:00:00Z");
        List<Long> texts = new ArrayList<>();
        for (String rec : List.of("Q.3991", "Q.3992")) {
            texts.add(body(call(post("/api/approvals"), "chair-sg11", """
                    {"procedure":"TAP","recommendation":"%s","revision":"NEW","title":"Title of %s","studyGroup":"SG11",
                     "questions":["Q1/11"],"summary":"Summary of %s.","textReference":"SG11-TD-%s","agreedOn":"2026-11-30",
                     "nextMeeting":{"start":"2027-05-10","end":"2027-05-19"}}""".formatted(rec, rec, rec, rec))
                    .andExpect(status().isCreated())).get("id").asLong());
        }
        clock.set("2027-01-05T09:00:00Z");
        long circular = body(call(post("/api/circulars"), "tsb",
                "{\"kind\":\"TAP_CONSULTATION\",\"studyGroup\":\"SG11\",\"meetingStart\":\"2027-05-10\"}")
                .andExpect(status().isCreated())).get("id").asLong();
        clock.set("2027-01-06T10:00:00Z");
        call(post("/api/circulars/" + circular + "/issue"), "tsb", "{\"number\":\"TSB Circular 9711\",\"issuedOn\":\"2027-01-06\"}")
                .andExpect(status().isOk());
        clock.set("2027-01-07T10:00:00Z");
        long question = body(call(post("/api/questions"), "chair-sg20", """
                {"studyGroup":"SG20","question":"Q9/20","title":"Feeds for IoT devices","textReference":"SG20-TD2999",
                 "policyImplications":true}""").andExpect(status().isCreated())).get("id").asLong();
        clock.set("2027-01-08T10:00:00Z");

        Feed all = read("");
        assertThat(all.getFeedType()).isEqualTo("atom_1.0");
        assertThat(all.getId()).isEqualTo(PREFIX + "announcements");
        List<Date> updated = all.getEntries().stream().map(Entry::getUpdated).toList();
        assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(ids(all)).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith(PREFIX));

        Entry q = entry(all, PREFIX + "QUESTION-" + question + "/CONSULTATION_OPENED/2027-01-07T10:00:00Z");
        assertThat(q.getTitle()).startsWith("Consultation opened: ");
        assertThat(terms(q)).containsExactly("CONSULTATION_OPENED", "SG20");
        assertThat(q.getAlternateLinks().get(0).getHref()).endsWith("/api/questions/" + question);
        for (long t : texts) {
            Entry e = entry(all, PREFIX + "APPROVAL-" + t + "/CONSULTATION_OPENED/2027-01-06T10:00:00Z");
            assertThat(e.getSummary().getValue()).contains("2027-05-10").contains("Res. 1 §9.4.1");
        }
        Entry c = entry(all, PREFIX + "CIRCULAR-" + circular + "/ISSUED");
        assertThat(c.getTitle()).isEqualTo("TSB Circular 9711 issued");
        assertThat(terms(c)).containsExactly("ISSUED", "SG11");
        // newest first: the Question of the 7th before the circular of the 6th
        assertThat(ids(all).indexOf(q.getId())).isLessThan(ids(all).indexOf(c.getId()));

        // the same ids on a second read, a day later
        clock.set("2027-01-09T10:00:00Z");
        assertThat(ids(read(""))).isEqualTo(ids(all));

        Feed sg11 = read("?studyGroup=sg11");
        assertThat(sg11.getId()).isEqualTo(PREFIX + "announcements/SG11");
        assertThat(sg11.getEntries()).isNotEmpty().allSatisfy(e -> assertThat(terms(e)).contains("SG11"));
        assertThat(ids(sg11)).contains(c.getId()).doesNotContain(q.getId());
        assertThat(ids(read("?studyGroup=SG20"))).contains(q.getId()).doesNotContain(c.getId());
    }

    @Test
    void anUnknownStudyGroupIsABadRequestAndTheFeedIsForThoseSignedIn() throws Exception {
        call(get("/api/announcements.atom?studyGroup=SG99").accept("application/atom+xml"), "ms-fra", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.field").value("studyGroup"));
        call(get("/api/announcements.atom"), null, null).andExpect(status().isUnauthorized());
    }
}
