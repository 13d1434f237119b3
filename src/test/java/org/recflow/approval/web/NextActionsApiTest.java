package org.recflow.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.hateoas.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code nextActions} over REST: the steps the caller asking may take now, each with
 * which inputs; and the same steps, those the caller may take only, as HAL-FORMS templates when asked for
 * {@code application/prs.hal-forms+json}.
 */
@SpringTest
class NextActionsApiTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long started() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(START)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    JsonNode read(long id, String user, MediaType accept) throws Exception {
        return json.readTree(mvc.perform(get("/api/approvals/" + id).with(httpBasic(user, "demo")).accept(accept))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(accept))
                .andReturn().getResponse().getContentAsString());
    }

    static JsonNode action(JsonNode view, String name) {
        for (JsonNode n : view.get("nextActions")) {
            if (n.get("action").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no next action " + name + " in " + view.get("nextActions"));
    }

    @Test
    void theCallerAskingSeesOnlyTheStepsItMayTake() throws Exception {
        long id = started();
        JsonNode asTsb = read(id, "tsb", MediaType.APPLICATION_JSON);
        JsonNode asChair = read(id, "chair-sg20", MediaType.APPLICATION_JSON);
        JsonNode asFrance = read(id, "ms-fra", MediaType.APPLICATION_JSON);
        // each caller its own steps, in the same order; the Last Call is TSB's, the change of procedure the chairman's
        assertThat(names(asTsb)).containsExactly("announce-last-call", "change-procedure", "withdraw"); // TSB also on the chairman's behalf
        assertThat(names(asChair)).containsExactly("change-procedure", "withdraw");
        assertThat(asTsb.get("nextActions").findValues("allowed")).isNotEmpty().allMatch(JsonNode::asBoolean);
        assertThat(asChair.get("nextActions").findValues("allowed")).isNotEmpty().allMatch(JsonNode::asBoolean);
        assertThat(asFrance.get("nextActions")).isEmpty();
    }

    @Test
    void eachStepDescribesItsInputsFromItsCommand() throws Exception {
        long id = started();
        JsonNode change = action(read(id, "chair-sg20", MediaType.APPLICATION_JSON), "change-procedure");
        JsonNode procedure = input(change, "procedure");
        assertThat(procedure.get("required").asBoolean()).isTrue();
        assertThat(procedure.get("choices")).extracting(JsonNode::asText).containsExactly("AAP", "TAP");
        JsonNode reason = input(change, "reason");
        assertThat(reason.get("required").asBoolean()).isTrue();
        assertThat(reason.get("type").asText()).isEqualTo("text");
        assertThat(input(change, "decidedOn").get("required").asBoolean()).isFalse();
        assertThat(input(change, "decidedOn").get("type").asText()).isEqualTo("date");
        assertThat(input(change, "decidedOn").get("choices").isNull()).isTrue();
        assertThat(input(change, "nextMeeting").get("type").asText()).isEqualTo("object");
        JsonNode outcome = NextActionsApiTest.inputsOf(org.recflow.approval.Commands.RecordMeetingOutcome.class, "objections");
        assertThat(outcome.get("type").asText()).isEqualTo("list");
        assertThat(outcome.get("required").asBoolean()).isFalse();
        JsonNode announce = action(read(id, "tsb", MediaType.APPLICATION_JSON), "announce-last-call");
        assertThat(announce.get("inputs")).extracting(i -> i.get("name").asText()).containsExactly("announcedOn");
        assertThat(announce.get("method").asText()).isEqualTo("POST");
        assertThat(announce.get("href").asText()).isEqualTo("/api/approvals/" + id + "/last-call");
    }

    @Test
    void halFormsOffersTemplatesForTheStepsTheCallerMayTake() throws Exception {
        long id = started();
        JsonNode tsb = read(id, "tsb", MediaTypes.HAL_FORMS_JSON);
        assertThat(tsb.get("id").asLong()).isEqualTo(id);
        assertThat(tsb.at("/_links/self/href").asText()).endsWith("/api/approvals/" + id);
        JsonNode templates = tsb.get("_templates");
        List<String> targets = new ArrayList<>();
        templates.forEach(t -> targets.add(t.get("method").asText().toUpperCase() + " " + t.get("target").asText()));
        assertThat(targets).containsExactlyInAnyOrder("POST /api/approvals/" + id + "/last-call",
                "POST /api/approvals/" + id + "/procedure-change", "POST /api/approvals/" + id + "/withdrawal");
        JsonNode france = read(id, "ms-fra", MediaTypes.HAL_FORMS_JSON);
        assertThat(france.get("_templates")).isNull();
    }

    /** One input of a command, as {@code nextActions} describes it, for commands no state of this test offers. */
    static JsonNode inputsOf(Class<?> command, String name) {
        for (var i : org.recflow.kernel.NextAction.inputsOf(command)) {
            if (i.name().equals(name)) {
                return new ObjectMapper().valueToTree(i);
            }
        }
        throw new AssertionError("no input " + name + " in " + command);
    }

    long created(String path, String body) throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String answer = mvc.perform(post(path).with(httpBasic("chair-sg20", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    JsonNode readHalForms(String path, String user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, "demo")).accept(MediaTypes.HAL_FORMS_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void questionsAndDeletionsOfferTheirStepAsATemplateToWhoMayTakeIt() throws Exception {
        long q = created("/api/questions", """
                {"studyGroup":"SG20","question":"Q5/20","title":"Digital identity for IoT devices",
                 "textReference":"SG20-TD2001","policyImplications":true}""");
        JsonNode reply = readHalForms("/api/questions/" + q, "ms-fra").get("_templates").elements().next();
        assertThat(reply.get("method").asText()).isEqualToIgnoringCase("PUT");
        assertThat(reply.get("target").asText()).isEqualTo("/api/questions/" + q + "/replies/FRA");
        assertThat(readHalForms("/api/questions/" + q, "sm-ericsson").get("_templates")).isNull();
        long d = created("/api/deletions", """
                {"recommendation":"Y.2060","studyGroup":"SG20","procedure":"AAP",
                 "reason":"Superseded by ITU-T Y.4000.","agreedOn":"2027-01-08"}""");
        JsonNode object = readHalForms("/api/deletions/" + d, "sm-ericsson").get("_templates").elements().next();
        assertThat(object.get("target").asText()).isEqualTo("/api/deletions/" + d + "/objections");
        assertThat(readHalForms("/api/deletions/" + d, "chair-sg20").get("_templates")).isNull();
    }

    static JsonNode input(JsonNode action, String name) {
        for (JsonNode i : action.get("inputs")) {
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no input " + name + " in " + action);
    }

    static List<String> names(JsonNode view) {
        List<String> out = new ArrayList<>();
        view.get("nextActions").forEach(n -> out.add(n.get("action").asText()));
        return out;
    }
}
