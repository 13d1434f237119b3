package org.recflow.web;

import org.recflow.kernel.ProblemCode;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
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
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.recflow.membership.Actor;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The served OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), kept in agreement
 * with api.md. Only the {@code /api} contract is documented: the pages, the error page and the engine's own REST API
 * are not part of it. Four rules make the document usable by a generated client without hand edits:
 * <ul>
 * <li><b>security</b>: HTTP Basic (the demo accounts) or a JWT bearer token (the {@code prod} profile), either one;</li>
 * <li><b>operation ids</b> in the API's words, unique: an explicit {@code @Operation(operationId=…)} wins, then
 *     {@link #NAMES}, then the rule of {@link #operationId(String, String)} (e.g. {@code GET /api/approvals} →
 *     {@code listApprovals}, {@code GET /api/approvals/{id}} → {@code getApproval});</li>
 * <li><b>schema names</b> unique: a type is named by its simple name, qualified by its module (then by its enclosing
 *     types) only where two types share one ({@code ApprovalNextAction}, {@code QuestionNextAction});</li>
 * <li><b>refusals</b>: every operation lists, as {@code application/problem+json} responses, each stable code it can
 *     answer under its status ({@link #applies}); a handler adds codes with {@link Refusals}, and a code without a
 *     rule (a new one) is listed on every operation.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SECURITY_SCHEME = "basicAuth";
    static final String BEARER_SCHEME = "bearerAuth";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The codes an operation can answer, as a list of names, beside the human description of each response. */
    static final String CODES_EXTENSION = "x-problem-codes";
    private static final String EXPLICIT_ID = "x-recflow-explicit-id";
    private static final String EXTRA_CODES = "x-recflow-refusals";
    private static final String SCHEMAS = "#/components/schemas/";

    /** Operation ids where the naming rule would not say what the step does; keyed by "METHOD path". */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("POST /api/approvals", "startApproval"),
            Map.entry("POST /api/approvals/{id}/last-call", "announceLastCall"),
            Map.entry("POST /api/approvals/{id}/consultation", "announceConsultation"),
            Map.entry("POST /api/approvals/{id}/text-distribution", "distributeTexts"),
            Map.entry("PUT /api/approvals/{id}/replies/{memberState}", "submitApprovalReply"),
            Map.entry("POST /api/approvals/{id}/procedure-change", "changeProcedure"),
            Map.entry("POST /api/approvals/{id}/deferral", "deferApproval"),
            Map.entry("POST /api/approvals/{id}/comments", "submitComment"),
            Map.entry("POST /api/approvals/{id}/judgement", "judgeComments"),
            Map.entry("POST /api/approvals/{id}/resolution", "resolveComments"),
            Map.entry("POST /api/approvals/{id}/additional-review", "announceAdditionalReview"),
            Map.entry("POST /api/approvals/{id}/meeting-announcement", "announceMeeting"),
            Map.entry("POST /api/approvals/{id}/meeting-outcome", "recordMeetingOutcome"),
            Map.entry("POST /api/approvals/{id}/objections", "objectToApproval"),
            Map.entry("POST /api/approvals/{id}/notification", "recordNotification"),
            Map.entry("POST /api/approvals/{id}/restart", "restartApproval"),
            Map.entry("POST /api/approvals/{id}/withdrawal", "withdrawApproval"),
            Map.entry("POST /api/questions", "agreeQuestion"),
            Map.entry("PUT /api/questions/{id}/replies/{memberState}", "submitQuestionReply"),
            Map.entry("POST /api/deletions", "agreeDeletion"),
            Map.entry("POST /api/deletions/{id}/objections", "objectToDeletion"),
            Map.entry("GET /api/deadlines.ics", "getDeadlineCalendar"),
            Map.entry("GET /api/planner", "planApproval"),
            Map.entry("PUT /api/sim/clock", "moveSimClock"),
            Map.entry("POST /api/circulars", "draftCircular"),
            Map.entry("POST /api/circulars/{id}/issue", "issueCircular"),
            Map.entry("POST /api/incidents/{id}/retry", "retryIncident"));

    static {
        // the signed-in caller is resolved from the credentials, never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
        // springdoc keeps one of two schemas with the same simple name: name them by class, shortened in shortNames()
        TypeNameResolver.std.setUseFqn(true);
        // an enum is a schema of its own, so that a generated client has one type for it wherever it appears
        ModelResolver.enumsAsRef = true;
    }

    @Bean
    OpenAPI recflowOpenApi(@Value("${recflow.api.version:0.1.0}") String version,
            @Value("${recflow.api.license-name:recflow licence}") String licenseName,
            @Value("${recflow.api.license-id:LicenseRef-recflow}") String licenseId) {
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

                                Every request is signed in: with HTTP Basic and a recflow account, or (the `prod` \
                                profile) with a JWT bearer token of the secretariat's identity provider. Every refusal \
                                is an `application/problem+json` document (RFC 9457) with a stable `code`; a refused \
                                request changes nothing. A POST may carry an `Idempotency-Key`: a repeat with the same \
                                key and body returns the first answer and has no second effect.""")
                        .license(new License().name(licenseName).identifier(licenseId)))
                .servers(List.of(new Server().url("/").description("this recflow server")))
                .components(new Components()
                        .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic with a recflow account (demo accounts: password `demo`); "
                                        + "every profile but `prod`"))
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("a JWT of the secretariat's OpenID Connect provider with the recflow_role "
                                        + "claim (and recflow_member, recflow_study_group); the `prod` profile"))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
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

    /**
     * Documents the Idempotency-Key header on every POST and 201 Created (with Location) on the creating ones, and
     * notes what the handler itself declares (an explicit operation id, {@link Refusals}) for {@link #recflowProblems}.
     */
    @Bean
    GlobalOperationCustomizer recflowOperations() {
        return (operation, handlerMethod) -> {
            io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                    handlerMethod.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
            if (declared != null && !declared.operationId().isBlank()) {
                operation.addExtension(EXPLICIT_ID, Boolean.TRUE);
            }
            Refusals refusals = handlerMethod.getMethodAnnotation(Refusals.class);
            if (refusals != null) {
                operation.addExtension(EXTRA_CODES, Arrays.stream(refusals.value()).map(Enum::name).toList());
            }
            if (!handlerMethod.hasMethodAnnotation(PostMapping.class)) {
                return operation;
            }
            boolean headerDeclared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
            if (!headerDeclared) {
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

    /**
     * Keeps the document to the {@code /api} contract, names its operations and schemas, and adds the refusals of
     * api.md to each operation.
     */
    @Bean
    GlobalOpenApiCustomizer recflowProblems() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Map<String, Object> ext = operation.getExtensions() == null ? Map.of() : operation.getExtensions();
                if (!Boolean.TRUE.equals(ext.get(EXPLICIT_ID))) {
                    String key = method.name() + " " + path;
                    operation.setOperationId(NAMES.getOrDefault(key, operationId(method.name(), path)));
                }
                Set<String> extra = new LinkedHashSet<>();
                if (ext.get(EXTRA_CODES) instanceof Collection<?> codes) {
                    codes.forEach(c -> extra.add(String.valueOf(c)));
                }
                if (operation.getExtensions() != null) {
                    operation.getExtensions().remove(EXPLICIT_ID);
                    operation.getExtensions().remove(EXTRA_CODES);
                    if (operation.getExtensions().isEmpty()) {
                        operation.setExtensions(null);
                    }
                }
                addProblems(path, method, operation, extra);
                if (operation.getTags() != null) {
                    operation.setTags(operation.getTags().stream().map(OpenApiConfiguration::tag).distinct().toList());
                }
            }));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            shortNames(openApi);
            // springdoc computes the component schemas from the controllers: the problem schema is put back beside them
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
            case "circular-controller" -> "Circulars";
            case "incident-controller" -> "Incidents";
            default -> generated.endsWith("-controller")
                    ? pascal(generated.substring(0, generated.length() - "-controller".length())) : generated;
        };
    }

    /**
     * The operation id the naming rule gives {@code method path} (path from {@code /api}, as in the document): the
     * literal segments name the thing, singular but for the last one of a list; the method and the path's end give
     * the verb. GET on a variable: {@code get}; GET on a plural: {@code list}; GET otherwise: {@code get}; PUT, PATCH:
     * {@code update}; DELETE: {@code delete}; POST on a plural: {@code create}; POST on a step: {@code record}. A
     * format suffix ({@code deadlines.ics}) adds {@code As} and the format. E.g. {@code GET /api/approvals/{id}/replies}
     * → {@code listApprovalReplies}, {@code PUT /api/meetings/{id}} → {@code updateMeeting}.
     */
    static String operationId(String method, String path) {
        List<String> segments = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            segments.remove(0);
        }
        if (segments.isEmpty()) {
            return method.toLowerCase(Locale.ROOT) + "Root";
        }
        String last = segments.get(segments.size() - 1);
        boolean onVariable = last.startsWith("{");
        String format = "";
        List<String> nouns = new ArrayList<>();
        for (String s : segments) {
            if (s.startsWith("{")) {
                int end = s.indexOf("}.");
                if (end > 0) {
                    format = "As" + pascal(s.substring(end + 2));
                }
                continue;
            }
            int dot = s.indexOf('.');
            if (dot > 0) {
                format = "As" + pascal(s.substring(dot + 1));
                s = s.substring(0, dot);
            }
            nouns.add(s);
        }
        String lastNoun = nouns.isEmpty() ? "resource" : nouns.get(nouns.size() - 1);
        boolean plural = !onVariable && singular(lastNoun).length() < lastNoun.length();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < nouns.size(); i++) {
            boolean keepPlural = plural && i == nouns.size() - 1 && (method.equals("GET"));
            name.append(pascal(keepPlural ? nouns.get(i) : singular(nouns.get(i))));
        }
        String verb = switch (method) {
            case "GET" -> plural ? "list" : "get";
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            case "POST" -> plural ? "create" : "record";
            default -> method.toLowerCase(Locale.ROOT);
        };
        return verb + name + format;
    }

    /** replies → reply, approvals → approval, status → status. */
    static String singular(String noun) {
        if (noun.endsWith("ies") && noun.length() > 3) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && noun.length() > 1) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    /** last-call → LastCall. */
    static String pascal(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split("[-_ .]")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    /**
     * Gives each schema its short name (springdoc names them by class: {@code org.recflow.approval.ApprovalView$NextAction})
     * and drops the schemas no {@code /api} operation reaches. A simple name used by one type only is kept as it is;
     * where two share one, each is qualified by its module ({@code ApprovalNextAction}), then by its enclosing types.
     */
    @SuppressWarnings("rawtypes")
    static void shortNames(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas() == null ? new LinkedHashMap<>()
                : openApi.getComponents().getSchemas();
        Map<String, String> renamed = new HashMap<>();
        Map<String, List<String>> bySimple = new TreeMap<>();
        schemas.keySet().forEach(n -> bySimple.computeIfAbsent(simple(n), s -> new ArrayList<>()).add(n));
        Set<String> taken = new HashSet<>();
        bySimple.forEach((simple, names) -> {
            if (names.size() == 1) {
                renamed.put(names.get(0), simple);
                taken.add(simple);
            }
        });
        bySimple.forEach((simple, names) -> {
            if (names.size() > 1) {
                Map<String, Long> byModule = new HashMap<>();
                names.forEach(n -> byModule.merge(module(n) + simple, 1L, Long::sum));
                for (String n : names) {
                    String candidate = module(n) + simple;
                    if (byModule.get(candidate) > 1 || taken.contains(candidate)) {
                        candidate = module(n) + enclosing(n);
                    }
                    if (taken.contains(candidate)) {
                        candidate = n.replaceAll("[^A-Za-z0-9]", "_");
                    }
                    renamed.put(n, candidate);
                    taken.add(candidate);
                }
            }
        });
        Consumer<Schema> rewrite = s -> {
            if (s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
                String target = s.get$ref().substring(SCHEMAS.length());
                s.set$ref(SCHEMAS + renamed.getOrDefault(target, target));
            }
        };
        // what the operations reach, then what those schemas reach
        Set<String> reached = new LinkedHashSet<>();
        Consumer<Schema> reach = s -> {
            if (s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
                reached.add(s.get$ref().substring(SCHEMAS.length()));
            }
        };
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> operationSchemas(op, reach)));
        Deque<String> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            Schema s = schemas.get(queue.poll());
            if (s != null) {
                walk(s, x -> {
                    if (x.get$ref() != null && x.get$ref().startsWith(SCHEMAS) && reached.add(x.get$ref().substring(SCHEMAS.length()))) {
                        queue.add(x.get$ref().substring(SCHEMAS.length()));
                    }
                }, identitySet());
            }
        }
        Map<String, Schema> kept = new TreeMap<>();
        schemas.forEach((name, s) -> {
            if (reached.contains(name)) {
                walk(s, rewrite, identitySet());
                kept.put(renamed.getOrDefault(name, name), s);
            }
        });
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> operationSchemas(op, rewrite)));
        openApi.getComponents().setSchemas(new LinkedHashMap<>(kept));
    }

    @SuppressWarnings("rawtypes")
    private static Set<Schema> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The simple name of a schema named by class ({@code a.b.Outer$Inner} → {@code Inner}). */
    static String simple(String name) {
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    /** {@code org.recflow.approval.X} → {@code Approval}; a name not of recflow → empty. */
    static String module(String name) {
        String prefix = "org.recflow.";
        if (!name.startsWith(prefix)) {
            return "";
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : pascal(rest.substring(0, dot));
    }

    /** The type with its enclosing types: {@code a.b.Outer.Inner} (or {@code a.b.Outer$Inner}) → {@code OuterInner}. */
    static String enclosing(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[.$]")) {
            if (!part.isEmpty() && (out.length() > 0 || Character.isUpperCase(part.charAt(0)))) {
                out.append(part);
            }
        }
        return out.toString();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void operationSchemas(Operation op, Consumer<Schema> visit) {
        Set<Schema> seen = identitySet();
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> {
                if (p.getSchema() != null) {
                    walk(p.getSchema(), visit, seen);
                }
                content(p.getContent(), visit, seen);
            });
        }
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent(), visit, seen);
        }
        if (op.getResponses() != null) {
            op.getResponses().values().forEach(r -> {
                content(r.getContent(), visit, seen);
                if (r.getHeaders() != null) {
                    r.getHeaders().values().forEach(h -> {
                        if (h.getSchema() != null) {
                            walk(h.getSchema(), visit, seen);
                        }
                    });
                }
            });
        }
    }

    @SuppressWarnings("rawtypes")
    private static void content(Content content, Consumer<Schema> visit, Set<Schema> seen) {
        if (content != null) {
            content.values().forEach(m -> {
                if (m.getSchema() != null) {
                    walk(m.getSchema(), visit, seen);
                }
            });
        }
    }

    /** Visits a schema and every schema inside it (not following references). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void walk(Schema schema, Consumer<Schema> visit, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(s -> walk(s, visit, seen));
        }
        walk(schema.getItems(), visit, seen);
        if (schema.getAdditionalProperties() instanceof Schema extra) {
            walk(extra, visit, seen);
        }
        for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())) {
            if (list != null) {
                list.forEach(s -> walk(s, visit, seen));
            }
        }
        walk(schema.getNot(), visit, seen);
    }

    /** Which codes an operation of that kind can answer; a code not listed here applies to every operation. */
    private static final Map<ProblemCode, Applies> APPLIES = new EnumMap<>(ProblemCode.class);

    /** The description of each code's refusal; a code not listed here is described by its name. */
    private static final Map<ProblemCode, String> WHEN = new EnumMap<>(ProblemCode.class);

    /** What the document knows about an operation when it decides which codes it can answer. */
    record Kind(PathItem.HttpMethod method, boolean changes, boolean hasBody, boolean hasId) {
    }

    @FunctionalInterface
    interface Applies {
        boolean to(Kind kind);
    }

    static {
        APPLIES.put(ProblemCode.NOT_ELIGIBLE, Kind::changes);
        APPLIES.put(ProblemCode.NOT_FOUND, Kind::hasId);
        // an operation that exists answers its own method: 405 is for paths and methods the document does not list
        APPLIES.put(ProblemCode.METHOD_NOT_ALLOWED, k -> false);
        APPLIES.put(ProblemCode.WRONG_STEP, Kind::changes);
        APPLIES.put(ProblemCode.DEADLINE_PASSED, Kind::changes);
        APPLIES.put(ProblemCode.NOTICE_TOO_SHORT, Kind::changes);
        APPLIES.put(ProblemCode.PAYLOAD_TOO_LARGE, Kind::hasBody);
        APPLIES.put(ProblemCode.UNSUPPORTED_MEDIA_TYPE, Kind::hasBody);
        APPLIES.put(ProblemCode.IDEMPOTENCY_KEY_REUSED, k -> k.method() == PathItem.HttpMethod.POST);

        WHEN.put(ProblemCode.INVALID_REQUEST, "malformed JSON, wrong type, unknown field or enum value, missing or "
                + "over-long field, invalid parameter (the field is named in `field`)");
        WHEN.put(ProblemCode.UNAUTHENTICATED, "no or bad credentials");
        WHEN.put(ProblemCode.NOT_ELIGIBLE, "the caller may not take this step");
        WHEN.put(ProblemCode.NOT_FOUND, "unknown id");
        WHEN.put(ProblemCode.NOT_ACCEPTABLE, "the `Accept` header allows none of the media types served");
        WHEN.put(ProblemCode.WRONG_STEP, "the step is not open in the current state");
        WHEN.put(ProblemCode.DEADLINE_PASSED, "a submission after its period closed");
        WHEN.put(ProblemCode.NOTICE_TOO_SHORT, "an announcement that cannot give the required notice (names `latestDate`)");
        WHEN.put(ProblemCode.PAYLOAD_TOO_LARGE, "a body over the documented limit");
        WHEN.put(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "a body that is not `application/json`");
        WHEN.put(ProblemCode.IDEMPOTENCY_KEY_REUSED, "the same `Idempotency-Key` with another body");
        WHEN.put(ProblemCode.INTERNAL_ERROR, "recflow could not complete the request; nothing was changed");
    }

    /** The codes an operation of that kind can answer, in the order of {@link ProblemCode}, with the extra ones. */
    static List<ProblemCode> codes(Kind kind, Set<String> extra) {
        List<ProblemCode> codes = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            Applies rule = APPLIES.get(code);
            if (rule == null || rule.to(kind) || extra.contains(code.name())) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation, Set<String> extra) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean changes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        Kind kind = new Kind(method, changes, operation.getRequestBody() != null, path.contains("{"));
        // whatever springdoc derived from the exception handler (e.g. a bare 500) is replaced by the contract's refusals
        for (Iterator<Map.Entry<String, ApiResponse>> it = responses.entrySet().iterator(); it.hasNext(); ) {
            String status = it.next().getKey();
            if (status.startsWith("4") || status.startsWith("5")) {
                it.remove();
            }
        }
        Map<Integer, List<ProblemCode>> byStatus = new TreeMap<>();
        codes(kind, extra).forEach(c -> byStatus.computeIfAbsent(c.status().value(), s -> new ArrayList<>()).add(c));
        byStatus.forEach((status, codes) -> {
            String phrase = codes.get(0).status().getReasonPhrase();
            StringBuilder description = new StringBuilder(phrase).append(". ");
            for (ProblemCode c : codes) {
                description.append('`').append(c.name()).append("`: ")
                        .append(WHEN.getOrDefault(c, c.name().toLowerCase(Locale.ROOT).replace('_', ' '))).append("; ");
            }
            description.setLength(description.length() - 2);
            description.append('.');
            Schema<?> schema = new Schema<>().$ref(SCHEMAS + PROBLEM_SCHEMA);
            ApiResponse response = new ApiResponse().description(description.toString())
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
            response.addExtension(CODES_EXTENSION, codes.stream().map(Enum::name).toList());
            responses.addApiResponse(String.valueOf(status), response);
        });
    }
}
