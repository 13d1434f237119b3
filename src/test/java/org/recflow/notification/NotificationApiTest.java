package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * api.md "Notifications": {@code /api/me/subscription} (defaults with the demo accounts' example address, strict input,
 * the webhook secret answered once) and who may read which part of {@code /api/notifications}.
 */
@SpringTest
class NotificationApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    private ResultActions putSubscription(String user, String body) throws Exception {
        return mvc.perform(put("/api/me/subscription").with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aDemoAccountStartsWithItsExampleAddressAndEveryEvent() throws Exception {
        mvc.perform(get("/api/me/subscription").with(httpBasic("ms-jpn", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("jpn@example.org"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.webhookUrl").doesNotExist())
                .andExpect(jsonPath("$.events.length()").value(6))
                .andExpect(jsonPath("$.webhookSecret").doesNotExist());
    }

    @Test
    void settingAWebhookAnswersItsSecretOnceAndKeepsIt() throws Exception {
        String body = """
                {"email":"itu@mic.example.jp","language":"en","webhookUrl":"https://hooks.example.jp/recflow","events":["PERIOD_OPENED","OUTCOME"]}""";
        JsonNode set = json.readTree(putSubscription("ms-jpn", body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String secret = set.get("webhookSecret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);

        mvc.perform(get("/api/me/subscription").with(httpBasic("ms-jpn", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("itu@mic.example.jp"))
                .andExpect(jsonPath("$.webhookUrl").value("https://hooks.example.jp/recflow"))
                .andExpect(jsonPath("$.events.length()").value(2))
                .andExpect(jsonPath("$.webhookSecret").doesNotExist());
        // the same URL again: no new secret is shown
        putSubscription("ms-jpn", body).andExpect(status().isOk()).andExpect(jsonPath("$.webhookSecret").doesNotExist());
        putSubscription("ms-jpn", """
                {"email":"jpn@example.org","language":"en","webhookUrl":null,"events":["PERIOD_OPENED","REMINDER","ACTION_DUE","PERIOD_CLOSED","OUTCOME","CIRCULAR"]}""")
                .andExpect(status().isOk());
    }

    @Test
    void badSubscriptionsAreRefusedAndChangeNothing() throws Exception {
        String[] bad = {
            """
            {"email":"cub@example.org","language":"en","webhookUrl":null,"events":[],"colour":"red"}""",
            """
            {"email":"cub@example.org","language":"en","webhookUrl":null,"events":["EVERYTHING"]}""",
            """
            {"email":"not an address","language":"en","webhookUrl":null,"events":[]}""",
            """
            {"email":"cub@example.org","language":"xx","webhookUrl":null,"events":[]}""",
            """
            {"email":"cub@example.org","language":"en","webhookUrl":"http://hooks.example.org/x","events":[]}""",
            """
            {"email":"cub@example.org","language":"en","webhookUrl":"ftp://127.0.0.1/x","events":[]}""",
            """
            {"email":"cub@example.org","language":"en","webhookUrl":null}"""};
        for (String body : bad) {
            putSubscription("ms-cub", body).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/me/subscription").with(httpBasic("ms-cub", "demo"))).andExpect(jsonPath("$.email").value("cub@example.org"))
                .andExpect(jsonPath("$.events.length()").value(6));
    }

    @Test
    void everySignedInCallerSetsOnlyTheirOwnSubscriptionAndNoOneElseAny() throws Exception {
        for (String user : List.of("tsb", "chair-sg20", "ms-nor", "sm-ericsson", "as-sg20")) {
            String address = "desk-" + user + "@example.net";
            putSubscription(user, "{\"email\":\"" + address + "\",\"language\":\"zh\",\"webhookUrl\":null,\"events\":[\"OUTCOME\"]}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(address));
            mvc.perform(get("/api/me/subscription").with(httpBasic(user, "demo"))).andExpect(jsonPath("$.email").value(address))
                    .andExpect(jsonPath("$.language").value("zh"));
            putSubscription(user, "{\"email\":null,\"language\":\"en\",\"webhookUrl\":null,\"events\":[]}").andExpect(status().isOk());
        }
        mvc.perform(get("/api/me/subscription").with(httpBasic("ms-swe", "demo"))).andExpect(jsonPath("$.email").value("swe@example.org"));
        String body = "{\"email\":\"x@example.org\",\"language\":\"en\",\"webhookUrl\":null,\"events\":[]}";
        mvc.perform(put("/api/me/subscription").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/me/subscription").with(httpBasic("ms-swe", "wrong")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/subscription").with(httpBasic("ms-swe", "demo"))).andExpect(jsonPath("$.email").value("swe@example.org"));
    }

    @Test
    void theDeliveryLogIsEveryonesToTsbAndOnesOwnToOthers() throws Exception {
        mvc.perform(get("/api/notifications").with(httpBasic("tsb", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/notifications?recipient=ms-deu&status=FAILED&type=OUTCOME").with(httpBasic("tsb", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/notifications").with(httpBasic("ms-fra", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/notifications?recipient=ms-fra").with(httpBasic("ms-fra", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/notifications?recipient=ms-deu").with(httpBasic("ms-fra", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications?status=LOST").with(httpBasic("tsb", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/notifications?type=GOSSIP").with(httpBasic("tsb", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    }
}
