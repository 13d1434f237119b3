package org.recflow.web;

import org.recflow.kernel.ProblemCode;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recflow.membership.Actor;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The served OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), kept in agreement
 * with docs' api.md: HTTP Basic on every operation, and on every operation under {@code /api} the refusals of the
 * contract as {@code application/problem+json} with their stable codes. Only the {@code /api} contract is
 * documented: the pages, the error page and the engine's own REST API are not part of it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SECURITY_SCHEME = "basicAuth";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static {
        // the signed-in caller is resolved from the credentials, never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI recflowOpenApi(@Value("${recflow.api.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("recflow")
                        .version(version)
                        .description("""
                                The REST contract of recflow, the workflow engine for the ITU-T approval procedures of \
                                Recommendations: the Alternative Approval Process (AAP) of Recommendation ITU-T A.8 \
                                (consent, Last Call, comment resolution, Additional Review, approval at a study group \
                                meeting) and the Traditional Approval Process (TAP) of WTSA Resolution 1 \
                                (determination, announcement and consultation of the Member States, approval at the \
                                meeting), with the deadlines of both for the secretariat (also as an iCalendar feed).

                                Every request is signed in with HTTP Basic. Every refusal is an \
                                `application/problem+json` document (RFC 9457) with a stable `code`; a refused request \
                                changes nothing. A POST may carry an `Idempotency-Key`: a repeat with the same key and \
                                body returns the first answer and has no second effect.""")
                        .license(new License().name("recflow")))
                .components(new Components()
                        .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic with a recflow account (demo accounts: password `demo`)"))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }

    /** The problem document of api.md (RFC 9457 with recflow's members). */
    @SuppressWarnings("rawtypes")
    static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("identifies the kind of problem")
                .example("https://recflow.org/problems/wrong-step"));
        properties.put("title", new StringSchema().description("the HTTP reason phrase").example("Conflict"));
        properties.put("status", new IntegerSchema().format("int32").description("the HTTP status").example(409));
        properties.put("detail", new StringSchema().description("what went wrong, for people")
                .example("the step is not open in the current state"));
        properties.put("instance", new StringSchema().format("uri-reference").description("the request path"));
        properties.put("code", new StringSchema()._enum(Arrays.stream(ProblemCode.values()).map(Enum::name).toList())
                .description("the stable code of api.md").example("WRONG_STEP"));
        properties.put("field", new StringSchema().description("the field or parameter at fault (INVALID_REQUEST)")
                .example("summary"));
        properties.put("latestDate", new StringSchema().format("date")
                .description("the latest date an announcement could have been made on (NOTICE_TOO_SHORT)"));
        Schema<?> schema = new ObjectSchema()
                .description("An RFC 9457 problem document with recflow's stable `code`")
                .required(List.of("type", "title", "status", "code"));
        schema.setProperties(properties);
        return schema;
    }

    /** Documents the Idempotency-Key header on every POST, and 201 Created (with Location) on the creating ones. */
    @Bean
    GlobalOperationCustomizer recflowOperations() {
        return (operation, handlerMethod) -> {
            if (!handlerMethod.hasMethodAnnotation(PostMapping.class)) {
                return operation;
            }
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
            if (!declared) {
                operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY).required(false)
                        .description("repeat a POST safely: the same key with the same body returns the first answer "
                                + "and has no second effect; the same key with another body is refused (422)")
                        .schema(new StringSchema().maxLength(200)));
            }
            // the creating POSTs of the contract answer ResponseEntity.created(...); the steps answer the resource
            if (ResponseEntity.class.isAssignableFrom(handlerMethod.getMethod().getReturnType())
                    && operation.getResponses() != null && operation.getResponses().containsKey("200")) {
                ApiResponse ok = operation.getResponses().remove("200");
                ok.setDescription("Created");
                ok.addHeaderObject("Location", new Header().description("the new resource").schema(new StringSchema().format("uri")));
                operation.getResponses().addApiResponse("201", ok);
            }
            return operation;
        };
    }

    /** Keeps the document to the {@code /api} contract and adds the refusals of api.md to each of its operations. */
    @Bean
    GlobalOpenApiCustomizer recflowProblems() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addProblems(path, method, operation);
                if (operation.getTags() != null) {
                    operation.setTags(operation.getTags().stream().map(OpenApiConfiguration::tag).distinct().toList());
                }
            }));
            // springdoc computes the component schemas from the controllers: the problem schema is put back beside them
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        };
    }

    /** springdoc names a tag after its controller class (approval-controller): the contract's sections instead. */
    static String tag(String generated) {
        return switch (generated) {
            case "approval-controller" -> "Approvals";
            case "question-controller" -> "Questions";
            case "deletion-controller" -> "Deletions";
            case "deadline-controller", "deadline-calendar-controller", "planner-controller" -> "Secretariat";
            case "sim-clock-controller" -> "Simulated time";
            default -> generated;
        };
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean changes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasId = path.contains("{");
        put(responses, "400", "Invalid request", "malformed JSON, wrong type, unknown field or enum value, missing or "
                + "over-long field, invalid parameter (the field is named in `field`)", "INVALID_REQUEST");
        put(responses, "401", "Not signed in", "no or bad credentials", "UNAUTHENTICATED");
        if (changes) {
            put(responses, "403", "Not eligible", "the caller may not take this step", "NOT_ELIGIBLE");
        }
        if (hasId) {
            put(responses, "404", "Not found", "unknown id", "NOT_FOUND");
        }
        if (changes) {
            put(responses, "409", "Conflict", "`WRONG_STEP`: the step is not open in the current state; "
                    + "`DEADLINE_PASSED`: a submission after its period closed; "
                    + "`NOTICE_TOO_SHORT`: an announcement that cannot give the required notice (names `latestDate`)",
                    "WRONG_STEP", "DEADLINE_PASSED", "NOTICE_TOO_SHORT");
        }
        if (hasBody) {
            put(responses, "413", "Payload too large", "a body over the documented limit", "PAYLOAD_TOO_LARGE");
        }
        if (method == PathItem.HttpMethod.POST) {
            put(responses, "422", "Idempotency key reused", "the same `Idempotency-Key` with another body",
                    "IDEMPOTENCY_KEY_REUSED");
        }
        // whatever springdoc derived from the exception handler (e.g. a bare 500) is replaced by the contract's refusals
        for (Iterator<Map.Entry<String, ApiResponse>> it = responses.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, ApiResponse> e = it.next();
            if (e.getKey().startsWith("5") || ("4".equals(e.getKey().substring(0, 1)) && !isProblem(e.getValue()))) {
                it.remove();
            }
        }
    }

    private static void put(ApiResponses responses, String status, String summary, String when, String... codes) {
        List<String> list = new ArrayList<>(Arrays.asList(codes));
        String description = summary + ": " + when + ". Code" + (list.size() > 1 ? "s" : "") + ": " + String.join(", ", list) + ".";
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema))));
    }

    private static boolean isProblem(ApiResponse response) {
        return response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON);
    }
}
