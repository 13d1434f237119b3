package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Throws random and malformed bodies at every POST and PUT, as a caller who may take the step, so that
 * the body itself is what is judged: random text, broken JSON, JSON of the wrong shape, unknown fields,
 * deep nesting, huge strings, invalid UTF-8 and injection-looking strings. Whatever comes, the answer is
 * never a 5xx and never a stack trace, a refusal is a problem document with a code, and a refusal changes
 * nothing. The inputs come from jqwik arbitraries with a fixed seed and a bounded number of tries.
 */
@SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputPropertyTest {

    static final int TRIES_PER_ENDPOINT = 40;
    static final long SEED = 20261124L;

    record Endpoint(HttpMethod method, String path, String user) {
    }

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApprovalManagement approvals;
    @Autowired JdbcClient jdbc;

    List<Endpoint> endpoints = new ArrayList<>();

    @BeforeAll
    void openEveryStep() {
        clock.set("2027-01-11T09:00:00Z");
        long aap = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.9999", Revision.NEW, "Fuzz target",
                "SG20", List.of(), "s", "TD", LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, aap, null);
        Actor chairSg3 = new Actor("chair-sg3", Role.CHAIR, null, "SG3");
        long tap = approvals.start(chairSg3, new Commands.StartApproval(Procedure.TAP, "D.999", Revision.NEW, "Fuzz TAP", "SG3",
                List.of(), "s", "TD", LocalDate.parse("2027-01-08"),
                new Commands.MeetingDates(LocalDate.parse("2027-06-01"), LocalDate.parse("2027-06-10")), null)).id();
        approvals.announceConsultation(Actors.TSB, tap, null);
        String a = "/api/approvals/" + aap;
        String t = "/api/approvals/" + tap;
        endpoints.addAll(List.of(
                new Endpoint(HttpMethod.POST, "/api/approvals", "chair-sg20"),
                new Endpoint(HttpMethod.POST, a + "/last-call", "tsb"),
                new Endpoint(HttpMethod.POST, a + "/comments", "ms-fra"),
                new Endpoint(HttpMethod.POST, a + "/judgement", "chair-sg20"),
                new Endpoint(HttpMethod.POST, a + "/resolution", "chair-sg20"),
                new Endpoint(HttpMethod.POST, a + "/additional-review", "tsb"),
                new Endpoint(HttpMethod.POST, a + "/meeting-announcement", "tsb"),
                new Endpoint(HttpMethod.POST, a + "/meeting-outcome", "chair-sg20"),
                new Endpoint(HttpMethod.POST, a + "/objections", "ms-fra"),
                new Endpoint(HttpMethod.POST, a + "/notification", "tsb"),
                new Endpoint(HttpMethod.POST, a + "/restart", "chair-sg20"),
                new Endpoint(HttpMethod.POST, a + "/procedure-change", "chair-sg20"),
                new Endpoint(HttpMethod.POST, a + "/withdrawal", "chair-sg20"),
                new Endpoint(HttpMethod.POST, t + "/consultation", "tsb"),
                new Endpoint(HttpMethod.POST, t + "/text-distribution", "tsb"),
                new Endpoint(HttpMethod.PUT, t + "/replies/FRA", "ms-fra"),
                new Endpoint(HttpMethod.POST, t + "/deferral", "chair-sg3"),
                new Endpoint(HttpMethod.POST, "/api/questions", "chair-sg20"),
                new Endpoint(HttpMethod.POST, "/api/deletions", "chair-sg20")));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    /** Everything a refusal must leave as it was. */
    String state() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("approval", "approval_comment", "approval_objection", "consultation_reply", "deadline",
                "history_entry", "question", "deletion", "deletion_objection")) {
            sb.append(table).append('=').append(jdbc.sql("SELECT COUNT(*) FROM recflow." + table).query(Long.class).single()).append(';');
        }
        jdbc.sql("SELECT id, status, procedure, round, outcome FROM recflow.approval ORDER BY id").query()
                .listOfRows().forEach(r -> sb.append(r));
        return sb.toString();
    }

    /** Bodies no client should send, in every shape we could think of, plus random ones. */
    static Arbitrary<byte[]> badBodies() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> injection = Arbitraries.of("'; DROP TABLE recflow.approval; --", "<script>alert(1)</script>",
                "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../../../etc/passwd", "\u0000", "\uD800", "%s%s%n", "1e309",
                "SUPPORT' OR '1'='1", "\u202Etxt.exe");
        Arbitrary<String> scalar = Arbitraries.oneOf(injection.map(BadInputPropertyTest::quoted), anyText.map(BadInputPropertyTest::quoted),
                Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "[]", "{}", "-0", "1e999", "\"2027-02-30\"", "\"SUBSTANTIVE\"", "\"SUPPORT\""));
        Arbitrary<String> field = Arbitraries.of("procedure", "recommendation", "revision", "title", "studyGroup", "questions",
                "summary", "textReference", "agreedOn", "nextMeeting", "regionalGroup", "kind", "text", "proposedChanges", "route",
                "announcedOn", "meetingStart", "meetingEnd", "objections", "moreTimeRequestedBy", "reservations", "position",
                "reasons", "circular", "issuedOn", "reason", "question", "policyImplications", "colour", "__proto__", "");
        Arbitrary<String> object = Arbitraries.maps(field, scalar).ofMaxSize(8).map(m -> {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(quoted(k)).append(':').append(v));
            return sb.append('}').toString();
        });
        Arbitrary<String> broken = object.map(o -> o.substring(0, Math.max(0, o.length() - 1)));
        Arbitrary<String> nested = Arbitraries.integers().between(100, 200_000)
                .withDistribution(RandomDistribution.uniform()).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> huge = Arbitraries.integers().between(10_000, 400_000)
                .map(n -> "{\"text\":\"" + "x".repeat(n) + "\",\"kind\":\"TYPOGRAPHICAL\"}");
        Arbitrary<byte[]> text = Arbitraries.oneOf(anyText, object, broken, nested, huge, scalar).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
                .map(b -> {
                    byte[] out = new byte[b.length + 12];
                    System.arraycopy("{\"text\":\"".getBytes(StandardCharsets.UTF_8), 0, out, 0, 9);
                    out[9] = (byte) 0xC3;
                    out[10] = (byte) 0x28;
                    System.arraycopy(b, 0, out, 11, b.length);
                    out[out.length - 1] = '}';
                    return out;
                });
        return Arbitraries.oneOf(text, text, text, invalidUtf8);
    }

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @TestFactory
    Stream<DynamicTest> everyPostAndPutSurvivesBadInput() {
        Random random = new Random(SEED);
        Arbitrary<byte[]> bodies;
        JqwikSession.start();
        try {
            bodies = badBodies();
        } finally {
            JqwikSession.finish();
        }
        return endpoints.stream().map(e -> DynamicTest.dynamicTest(e.method() + " " + e.path(), () -> {
            JqwikSession.start();
            try {
                tryEndpoint(e, bodies.generator(1000), random);
            } finally {
                JqwikSession.finish();
            }
        }));
    }

    void tryEndpoint(Endpoint e, net.jqwik.api.RandomGenerator<byte[]> generator, Random random) throws Exception {
            for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
                byte[] body = generator.next(random).value();
                String before = state();
                MockHttpServletResponse r = mvc.perform(request(e.method(), e.path()).with(httpBasic(e.user(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
                String answer = r.getContentAsString();
                assertThat(r.getStatus()).as("status for %s", shown).isLessThan(500);
                assertThat(answer).as("answer for %s", shown).doesNotContain("at org.").doesNotContain("Exception");
                if (r.getStatus() >= 400) {
                    assertThat(r.getContentType()).as("content type for %s", shown).startsWith("application/problem+json");
                    assertThat(answer).as("code for %s", shown).contains("\"code\"");
                    assertThat(state()).as("state after refusing %s", shown).isEqualTo(before);
                }
            }
    }
}
