package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The meeting outcome over REST: Member State codes and Sector Member ids in its body are matched exactly (api.md,
 * "Strict input"), and its history entry names every reservation with its member and note.
 */
@SpringTest
class MeetingOutcomeApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApprovalManagement approvals;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ResultActions outcome(long id, String body) throws Exception {
        return mvc.perform(post("/api/approvals/" + id + "/meeting-outcome").with(httpBasic("chair-sg20", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions refused(long id, String body, String field) throws Exception {
        return outcome(id, body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void codesInTheBodyAreMatchedExactly() throws Exception {
        long id = new AapFixture(approvals, clock).meetingAnnounced();
        clock.set("2027-04-21T16:00:00Z");
        refused(id, "{\"objections\":[\"fra\"]}", "objections");
        refused(id, "{\"objections\":[\"Fra\"]}", "objections");
        refused(id, "{\"objections\":[\"FR \"]}", "objections");
        // look-alikes that toUpperCase or equalsIgnoreCase would fold: Turkish dotless i, the Kelvin sign, long s
        refused(id, "{\"objections\":[\"\u0131TA\"]}", "objections");
        refused(id, "{\"abstentions\":[\"\u212AEN\"]}", "abstentions");
        refused(id, "{\"moreTimeRequestedBy\":[\"\u017FWE\"]}", "moreTimeRequestedBy");
        refused(id, "{\"policyImplicationsRaisedBy\":\"chn\"}", "policyImplicationsRaisedBy");
        refused(id, "{\"reservations\":[{\"member\":\"deu\",\"note\":\"x\"}]}", "reservations");
        refused(id, "{\"reservations\":[{\"member\":\"no\u212Aia\",\"note\":\"x\"}]}", "reservations");
        refused(id, "{\"reservations\":[{\"member\":\"NOKIA\",\"note\":\"x\"}]}", "reservations");
        assertThat(read(id).get("status").asText()).isEqualTo("AWAITING_MEETING");
    }

    @Test
    void theHistoryNamesEachReservationWithItsMemberAndNote() throws Exception {
        long id = new AapFixture(approvals, clock).meetingAnnounced();
        clock.set("2027-04-21T16:00:00Z");
        outcome(id, """
                {"objections":["FRA"],"reservations":[{"member":"DEU","note":"concern on clause 8,\\nsee the annex"},
                 {"member":"nokia","note":"noted"},{"member":"ITA"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        JsonNode entry = null;
        for (JsonNode h : read(id).get("history")) {
            if (h.get("action").asText().equals("MEETING_OUTCOME_RECORDED")) {
                entry = h;
            }
        }
        assertThat(entry).as("the MEETING_OUTCOME_RECORDED entry").isNotNull();
        assertThat(entry.get("detail").asText()).isEqualTo("objections [FRA], more time asked by [], abstentions [], "
                + "reservations DEU (\"concern on clause 8, see the annex\"); nokia (\"noted\"); ITA (no note) → APPROVED");
        assertThat(entry.get("actor").asText()).isEqualTo("chair-sg20");
    }

    JsonNode read(long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/approvals/" + id).with(httpBasic("tsb", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Three reservations with notes of the longest size the API accepts (4000 characters) are stored, not a 500 (V12). */
    @Test
    void longReservationNotesAreStoredWhole() throws Exception {
        long id = new AapFixture(approvals, clock).meetingAnnounced();
        clock.set("2027-04-21T16:00:00Z");
        String note = "n".repeat(4000);
        outcome(id, "{\"reservations\":[{\"member\":\"DEU\",\"note\":\"" + note + "\"},{\"member\":\"ITA\",\"note\":\""
                + note + "\"},{\"member\":\"nokia\",\"note\":\"" + note + "\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        JsonNode outcome = read(id).get("meetingOutcome");
        assertThat(outcome.get("reservations")).hasSize(3);
        assertThat(outcome.get("reservations").get(2).get("note").asText()).isEqualTo(note);
    }
}
