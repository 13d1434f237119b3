package org.recflow.web;

import org.recflow.kernel.ProblemCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;

    JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        doc = json.readTree(body);
        if (System.getProperty(REFRESH) != null) {
            Files.writeString(COMMITTED, json.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        }
    }

    /** The committed copy the Java client of the build is generated from (pom.xml, openapi-generator). */
    static final Path COMMITTED = Path.of("src/test/resources/openapi/recflow.json");
    static final String REFRESH = "recflow.openapi.refresh";

    @Test
    void theCommittedCopyIsTheServedDocument() throws Exception {
        JsonNode committed = json.readTree(Files.readString(COMMITTED));
        assertThat(committed)
                .as("""
                        %s differs from the served /v3/api-docs, so the client generated in the build is out of date. \
                        Refresh it with `mvn test -Dtest=OpenApiTest -D%s=true`, check the diff and commit it.""",
                        COMMITTED, REFRESH)
                .isEqualTo(doc);
    }

    @Test
    void declaresBasicAndBearerAndAValidLicence() {
        JsonNode bearer = doc.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(bearer.path("description").asText()).contains("prod");
        // either one signs a request in: two alternatives, each with one scheme
        assertThat(doc.path("security")).hasSize(2);
        assertThat(doc.path("security").get(1).has("bearerAuth")).isTrue();
        // OpenAPI 3.1: a licence has a name and an SPDX identifier (or a url, not both)
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        JsonNode licence = doc.path("info").path("license");
        assertThat(licence.path("name").asText()).isNotBlank();
        assertThat(licence.path("identifier").asText()).matches("[A-Za-z0-9.+-]+");
        assertThat(licence.has("url")).isFalse();
    }

    /** Every handler under /api, as "METHOD path" (as springdoc spells paths). */
    List<String> handlers() {
        List<String> out = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (method.hasMethodAnnotation(io.swagger.v3.oas.annotations.Hidden.class)) {
                return; // the HAL-FORMS twins of GET /api/…/{id}: the same resource in another media type
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                assertThat(info.getMethodsCondition().getMethods()).as("%s names its HTTP method", method).isNotEmpty();
                // springdoc writes {id:[^.]+} as {id}
                String path = pattern.replaceAll("\\{([A-Za-z0-9_]+):[^}]*}", "{$1}");
                info.getMethodsCondition().getMethods().forEach(m -> out.add(m.name() + " " + path));
            }
        });
        return out;
    }

    List<String> operations() {
        List<String> out = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(m)) {
                out.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        return out;
    }

    @Test
    void everyHandlerUnderApiHasExactlyOneOperation() {
        List<String> handlers = handlers();
        assertThat(handlers).doesNotHaveDuplicates();
        assertThat(operations()).as("the operations of /v3/api-docs against the @RequestMapping handlers under /api")
                .containsExactlyInAnyOrderElementsOf(handlers);
    }

    @Test
    void operationIdsAreUniqueAndInTheApisWords() {
        List<String> ids = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
            String id = o.getValue().path("operationId").asText();
            // springdoc's clash suffixes (get_2) and digits in general are what a generated client must not show
            assertThat(id).as("%s %s", o.getKey(), p.getKey()).matches("[a-z]+[A-Z][A-Za-z]*");
            ids.add(id);
        }));
        assertThat(ids).doesNotHaveDuplicates();
        JsonNode paths = doc.path("paths");
        assertThat(paths.path("/api/approvals/{id}").path("get").path("operationId").asText()).isEqualTo("getApproval");
        assertThat(paths.path("/api/approvals").path("get").path("operationId").asText()).isEqualTo("listApprovals");
        assertThat(paths.path("/api/approvals/{id}/replies/{memberState}").path("put").path("operationId").asText())
                .isEqualTo("submitApprovalReply");
        assertThat(paths.path("/api/questions/{id}/replies/{memberState}").path("put").path("operationId").asText())
                .isEqualTo("submitQuestionReply");
        assertThat(paths.path("/api/deletions/{id}/objections").path("post").path("operationId").asText())
                .isEqualTo("objectToDeletion");
    }

    @Test
    void theNamingRuleForEndpointsWithoutAnExplicitName() {
        assertThat(OpenApiConfiguration.operationId("GET", "/api/incidents")).isEqualTo("listIncidents");
        assertThat(OpenApiConfiguration.operationId("POST", "/api/incidents/{id}/retry")).isEqualTo("recordIncidentRetry");
        assertThat(OpenApiConfiguration.operationId("GET", "/api/approvals/{id}/replies/{memberState}/versions"))
                .isEqualTo("listApprovalReplyVersions");
        assertThat(OpenApiConfiguration.operationId("GET", "/api/version")).isEqualTo("getVersion");
        assertThat(OpenApiConfiguration.operationId("POST", "/api/meetings")).isEqualTo("createMeeting");
        assertThat(OpenApiConfiguration.operationId("PUT", "/api/meetings/{id}")).isEqualTo("updateMeeting");
        assertThat(OpenApiConfiguration.operationId("GET", "/api/circulars/{id}.pdf")).isEqualTo("getCircularAsPdf");
        assertThat(OpenApiConfiguration.operationId("GET", "/api/me/subscription")).isEqualTo("getMeSubscription");
        assertThat(OpenApiConfiguration.operationId("DELETE", "/api/approvals/{id}")).isEqualTo("deleteApproval");
    }

    @Test
    void everyAnswerAndBodyIsANamedSchema() {
        JsonNode schemas = doc.path("components").path("schemas");
        List<String> unnamed = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
            String op = o.getKey().toUpperCase() + " " + p.getKey();
            o.getValue().path("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields()
                    .forEachRemaining(c -> {
                        if (c.getKey().contains("json") && !named(c.getValue().path("schema"), schemas)) {
                            unnamed.add(op + " answers " + r.getKey() + " " + c.getKey() + " " + c.getValue().path("schema"));
                        }
                    }));
            o.getValue().path("requestBody").path("content").fields().forEachRemaining(c -> {
                if (!named(c.getValue().path("schema"), schemas)) {
                    unnamed.add(op + " takes " + c.getValue().path("schema"));
                }
            });
        }));
        assertThat(unnamed).as("answers and bodies whose schema is not a named component").isEmpty();
        // and no member of a named schema is an untyped map or an anything
        List<String> untyped = new ArrayList<>();
        schemas.fields().forEachRemaining(s -> s.getValue().path("properties").fields().forEachRemaining(prop -> {
            JsonNode v = prop.getValue();
            JsonNode item = v.has("items") ? v.path("items") : v;
            boolean typed = item.has("$ref") || item.has("type") || item.has("types") || item.has("oneOf") || item.has("allOf");
            boolean openMap = "object".equals(item.path("type").asText()) && !item.has("properties");
            if (!typed || openMap) {
                untyped.add(s.getKey() + "." + prop.getKey() + " " + v);
            }
        }));
        assertThat(untyped).as("untyped members").isEmpty();
        assertThat(schemas.path("ApprovalView").path("properties").path("tally").path("$ref").asText())
                .isEqualTo("#/components/schemas/ConsultationTally");
    }

    /** A reference to a component, or a list of them. */
    static boolean named(JsonNode schema, JsonNode schemas) {
        JsonNode target = "array".equals(schema.path("type").asText()) ? schema.path("items") : schema;
        String ref = target.path("$ref").asText();
        return ref.startsWith("#/components/schemas/") && schemas.has(ref.substring("#/components/schemas/".length()));
    }

    @Test
    void noTwoTypesShareASchema() {
        // springdoc keeps one of two types with the same schema name and drops the other without a word: every
        // recflow type reachable from a handler under /api must have a schema of its own
        Set<Class<?>> types = new LinkedHashSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))
                    || method.hasMethodAnnotation(io.swagger.v3.oas.annotations.Hidden.class)) {
                return;
            }
            collect(ResolvableType.forMethodReturnType(method.getMethod()), types);
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestParam.class)) {
                    collect(ResolvableType.forMethodParameter(parameter), types);
                }
            }
        });
        types.removeIf(t -> t.getName().startsWith("org.recflow.membership.Actor"));
        List<String> schemaNames = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(schemaNames::add);
        schemaNames.remove("ProblemDetail");
        assertThat(schemaNames).as("one schema per type of %s", types.stream().map(Class::getName).sorted().toList())
                .hasSameSizeAs(types);
        assertThat(schemaNames).contains("NextAction"); // one description of a step for the three procedures (issue 14)
    }

    /** The recflow types inside a type: the type, its generics, and (for records and beans) its members. */
    static void collect(ResolvableType type, Set<Class<?>> into) {
        for (ResolvableType generic : type.getGenerics()) {
            collect(generic, into);
        }
        if (type.isArray()) {
            collect(type.getComponentType(), into);
        }
        Class<?> raw = type.resolve();
        if (raw == null || !raw.getName().startsWith("org.recflow.") || !into.add(raw)) {
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                collect(ResolvableType.forType(c.getGenericType()), into);
            }
        }
    }

    @Test
    void everyProblemCodeIsListedUnderItsStatus() {
        Set<String> seen = new LinkedHashSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
            String op = o.getKey().toUpperCase() + " " + p.getKey();
            Set<String> codes = new LinkedHashSet<>();
            o.getValue().path("responses").fields().forEachRemaining(r -> {
                r.getValue().path("x-problem-codes").forEach(c -> {
                    ProblemCode code = ProblemCode.valueOf(c.asText());
                    assertThat(String.valueOf(code.status().value())).as("%s lists %s under", op, code).isEqualTo(r.getKey());
                    assertThat(r.getValue().path("description").asText()).contains(code.name());
                    assertThat(r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText())
                            .isEqualTo("#/components/schemas/ProblemDetail");
                    codes.add(code.name());
                });
            });
            assertThat(codes).as(op).contains("INVALID_REQUEST", "UNAUTHENTICATED", "NOT_ACCEPTABLE", "INTERNAL_ERROR");
            if (!o.getKey().equals("get")) {
                assertThat(codes).as(op).contains("NOT_ELIGIBLE", "WRONG_STEP", "DEADLINE_PASSED");
            }
            if (p.getKey().contains("{")) {
                assertThat(codes).as(op).contains("NOT_FOUND");
            }
            if (o.getValue().has("requestBody")) {
                assertThat(codes).as(op).contains("PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");
            }
            if (o.getKey().equals("post")) {
                assertThat(codes).as(op).contains("IDEMPOTENCY_KEY_REUSED");
            }
            seen.addAll(codes);
        }));
        // every code of the contract (but 405, which no listed operation can answer) appears somewhere
        for (ProblemCode code : ProblemCode.values()) {
            if (code != ProblemCode.METHOD_NOT_ALLOWED) {
                assertThat(seen).as("some operation lists " + code).contains(code.name());
            }
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
