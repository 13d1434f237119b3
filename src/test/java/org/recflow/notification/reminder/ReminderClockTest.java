package org.recflow.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.MemberState;
import org.recflow.question.QuestionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reminders on the simulated clock (issue 17 §6): {@code PUT /api/sim/clock} runs the scan after the due timers,
 * so moving the clock past an instant fires what is due then, once, to those it concerns. No test sleeps.
 * <p>
 * Its own context and in-memory database, like {@code SimClockApiTest}: the simulated clock runs every due job.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "sim"})
@TestPropertySource(locations = "classpath:recflow-test.properties",
        properties = {"spring.datasource.url=jdbc:h2:mem:recflow-reminder-test;DB_CLOSE_DELAY=-1",
                "recflow.notifications.scan-cron=-"})
class ReminderClockTest {

    static final String QUESTION = """
            {"studyGroup":"SG20","question":"Q%d/20","title":"Digital identity for IoT devices",
             "textReference":"SG20-TD2001","policyImplications":true}""";
    static final String TAP = """
            {"procedure":"TAP","recommendation":"D.%d","revision":"REVISED","title":"International Internet connectivity",
             "studyGroup":"SG3","summary":"Principles for international Internet connectivity charging.",
             "textReference":"SG3-TD100","agreedOn":"2026-11-30","nextMeeting":{"start":"2027-04-06","end":"2027-04-15"}%s}""";
    static final String SUPPORT = "{\"position\":\"SUPPORT\"}";

    /** Every reminder event published in this context, from any thread. */
    static class Heard {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ReminderEvents.ReminderDue e) {
            events.add(e);
        }

        @EventListener
        void on(ReminderEvents.ActionDue e) {
            events.add(e);
        }
    }

    @TestConfiguration
    static class Listening {
        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Heard heard;
    @Autowired MemberRegistry registry;
    @Autowired ReminderScan scan;
    @Autowired JdbcClient jdbcClient;
    @Autowired ApprovalManagement approvals;
    @Autowired QuestionManagement questions;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ReminderProperties properties;

    static int number = 100;

    @BeforeEach
    void freshClock() {
        jdbc.update("DELETE FROM recflow.sim_clock");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T10:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user, String body)
            throws Exception {
        request.with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    JsonNode created(String path, String user, String body) throws Exception {
        return json.readTree(call(post(path), user, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    void moveClock(String iso) throws Exception {
        call(put("/api/sim/clock"), "tsb", "{\"now\":\"" + iso + "\"}").andExpect(status().isOk());
    }

    void reply(String path, String memberState) throws Exception {
        call(put(path + "/replies/" + memberState), "ms-" + memberState.toLowerCase(), SUPPORT).andExpect(status().is2xxSuccessful());
    }

    List<ReminderEvents.ReminderDue> reminders(String type, long id) {
        return heard.events.stream().filter(ReminderEvents.ReminderDue.class::isInstance).map(ReminderEvents.ReminderDue.class::cast)
                .filter(r -> r.subject().type().equals(type) && r.subject().id() == id).toList();
    }

    List<ReminderEvents.ActionDue> actions(long approvalId) {
        return heard.events.stream().filter(ReminderEvents.ActionDue.class::isInstance).map(ReminderEvents.ActionDue.class::cast)
                .filter(r -> r.subject().type().equals("APPROVAL") && r.subject().id() == approvalId).toList();
    }

    Set<String> allMemberStates() {
        return registry.memberStates().stream().map(MemberState::code).collect(Collectors.toSet());
    }

    static Set<String> to(List<ReminderEvents.ReminderDue> reminders, Duration before) {
        return reminders.stream().filter(r -> r.before().equals(before)).map(ReminderEvents.ReminderDue::memberState)
                .collect(Collectors.toSet());
    }

    @Test
    void aQuestionConsultationRemindsThoseWhoHaveNotRepliedSevenDaysAndOneDayBeforeItCloses() throws Exception {
        long id = created("/api/questions", "chair-sg20", QUESTION.formatted(number++)).get("id").asLong();
        String path = "/api/questions/" + id;
        Instant closes = Instant.parse("2027-01-30T23:59:59Z");
        reply(path, "FRA");

        moveClock("2027-01-23T23:59:58Z");
        assertThat(reminders("QUESTION", id)).isEmpty();

        moveClock("2027-01-23T23:59:59Z");
        List<ReminderEvents.ReminderDue> week = reminders("QUESTION", id);
        Set<String> expected = allMemberStates();
        expected.remove("FRA");
        assertThat(week).hasSize(expected.size());
        assertThat(to(week, Duration.ofDays(7))).isEqualTo(expected);
        assertThat(week).allSatisfy(r -> {
            assertThat(r.closesAt()).isEqualTo(closes);
            assertThat(r.studyGroup()).isEqualTo("SG20");
        });

        // the clock moves on and the scan runs again (here and on its schedule): nothing twice
        moveClock("2027-01-24T12:00:00Z");
        assertThat(scan.scan()).isZero();
        assertThat(reminders("QUESTION", id)).hasSize(expected.size());

        // a reply in between: that Member State gets no 1-day reminder
        reply(path, "DEU");
        moveClock("2027-01-29T23:59:58Z");
        assertThat(reminders("QUESTION", id)).hasSize(expected.size());
        moveClock("2027-01-29T23:59:59Z");
        expected.remove("DEU");
        assertThat(to(reminders("QUESTION", id), Duration.ofDays(1))).isEqualTo(expected);

        // closed: nothing more
        int before = reminders("QUESTION", id).size();
        moveClock("2027-02-02T00:00:00Z");
        assertThat(reminders("QUESTION", id)).hasSize(before);
    }

    @Test
    void aTapConsultationOfARegionalGroupRemindsThatGroupOnly() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T09:00:00Z")));
        long id = created("/api/approvals", "chair-sg3", TAP.formatted(number++, ",\"regionalGroup\":\"SG3RG-AFR\"")).get("id").asLong();
        moveClock("2027-01-06T08:00:00Z");
        JsonNode announced = json.readTree(call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Instant closes = Instant.parse(announced.get("consultation").get("closesAt").asText());
        reply("/api/approvals/" + id, "AGO");

        moveClock(closes.minus(Duration.ofDays(7)).toString());
        Set<String> expected = new java.util.TreeSet<>(registry.regionalGroup("SG3RG-AFR").orElseThrow());
        expected.remove("AGO");
        assertThat(expected).isNotEmpty().doesNotContain("FRA");
        assertThat(to(reminders("APPROVAL", id), Duration.ofDays(7))).isEqualTo(expected);
        assertThat(reminders("APPROVAL", id)).hasSize(expected.size());
    }

    @Test
    void aDeadlineOnTsbIsAnnouncedWhenItOpensTwoDaysBeforeAndWhenOverdueEachOnce() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T09:00:00Z")));
        long id = created("/api/approvals", "chair-sg3", TAP.formatted(number++, "")).get("id").asLong();
        assertThat(actions(id)).isEmpty();

        moveClock("2026-12-01T09:01:00Z");
        List<ReminderEvents.ActionDue> opened = actions(id);
        assertThat(opened).singleElement().satisfies(a -> {
            assertThat(a.moment()).isEqualTo("OPENED");
            assertThat(a.waitingOn()).isEqualTo("TSB");
            assertThat(a.deadlineKind()).isEqualTo("MEETING_ANNOUNCEMENT");
        });
        Instant due = opened.get(0).dueAt();

        moveClock(due.minus(Duration.ofDays(2)).minusSeconds(1).toString());
        assertThat(actions(id)).hasSize(1);
        moveClock(due.minus(Duration.ofDays(2)).toString());
        assertThat(actions(id)).extracting(ReminderEvents.ActionDue::moment).containsExactly("OPENED", "SOON");
        moveClock(due.toString());
        assertThat(actions(id)).hasSize(2);
        moveClock(due.plusSeconds(1).toString());
        moveClock(due.plusSeconds(3600).toString());
        assertThat(scan.scan()).isZero();
        assertThat(actions(id)).extracting(ReminderEvents.ActionDue::moment).containsExactly("OPENED", "SOON", "OVERDUE");
        assertThat(actions(id)).allSatisfy(a -> assertThat(a.dueAt()).isEqualTo(due));
    }

    @Test
    void twoNodesScanningAtOnceFireEachReminderOnce() throws Exception {
        long id = created("/api/questions", "chair-sg20", QUESTION.formatted(number++)).get("id").asLong();
        // the clock of both nodes at the 1-day instant, without the sim clock's own scan
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-29T23:59:59Z")));
        // a second node reading the same (simulated) clock
        ReminderScan secondNode = new ReminderScan(jdbcClient, engineClock(), approvals, questions, registry, publisher,
                transactions, properties);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(start, scan::scan));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(start, secondNode::scan));
        int fired = a.get() + b.get();

        Set<String> all = allMemberStates();
        assertThat(reminders("QUESTION", id)).hasSize(all.size());
        assertThat(to(reminders("QUESTION", id), Duration.ofDays(1))).isEqualTo(all);
        assertThat(fired).isGreaterThanOrEqualTo(all.size());
        // after a restart (a new scanner on the same table) nothing fires again
        assertThat(new ReminderScan(jdbcClient, engineClock(), approvals, questions, registry, publisher, transactions, properties)
                .scan()).isZero();
    }

    static java.time.Clock engineClock() {
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }

    static int awaitThen(CyclicBarrier barrier, java.util.function.IntSupplier work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.getAsInt();
    }
}
