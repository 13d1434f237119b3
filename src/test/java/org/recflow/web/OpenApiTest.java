package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The served OpenAPI document agrees with api.md. */
@SpringTest
class OpenApiTest {

    /** The paths of api.md that the code serves; each with the methods api.md gives it. */
    static final Map<String, List<String>> CONTRACT = Map.ofEntries(
            Map.entry("/api/approvals", List.of("get", "post")),
            Map.entry("/api/approvals/{id}", List.of("get")),
            Map.entry("/api/approvals/{id}/last-call", List.of("post")),
            Map.entry("/api/approvals/{id}/consultation", List.of("post")),
            Map.entry("/api/approvals/{id}/text-distribution", List.of("post")),
            Map.entry("/api/approvals/{id}/comments", List.of("get", "post")),
            Map.entry("/api/approvals/{id}/replies/{memberState}", List.of("put")),
            Map.entry("/api/approvals/{id}/replies", List.of("get")),
            Map.entry("/api/approvals/{id}/judgement", List.of("post")),
            Map.entry("/api/approvals/{id}/resolution", List.of("post")),
            Map.entry("/api/approvals/{id}/additional-review", List.of("post")),
            Map.entry("/api/approvals/{id}/meeting-announcement", List.of("post")),
            Map.entry("/api/approvals/{id}/meeting-outcome", List.of("post")),
            Map.entry("/api/approvals/{id}/objections", List.of("post")),
            Map.entry("/api/approvals/{id}/notification", List.of("post")),
            Map.entry("/api/approvals/{id}/restart", List.of("post")),
            Map.entry("/api/approvals/{id}/procedure-change", List.of("post")),
            Map.entry("/api/approvals/{id}/deferral", List.of("post")),
            Map.entry("/api/approvals/{id}/withdrawal", List.of("post")),
            Map.entry("/api/deadlines", List.of("get")),
            Map.entry("/api/deadlines.ics", List.of("get")),
            Map.entry("/api/planner", List.of("get")));

    /** Being added beside this test: checked when they are there. */
    static final Map<String, List<String>> WHEN_PRESENT = Map.of(
            "/api/questions", List.of("get", "post"),
            "/api/questions/{id}", List.of("get"),
            "/api/questions/{id}/replies/{memberState}", List.of("put"),
            "/api/deletions", List.of("get", "post"),
            "/api/deletions/{id}", List.of("get"),
            "/api/deletions/{id}/objections", List.of("post"));

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        doc = json.readTree(body);
        if (System.getProperty("recflow.openapi.dump") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("recflow.openapi.dump")),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        }
    }

    @Test
    void describesRecflowWithHttpBasicEverywhere() {
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").asText()).isEqualTo("recflow");
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        assertThat(doc.path("info").path("description").asText()).contains("AAP").contains("TAP");
        JsonNode basic = doc.path("components").path("securitySchemes").path("basicAuth");
        assertThat(basic.path("type").asText()).isEqualTo("http");
        assertThat(basic.path("scheme").asText()).isEqualTo("basic");
        assertThat(doc.path("security").findValuesAsText("basicAuth")).isNotNull();
        assertThat(doc.path("security").get(0).has("basicAuth")).isTrue();
    }

    @Test
    void listsEveryPathOfTheContract() {
        JsonNode paths = doc.path("paths");
        List<String> missing = new ArrayList<>();
        CONTRACT.forEach((path, methods) -> methods.forEach(m -> {
            if (!paths.path(path).has(m)) {
                missing.add(m.toUpperCase() + " " + path);
            }
        }));
        WHEN_PRESENT.forEach((path, methods) -> {
            if (paths.has(path)) {
                methods.forEach(m -> {
                    if (!paths.path(path).has(m)) {
                        missing.add(m.toUpperCase() + " " + path);
                    }
                });
            }
        });
        assertThat(missing).as("operations of api.md missing from /v3/api-docs").isEmpty();
        // only the contract: no pages, no error page, no engine REST API
        paths.fieldNames().forEachRemaining(p -> assertThat(p).startsWith("/api/"));
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemDocuments() {
        JsonNode problem = doc.path("components").path("schemas").path("ProblemDetail");
        for (String field : List.of("type", "title", "status", "detail", "instance", "code", "field", "latestDate")) {
            assertThat(problem.path("properties").has(field)).as("ProblemDetail." + field).isTrue();
        }
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path = doc.path("paths").fields(); path.hasNext(); ) {
            var p = path.next();
            for (var op = p.getValue().fields(); op.hasNext(); ) {
                var o = op.next();
                if (!List.of("get", "put", "post", "delete", "patch").contains(o.getKey())) {
                    continue;
                }
                operations++;
                JsonNode responses = o.getValue().path("responses");
                boolean refusals = false;
                for (String status : List.of("400", "409")) {
                    JsonNode schema = responses.path(status).path("content").path("application/problem+json").path("schema");
                    if (schema.path("$ref").asText().equals("#/components/schemas/ProblemDetail")) {
                        refusals = true;
                    }
                }
                if (!refusals || !responses.path("401").path("content").has("application/problem+json")) {
                    undocumented.add(o.getKey().toUpperCase() + " " + p.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(25);
        assertThat(undocumented).as("operations without problem+json refusals").isEmpty();

        JsonNode lastCall = doc.path("paths").path("/api/approvals/{id}/last-call").path("post").path("responses");
        assertThat(lastCall.path("409").path("description").asText())
                .contains("WRONG_STEP").contains("DEADLINE_PASSED").contains("NOTICE_TOO_SHORT");
        for (String status : List.of("400", "401", "403", "404", "409", "422")) {
            assertThat(lastCall.has(status)).as("POST last-call documents " + status).isTrue();
        }
        JsonNode start = doc.path("paths").path("/api/approvals").path("post");
        assertThat(start.path("responses").has("201")).isTrue();
        assertThat(start.path("responses").path("413").path("description").asText()).contains("PAYLOAD_TOO_LARGE");
        assertThat(start.path("responses").path("422").path("description").asText()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(start.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
        // the signed-in caller is never a parameter
        assertThat(start.path("parameters").findValuesAsText("name")).doesNotContain("actor");
    }

    @Test
    void theStartBodyHasTheFieldsOfTheContract() {
        JsonNode schema = doc.path("paths").path("/api/approvals").path("post").path("requestBody").path("content")
                .path("application/json").path("schema");
        String ref = schema.path("$ref").asText();
        if (!ref.isEmpty()) {
            schema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String field : List.of("procedure", "recommendation", "revision", "title", "studyGroup", "summary",
                "textReference", "agreedOn", "nextMeeting")) {
            assertThat(schema.path("properties").has(field)).as("start body field " + field).isTrue();
        }
        assertThat(schema.path("required").findValuesAsText("")).isNotNull();
    }

    @Test
    void theUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(httpBasic("tsb", "demo"))).andExpect(status().isOk());
    }
}
