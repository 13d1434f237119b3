package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.kernel.Subject;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringTest
class DeadlineCalendarApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApprovalManagement approvals;
    @Autowired DeadlineBook book;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void servesEachOpenDeadlineAsAStableEvent() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW,
                "Calendar feed test", "SG20", List.of(), "summary", "TD1", LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, id, null);
        Deadline lastCall = book.openFor("APPROVAL", id).stream().filter(d -> d.kind() == DeadlineKind.LAST_CALL_CLOSE)
                .findFirst().orElseThrow();
        clock.set("2027-01-20T10:15:30Z");

        // the JSON list says when the Last Call closes
        String rows = mvc.perform(get("/api/deadlines?studyGroup=SG20&limit=5000").with(httpBasic("ms-fra", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String dueAt = null;
        for (JsonNode row : json.readTree(rows)) {
            if (row.get("subjectId").asLong() == id && "LAST_CALL_CLOSE".equals(row.get("kind").asText())) {
                dueAt = row.get("dueAt").asText();
            }
        }
        assertThat(dueAt).isEqualTo("2027-02-08T23:59:59Z");

        MvcResult answer = mvc.perform(get("/api/deadlines.ics?studyGroup=sg20&within=P60D").with(httpBasic("ms-fra", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn();
        assertThat(answer.getResponse().getContentType()).containsIgnoringCase("charset=utf-8");
        Calendar feed = parse(answer);
        assertThat(feed.getProperty(Property.PRODID).map(Property::getValue)).contains("-//recflow//deadlines//EN");
        assertThat(feed.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(feed.getProperty(Property.CALSCALE).map(Property::getValue)).contains("GREGORIAN");
        assertThat(feed.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("recflow deadlines");

        String uid = "deadline-" + lastCall.id() + "@recflow";
        VEvent event = event(feed, uid).orElseThrow(() -> new AssertionError("no VEVENT " + uid));
        assertThat(value(event, Property.DTSTART)).isEqualTo(ical(Instant.parse(dueAt))).isEqualTo("20270208T235959Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270208T235959Z");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270120T101530Z");
        assertThat(value(event, Property.SUMMARY)).startsWith("Last Call closes – ").contains("ITU-T Y.4480 (new)");
        assertThat(value(event, Property.DESCRIPTION)).contains("Members").contains("Geneva").contains("9 February 2027, 00:59:59 CET")
                .contains("2027-02-08T23:59:59Z");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");

        // a second request: the same event, under the same UID
        Calendar again = parse(mvc.perform(get("/api/deadlines.ics").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn());
        assertThat(event(again, uid)).isPresent();
        assertThat(value(event(again, uid).get(), Property.DTSTART)).isEqualTo("20270208T235959Z");

        // the filters of /api/deadlines: another study group, or a horizon before the close, leaves it out
        assertThat(event(parse(mvc.perform(get("/api/deadlines.ics?studyGroup=SG13").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn()), uid)).isEmpty();
        assertThat(event(parse(mvc.perform(get("/api/deadlines.ics?within=P1D").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn()), uid)).isEmpty();
        // nothing open in a study group: still a calendar (without events), never an error
        Calendar none = parse(mvc.perform(get("/api/deadlines.ics?studyGroup=SG99").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn());
        assertThat(none.getComponents()).isEmpty();
        assertThat(none.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("recflow deadlines");
    }

    /** RFC 5545 §3.1: lines of at most 75 octets, folded between characters, which a strict parser unfolds as sent. */
    @Test
    void foldsLongLinesAt75OctetsNeverInsideACharacter() throws Exception {
        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING)).as("strict parsing").isFalse();
        assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING)).as("strict unfolding").isFalse();
        clock.set("2027-01-11T09:00:00Z");
        // 3 octets a character: ical4j's own folding, by characters, made lines of up to 225 octets of this
        String title = "物联网和智慧城市的数字孪生参考模型：术语、架构与互操作性要求（第二版）".repeat(3) + " 😀 é";
        long id = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4481", Revision.NEW,
                title, "SG20", List.of(), "摘要", "TD1", LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, id, null);
        Deadline lastCall = book.openFor("APPROVAL", id).stream().filter(d -> d.kind() == DeadlineKind.LAST_CALL_CLOSE)
                .findFirst().orElseThrow();

        byte[] body = mvc.perform(get("/api/deadlines.ics?studyGroup=SG20").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        int start = 0;
        int lines = 0;
        int folded = 0;
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                byte[] line = java.util.Arrays.copyOfRange(body, start, i);
                assertThat(line.length).as("octets of line %d", lines).isLessThanOrEqualTo(75);
                // each physical line is whole UTF-8 on its own: no fold fell inside a character
                String text = ContentLinesTest.decodeStrictly(line);
                folded += text.startsWith(" ") ? 1 : 0;
                lines++;
                start = i + 2;
                i++;
            }
        }
        assertThat(start).as("the feed ends with CRLF").isEqualTo(body.length);
        assertThat(folded).as("continuation lines").isGreaterThan(3);

        Calendar feed = new CalendarBuilder().build(new StringReader(new String(body, StandardCharsets.UTF_8)));
        VEvent event = event(feed, "deadline-" + lastCall.id() + "@recflow").orElseThrow();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Last Call closes – " + lastCall.subject()).contains(title);
        assertThat(value(event, Property.DESCRIPTION)).endsWith(lastCall.subject());
    }

    @Test
    void aMovedDeadlineKeepsItsUidAndRaisesItsSequence() throws Exception {
        clock.set("2027-03-01T09:00:00Z");
        Subject subject = new Subject("TEST", ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
                "test subject, moved", "SG20");
        book.open(subject, DeadlineKind.NOTIFICATION, Instant.parse("2027-03-15T23:59:59Z"));
        Deadline opened = book.openFor("TEST", subject.id()).get(0);
        String uid = "deadline-" + opened.id() + "@recflow";

        VEvent before = event(feed(), uid).orElseThrow(() -> new AssertionError("no VEVENT " + uid));
        assertThat(value(before, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(before, Property.DTSTART)).isEqualTo("20270315T235959Z");
        assertThat(value(before, Property.SUMMARY)).isEqualTo("Notification of the result due – test subject, moved");

        book.open(subject, DeadlineKind.NOTIFICATION, Instant.parse("2027-03-29T23:59:59Z"));

        VEvent after = event(feed(), uid).orElseThrow(() -> new AssertionError("the moved deadline lost its VEVENT " + uid));
        assertThat(value(after, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(after, Property.DTSTART)).isEqualTo("20270329T235959Z");
        book.close(subject, DeadlineKind.NOTIFICATION);
        assertThat(event(feed(), uid)).isEmpty();
    }

    @Test
    void refusesAnInvalidHorizonAndStrangers() throws Exception {
        mvc.perform(get("/api/deadlines.ics?within=soon").with(httpBasic("tsb", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.field").value("within"));
        // a calendar client asks for text/calendar, and still gets the problem document
        mvc.perform(get("/api/deadlines.ics?within=-P1D").accept("text/calendar").with(httpBasic("tsb", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("within"));
        mvc.perform(get("/api/deadlines.ics"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/deadlines.ics").with(httpBasic("tsb", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    private Calendar feed() throws Exception {
        return parse(mvc.perform(get("/api/deadlines.ics").with(httpBasic("tsb", "demo"))).andExpect(status().isOk()).andReturn());
    }

    private static Calendar parse(MvcResult result) throws Exception {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Optional<VEvent> event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).map(Property::getValue).filter(uid::equals).isPresent())
                .findFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("the event has no " + property));
    }

    private static String ical(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "");
    }
}
