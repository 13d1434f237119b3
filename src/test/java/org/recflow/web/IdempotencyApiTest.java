package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Idempotency-Key on POST (api.md "Answers and errors"): a repeat returns the first answer and has no second effect. */
@SpringTest
class IdempotencyApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired IdempotencyStore store;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired WebApplicationContext context;
    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilterChain;
    @Autowired FilterRegistrationBean<RequestLimitsFilter> limitsFilter;
    @Autowired FilterRegistrationBean<IdempotencyFilter> idempotencyFilter;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String start(String title) {
        return """
                {"procedure":"AAP","recommendation":"Y.4481","revision":"NEW","title":"%s",
                 "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1235",
                 "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""".formatted(title);
    }

    static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String key, String body) throws Exception {
        request.with(httpBasic(user, "demo"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    ResultActions refused(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("at org."))));
    }

    long titled(String title) throws Exception {
        JsonNode list = json.readTree(call(get("/api/approvals?studyGroup=SG20"), "tsb", null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long n = 0;
        for (JsonNode a : list) {
            if (title.equals(a.get("title").asText())) {
                n++;
            }
        }
        return n;
    }

    long started(String title) throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = call(post("/api/approvals"), "chair-sg20", null, start(title)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    long inLastCall(String title) throws Exception {
        long id = started(title);
        clock.set("2027-01-18T08:00:00Z");
        call(post("/api/approvals/" + id + "/last-call"), "tsb", null, "{\"announcedOn\":\"2027-01-18\"}").andExpect(status().isOk());
        return id;
    }

    int comments(long id) throws Exception {
        return json.readTree(call(get("/api/approvals/" + id + "/comments"), "tsb", null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).size();
    }

    @Test
    void aRepeatedStartCreatesOneApprovalAndAnswersTheSame() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Idempotent start");
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = call(post("/api/approvals"), "chair-sg20", key, start(title))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/approvals/\\d+")))
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER))
                .andReturn().getResponse();
        MockHttpServletResponse second = call(post("/api/approvals"), "chair-sg20", key, start(title))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", first.getHeader("Location")))
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(json.readTree(second.getContentAsString()).get("id").asLong())
                .isEqualTo(json.readTree(first.getContentAsString()).get("id").asLong());
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(titled(title)).isEqualTo(1);
    }

    @Test
    void withoutTheHeaderEveryPostRuns() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("No key");
        call(post("/api/approvals"), "chair-sg20", null, start(title)).andExpect(status().isCreated());
        call(post("/api/approvals"), "chair-sg20", null, start(title)).andExpect(status().isCreated());
        assertThat(titled(title)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefusedAndChangesNothing() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Reused key");
        String other = unique("Reused key, other body");
        String key = UUID.randomUUID().toString();
        String location = call(post("/api/approvals"), "chair-sg20", key, start(title)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        refused(call(post("/api/approvals"), "chair-sg20", key, start(other)), 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(titled(other)).isZero();
        // the same key on another path, with a body that path would take
        refused(call(post(location + "/withdrawal"), "chair-sg20", key, "{\"reason\":\"x\"}"), 422, "IDEMPOTENCY_KEY_REUSED");
        call(get(location), "tsb", null, null).andExpect(jsonPath("$.status").value("REQUESTED"));
        assertThat(titled(title)).isEqualTo(1);
        // the first answer is still the key's answer
        call(post("/api/approvals"), "chair-sg20", key, start(title)).andExpect(status().isCreated())
                .andExpect(header().string("Location", location));
    }

    @Test
    void keysBelongToTheirAccount() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Two accounts");
        String key = UUID.randomUUID().toString();
        String byChair = call(post("/api/approvals"), "chair-sg20", key, start(title)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String byTsb = call(post("/api/approvals"), "tsb", key, start(title)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER))
                .andReturn().getResponse().getHeader("Location");
        assertThat(byTsb).isNotEqualTo(byChair);
        assertThat(titled(title)).isEqualTo(2);
        // another account's key with another body is no reuse either
        call(post("/api/approvals"), "chair-sg20", UUID.randomUUID().toString(), start(unique("x"))).andExpect(status().isCreated());
    }

    @Test
    void aRepeatedCommentIsStoredOnce() throws Exception {
        long id = inLastCall(unique("Comment once"));
        clock.set("2027-02-01T10:00:00Z");
        String typo = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"'recieve' in 6.2\",\"proposedChanges\":\"receive\"}";
        String key = UUID.randomUUID().toString();
        String location = call(post("/api/approvals/" + id + "/comments"), "ms-fra", key, typo)
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        call(post("/api/approvals/" + id + "/comments"), "ms-fra", key, typo)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location))
                .andExpect(jsonPath("$.member").value("FRA"));
        assertThat(comments(id)).isEqualTo(1);
        call(get("/api/approvals/" + id + "/comments"), "tsb", null, null).andExpect(jsonPath("$", hasSize(1)));
        assertThat(json.readTree(call(get("/api/approvals/" + id), "tsb", null, null).andReturn().getResponse()
                .getContentAsString()).get("comments").asInt()).isEqualTo(1);
    }

    @Test
    void aRepeatedStepAnswersTheFirstAnswerNotTheWrongStep() throws Exception {
        long id = started(unique("Last Call once"));
        clock.set("2027-01-18T08:00:00Z");
        String key = UUID.randomUUID().toString();
        String first = call(post("/api/approvals/" + id + "/last-call"), "tsb", key, "{\"announcedOn\":\"2027-01-18\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LAST_CALL"))
                .andReturn().getResponse().getContentAsString();
        call(post("/api/approvals/" + id + "/last-call"), "tsb", key, "{\"announcedOn\":\"2027-01-18\"}")
                .andExpect(status().isOk())
                .andExpect(content().string(first));
        // without the key the same step is refused: it is not open any more
        refused(call(post("/api/approvals/" + id + "/last-call"), "tsb", null, "{\"announcedOn\":\"2027-01-18\"}"), 409, "WRONG_STEP");
    }

    @Test
    void aRefusedFirstRequestIsRefusedAgainAndChangesNothing() throws Exception {
        long id = started(unique("Refused first"));
        String typo = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}";
        String key = UUID.randomUUID().toString();
        String refusal = refused(call(post("/api/approvals/" + id + "/comments"), "ms-fra", key, typo), 409, "WRONG_STEP")
                .andReturn().getResponse().getContentAsString();
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-fra", key, typo), 409, "WRONG_STEP")
                .andExpect(content().string(refusal));
        assertThat(comments(id)).isZero();
        // the Last Call opens: the key still answers what it answered, a new key takes the comment
        clock.set("2027-01-18T08:00:00Z");
        call(post("/api/approvals/" + id + "/last-call"), "tsb", null, null).andExpect(status().isOk());
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-fra", key, typo), 409, "WRONG_STEP");
        assertThat(comments(id)).isZero();
        call(post("/api/approvals/" + id + "/comments"), "ms-fra", UUID.randomUUID().toString(), typo).andExpect(status().isCreated());
        assertThat(comments(id)).isEqualTo(1);
    }

    @Test
    void aRefusedStartLeavesNoApprovalBehind() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Refused start");
        String key = UUID.randomUUID().toString();
        // an agreement in the future: refused by the rules after the request was read
        String future = start(title).replace("\"2027-01-08\"", "\"2027-02-08\"");
        refused(call(post("/api/approvals"), "chair-sg20", key, future), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals"), "chair-sg20", key, future), 400, "INVALID_REQUEST")
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
        refused(call(post("/api/approvals"), "chair-sg13", UUID.randomUUID().toString(), start(title)), 403, "NOT_ELIGIBLE");
        assertThat(titled(title)).isZero();
    }

    @Test
    void aKeyIsAtMost200Characters() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Long key");
        refused(call(post("/api/approvals"), "chair-sg20", "k".repeat(201), start(title)), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
        refused(call(post("/api/approvals"), "chair-sg20", " ", start(title)), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
        assertThat(titled(title)).isZero();
        String key = UUID.randomUUID().toString().substring(0, 20) + "k".repeat(180);
        call(post("/api/approvals"), "chair-sg20", key, start(title)).andExpect(status().isCreated());
        call(post("/api/approvals"), "chair-sg20", key, start(title)).andExpect(status().isCreated());
        assertThat(titled(title)).isEqualTo(1);
    }

    @Test
    void anUnauthenticatedRequestIsRefusedBeforeTheKeyIsLookedAt() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Nobody");
        refused(mvc.perform(post("/api/approvals").header("Idempotency-Key", "k".repeat(300))
                .contentType(MediaType.APPLICATION_JSON).content(start(title))), 401, "UNAUTHENTICATED");
        assertThat(titled(title)).isZero();
    }

    @Test
    void theLoserOfTwoFirstRequestsWithOneKeyChangesNothingAndAnswersTheWinnersAnswer() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = unique("Race");
        String key = UUID.randomUUID().toString();
        String body = start(title);
        byte[] winnersBody = "{\"id\":424242}".getBytes(StandardCharsets.UTF_8);
        TransactionTemplate aside = new TransactionTemplate(transactionManager);
        aside.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        // the same filters as the application, in its order, with a step inside the request's transaction where
        // the other request with the same key commits first (no timing: the interleaving is forced)
        Filter winnerCommits = (request, response, chain) -> {
            aside.executeWithoutResult(tx -> store.insert("chair-sg20", key, "POST", "/api/approvals",
                    new IdempotencyStore.Answer(IdempotencyFilter.fingerprint("POST", "/api/approvals",
                            body.getBytes(StandardCharsets.UTF_8)), 201, "application/json", "/api/approvals/424242", winnersBody)));
            chain.doFilter(request, response);
        };
        MockMvc racing = MockMvcBuilders.webAppContextSetup(context)
                .addFilter(limitsFilter.getFilter(), "/api/*")
                .addFilter(securityFilterChain)
                .addFilter(idempotencyFilter.getFilter(), "/api/*")
                .addFilter(winnerCommits, "/api/*")
                .build();
        racing.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/approvals/424242"))
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
                .andExpect(content().bytes(winnersBody));
        // the approval this request created was rolled back with its failed record: nothing is done twice
        assertThat(titled(title)).isZero();
    }

    @Test
    void theStoreKeepsOneAnswerPerAccountAndKey() {
        String key = UUID.randomUUID().toString();
        IdempotencyStore.Answer answer = new IdempotencyStore.Answer("f".repeat(64), 201, "application/json",
                "/api/approvals/1", "{\"id\":1}".getBytes());
        Boolean first = transactions.execute(tx -> store.insert("someone", key, "POST", "/api/approvals", answer));
        assertThat(first).isTrue();
        // the loser of two concurrent first requests: refused by the unique (account, key), its transaction rolled back
        Boolean second = transactions.execute(tx -> {
            boolean inserted = store.insert("someone", key, "POST", "/api/approvals", answer);
            tx.setRollbackOnly();
            return inserted;
        });
        assertThat(second).isFalse();
        assertThat(store.find("someone", key)).get()
                .satisfies(a -> assertThat(new String(a.body())).isEqualTo("{\"id\":1}"))
                .satisfies(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(store.find("someone else", key)).isEmpty();
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1};
        String other = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> store.insert("someone", other, "POST", "/api/x",
                new IdempotencyStore.Answer("0".repeat(64), 200, "application/octet-stream", null, binary)));
        assertThat(store.find("someone", other).orElseThrow().body()).isEqualTo(binary);
        // the daily cleanup deletes what is older than 30 days, and only that
        String old = UUID.randomUUID().toString();
        IdempotencyStore before = new IdempotencyStore(jdbc, Duration.ofDays(30),
                Clock.fixed(Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC));
        transactions.executeWithoutResult(tx -> before.insert("someone", old, "POST", "/api/approvals", answer));
        assertThat(store.find("someone", old)).isPresent();
        store.cleanUp();
        assertThat(store.find("someone", old)).isEmpty();
        assertThat(store.find("someone", key)).isPresent();
    }
}
