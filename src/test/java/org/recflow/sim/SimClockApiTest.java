package org.recflow.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/sim/clock} of api.md in the {@code sim} profile: read, move forward (never back), the timers
 * that fall due run before the answer, and the simulated "now" is kept in {@code recflow.sim_clock}.
 * <p>
 * Its own context, on its own in-memory database: the simulated clock runs every due job of the engine,
 * and must not fire the timers other test classes leave behind in the shared test database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "sim"})
@TestPropertySource(locations = "classpath:recflow-test.properties",
        properties = "spring.datasource.url=jdbc:h2:mem:recflow-sim-test;DB_CLOSE_DELAY=-1")
class SimClockApiTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""";

    /** Where every test starts: before each time the tests put. */
    static final Instant BASE = Instant.parse("2027-01-01T00:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void freshClock() {
        jdbc.update("DELETE FROM recflow.sim_clock");
        ClockUtil.setCurrentTime(Date.from(BASE));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
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

    ResultActions moveTo(String iso) throws Exception {
        return call(put("/api/sim/clock"), "ms-fra", "{\"now\":\"" + iso + "\"}");
    }

    static ResultActions refused(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    Instant stored() {
        List<OffsetDateTime> rows = jdbc.queryForList("SELECT now FROM recflow.sim_clock WHERE id = 1", OffsetDateTime.class);
        assertThat(rows).hasSize(1);
        return rows.get(0).toInstant();
    }

    org.springframework.mock.web.MockHttpSession signIn(String user) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(user).password("demo")).andReturn().getRequest().getSession();
    }

    /** The dashboard's clock control (issue 15): TSB sees the simulated now and moves it with a form, as PUT does. */
    @Test
    void tsbMovesTheClockFromTheDashboard() throws Exception {
        var tsb = signIn("tsb");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/dashboard").session(tsb))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("sim-now").attr("data-now")).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(page.getElementById("clock-form").attr("action")).isEqualTo("/dashboard/sim/clock");
        assertThat(page.select("#clock-form input[name=_csrf]")).hasSize(1);
        var moved = mvc.perform(post("/dashboard/sim/clock").session(tsb)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("now", "2027-01-05T09:00")).andExpect(status().isFound()).andReturn();
        assertThat(moved.getFlashMap().get("clockMoved")).isEqualTo(0);
        assertThat(stored()).isEqualTo("2027-01-05T09:00:00Z");
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo("2027-01-05T09:00:00Z");
        // the redirect's page says so and shows the new now
        org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(mvc.perform(get("/dashboard").session(tsb))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(shown.getElementById("clock-moved")).isNotNull();
        assertThat(shown.getElementById("sim-now").attr("data-now")).isEqualTo("2027-01-05T09:00:00Z");
        // back in time: refused with its words on the dashboard, nothing moved
        var back = mvc.perform(post("/dashboard/sim/clock").session(tsb)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("now", "2027-01-04T09:00:00")).andExpect(status().isFound()).andReturn();
        assertThat((String) back.getFlashMap().get("clockRefused")).contains("only moves forward");
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(mvc.perform(get("/dashboard").session(tsb))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.getElementById("clock-refused").text()).contains("only moves forward");
        assertThat(stored()).isEqualTo("2027-01-05T09:00:00Z");
        // not a date: refused; a chairman has no clock control and may not post to it
        var garbled = mvc.perform(post("/dashboard/sim/clock").session(tsb)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("now", "soon")).andExpect(status().isFound()).andReturn();
        assertThat((String) garbled.getFlashMap().get("clockRefused")).contains("not a date");
        var chair = signIn("chair-sg20");
        org.jsoup.nodes.Document chairs = org.jsoup.Jsoup.parse(mvc.perform(get("/dashboard").session(chair))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(chairs.getElementById("sim-clock")).isNull();
        mvc.perform(post("/dashboard/sim/clock").session(chair)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("now", "2027-01-06T09:00")).andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo("2027-01-05T09:00:00Z");
    }

    @Test
    void readsTheClock() throws Exception {
        call(get("/api/sim/clock"), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.now").value("2027-01-01T00:00:00Z"));
    }

    @Test
    void movesTheClockForward() throws Exception {
        moveTo("2027-01-05T09:00:00Z")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2027-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.timersFired").value(0));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo("2027-01-05T09:00:00Z");
        call(get("/api/sim/clock"), "sm-ericsson", null).andExpect(jsonPath("$.now").value("2027-01-05T09:00:00Z"));
        // to the same moment is no move back
        moveTo("2027-01-05T09:00:00Z").andExpect(status().isOk()).andExpect(jsonPath("$.timersFired").value(0));
        // any signed-in account may move it
        call(put("/api/sim/clock"), "tsb", "{\"now\":\"2027-01-06T09:00:00+02:00\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.now").value("2027-01-06T07:00:00Z"));
        assertThat(stored()).isEqualTo("2027-01-06T07:00:00Z");
    }

    @Test
    void neverMovesBack() throws Exception {
        moveTo("2027-01-05T09:00:00Z").andExpect(status().isOk());
        refused(moveTo("2027-01-05T08:59:59Z"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("now"));
        call(get("/api/sim/clock"), "ms-fra", null).andExpect(jsonPath("$.now").value("2027-01-05T09:00:00Z"));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo("2027-01-05T09:00:00Z");
        assertThat(stored()).isEqualTo("2027-01-05T09:00:00Z");
    }

    @Test
    void refusesTheUnauthenticated() throws Exception {
        refused(call(get("/api/sim/clock"), null, null), 401, "UNAUTHENTICATED").andExpect(header().exists("WWW-Authenticate"));
        refused(call(put("/api/sim/clock"), null, "{\"now\":\"2027-01-05T09:00:00Z\"}"), 401, "UNAUTHENTICATED");
        refused(mvc.perform(put("/api/sim/clock").with(httpBasic("ms-fra", "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"now\":\"2027-01-05T09:00:00Z\"}")), 401, "UNAUTHENTICATED");
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(BASE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recflow.sim_clock", Integer.class)).isZero();
    }

    @Test
    void refusesMalformedMoves() throws Exception {
        refused(moveTo("next tuesday"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("now"));
        refused(moveTo("2027-01-05"), 400, "INVALID_REQUEST");
        refused(moveTo("2027-13-05T09:00:00Z"), 400, "INVALID_REQUEST");
        refused(call(put("/api/sim/clock"), "ms-fra", "{}"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("now"));
        refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":null}"), 400, "INVALID_REQUEST");
        refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":\"2027-01-05T09:00:00Z\",\"speed\":2}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("speed"));
        refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":"), 400, "INVALID_REQUEST");
        refused(call(put("/api/sim/clock"), "ms-fra", ""), 400, "INVALID_REQUEST");
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(BASE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recflow.sim_clock", Integer.class)).isZero();
    }

    /** api.md, "Strict input": a key given twice, anything after the document, an instant outside 1900-2999. */
    @Test
    void refusesAmbiguousMovesAndInstantsOutsideTheYears1900To2999() throws Exception {
        refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":\"2027-01-05T09:00:00Z\",\"now\":\"2027-02-05T09:00:00Z\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("now"));
        refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":\"2027-01-05T09:00:00Z\"} {\"now\":\"2027-02-05T09:00:00Z\"}"),
                400, "INVALID_REQUEST");
        refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":\"2027-01-05T09:00:00Z\"}]"), 400, "INVALID_REQUEST");
        refused(moveTo("+999999999-01-01T00:00:00Z"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("now"))
                .andExpect(jsonPath("$.detail").value(containsString("1900-2999")));
        refused(moveTo("3000-01-01T00:00:00Z"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("now"));
        // numbers are read as seconds since 1970 by Jackson: the same years apply, and no number makes a 500
        for (String n : List.of("99999999999999", "-1e20", "1e300", "1e309", "-9223372036854775809")) {
            refused(call(put("/api/sim/clock"), "ms-fra", "{\"now\":" + n + "}"), 400, "INVALID_REQUEST")
                    .andExpect(jsonPath("$.field").value("now"));
        }
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(BASE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recflow.sim_clock", Integer.class)).isZero();
    }

    /** An AAP Last Call, all over HTTP, closed by the simulated clock: approved without comment. */
    @Test
    void theLastCallClosesWhenTheClockPassesIt() throws Exception {
        moveTo("2027-01-11T09:00:00Z").andExpect(status().isOk());
        String created = call(post("/api/approvals"), "chair-sg20", START)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.createdAt").value("2027-01-11T09:00:00Z"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        moveTo("2027-01-18T08:00:00Z").andExpect(status().isOk()).andExpect(jsonPath("$.timersFired").value(0));
        call(post("/api/approvals/" + id + "/last-call"), "tsb", "{\"announcedOn\":\"2027-01-18\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LAST_CALL"))
                .andExpect(jsonPath("$.lastCall.closesAt").value("2027-02-15T23:59:59Z"));

        // the last second of the Last Call: nothing due yet
        moveTo("2027-02-15T23:59:59Z").andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2027-02-15T23:59:59Z"))
                .andExpect(jsonPath("$.timersFired").value(0));
        call(get("/api/approvals/" + id), "tsb", null).andExpect(jsonPath("$.status").value("LAST_CALL"));

        moveTo("2027-02-16T00:00:00Z").andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2027-02-16T00:00:00Z"))
                .andExpect(jsonPath("$.timersFired", greaterThanOrEqualTo(1)));
        call(get("/api/approvals/" + id), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.outcomeReason").value("NO_COMMENT_IN_LAST_CALL"))
                .andExpect(jsonPath("$.history[?(@.action == 'LAST_CALL_CLOSED')]").isNotEmpty());

        // the simulated "now" is kept for a restart
        assertThat(stored()).isEqualTo("2027-02-16T00:00:00Z");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recflow.sim_clock", Integer.class)).isOne();
    }
}
