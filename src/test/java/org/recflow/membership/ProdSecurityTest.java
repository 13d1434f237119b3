package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The {@code prod} profile: callers are JWT bearer tokens of the identity provider, verified here against the
 * test-only key pair of {@code src/test/resources/jwt}; no demo account, no HTTP Basic. Its own context, on its own
 * in-memory database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "prod"})
@TestPropertySource(locations = "classpath:recflow-test.properties", properties = {
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/test-public.pem",
    "spring.datasource.url=jdbc:h2:mem:recflow-prod;DB_CLOSE_DELAY=-1"})
class ProdSecurityTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""";
    static final String TYPO = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"'recieve' in 6.2\",\"proposedChanges\":\"receive\"}";

    static PrivateKey signingKey;
    static PrivateKey otherKey;

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired ApplicationContext context;

    @BeforeAll
    static void keys() throws IOException, GeneralSecurityException {
        String pem;
        try (InputStream in = new ClassPathResource("jwt/test-private.pem").getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        signingKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        otherKey = generator.generateKeyPair().getPrivate();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- tokens ---

    /** Claims of a caller; the token's times are real time, as the decoder checks them against the system clock. */
    static Map<String, Object> claims(String username, String role, String member, String studyGroup) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "0f6c-" + username);
        claims.put("preferred_username", username);
        if (role != null) {
            claims.put(JwtActors.ROLE, role);
        }
        if (member != null) {
            claims.put(JwtActors.MEMBER, member);
        }
        if (studyGroup != null) {
            claims.put(JwtActors.STUDY_GROUP, studyGroup);
        }
        return claims;
    }

    static String sign(Map<String, Object> claims, PrivateKey key, Instant expires) throws JOSEException {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer("https://idp.example.org/realms/itu")
                .issueTime(Date.from(expires.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), set.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static String token(Map<String, Object> claims) throws JOSEException {
        return sign(claims, signingKey, Instant.now().plus(Duration.ofMinutes(30)));
    }

    static String tsb() throws JOSEException {
        return token(claims("alice.tsb", "TSB", null, null));
    }

    static String chairOf(String sg) throws JOSEException {
        return token(claims("chair-" + sg.toLowerCase(), "CHAIR", null, sg));
    }

    static String memberState(String code) throws JOSEException {
        return token(claims("delegate-" + code.toLowerCase(), "MEMBER_STATE", code, null));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    static ResultActions refused(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    static ResultActions unauthenticated(ResultActions r) throws Exception {
        return refused(r, 401, "UNAUTHENTICATED").andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }

    long inLastCall() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = call(post("/api/approvals"), chairOf("SG20"), START).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        clock.set("2027-01-18T08:00:00Z");
        call(post("/api/approvals/" + id + "/last-call"), tsb(), "{\"announcedOn\":\"2027-01-18\"}").andExpect(status().isOk());
        return id;
    }

    // --- who the token says ---

    @Test
    void aChairTokenStartsAnApprovalOfItsStudyGroupAndIsRecordedByItsUsername() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        call(post("/api/approvals"), chairOf("SG20"), START)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.createdBy").value("chair-sg20"))
                .andExpect(jsonPath("$.history[0].actor").value("chair-sg20"))
                .andExpect(jsonPath("$.history[0].role").value("CHAIR"));
        refused(call(post("/api/approvals"), chairOf("SG13"), START), 403, "NOT_ELIGIBLE");
    }

    @Test
    void aTsbTokenStartsOnTheChairsBehalfAndAnnouncesTheLastCall() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = call(post("/api/approvals"), tsb(), START).andExpect(status().isCreated())
                .andExpect(jsonPath("$.history[0].actor").value("alice.tsb"))
                .andExpect(jsonPath("$.history[0].role").value("TSB"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        clock.set("2027-01-18T08:00:00Z");
        refused(call(post("/api/approvals/" + id + "/last-call"), chairOf("SG20"), "{}"), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/last-call"), tsb(), "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LAST_CALL"));
    }

    @Test
    void aMemberStateTokenCommentsForItselfButNeverActsForAnother() throws Exception {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        call(post("/api/approvals/" + id + "/comments"), memberState("fra"), TYPO)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.member").value("FRA"))
                .andExpect(jsonPath("$.author").value("delegate-fra"));
        String before = call(get("/api/approvals/" + id), tsb(), null).andReturn().getResponse().getContentAsString();
        refused(call(put("/api/approvals/" + id + "/replies/DEU"), memberState("FRA"), "{\"position\":\"SUPPORT\"}"),
                403, "NOT_ELIGIBLE");
        assertThat(call(get("/api/approvals/" + id), tsb(), null).andReturn().getResponse().getContentAsString()).isEqualTo(before);
    }

    @Test
    void sectorMembersAndAssociatesComeWithTheirIdAndStudyGroup() throws Exception {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        call(post("/api/approvals/" + id + "/comments"), token(claims("bob", "SECTOR_MEMBER", "Ericsson", null)), TYPO)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.member").value("ericsson"));
        call(post("/api/approvals/" + id + "/comments"), token(claims("carol", "associate", "acme-labs", "sg20")), TYPO)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.member").value("acme-labs"));
        refused(call(post("/api/approvals/" + id + "/comments"), token(claims("dave", "ASSOCIATE", "acme-labs", "SG13")), TYPO),
                403, "NOT_ELIGIBLE");
    }

    @Test
    void withoutPreferredUsernameTheSubjectIsTheUsername() throws Exception {
        Map<String, Object> claims = claims("x", "TSB", null, null);
        claims.remove("preferred_username");
        claims.put("sub", "7d1e2c90-tsb");
        clock.set("2027-01-11T09:00:00Z");
        call(post("/api/approvals"), token(claims), START).andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("7d1e2c90-tsb"));
    }

    // --- bad credentials: 401 with a Bearer challenge ---

    @Test
    void noTokenIsRefusedWithABearerChallenge() throws Exception {
        unauthenticated(call(get("/api/approvals"), null, null));
        unauthenticated(call(post("/api/approvals"), null, START));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String expired = sign(claims("alice.tsb", "TSB", null, null), signingKey, Instant.now().minus(Duration.ofHours(2)));
        unauthenticated(call(get("/api/approvals"), expired, null))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String forged = sign(claims("alice.tsb", "TSB", null, null), otherKey, Instant.now().plus(Duration.ofMinutes(30)));
        unauthenticated(call(get("/api/approvals"), forged, null))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
        clock.set("2027-01-11T09:00:00Z");
        unauthenticated(call(post("/api/approvals"), forged, START));
    }

    @Test
    void anUnsignedOrMalformedTokenIsRefused() throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(30))));
        claims("alice.tsb", "TSB", null, null).forEach(set::claim);
        unauthenticated(call(get("/api/approvals"), new PlainJWT(set.build()).serialize(), null));
        unauthenticated(call(get("/api/approvals"), "not-a-token", null));
        unauthenticated(mvc.perform(get("/api/approvals").header("Authorization", "Bearer ")));
    }

    @Test
    void httpBasicWithADemoAccountIsRefusedForThereAreNone() throws Exception {
        unauthenticated(mvc.perform(get("/api/approvals").with(httpBasic("tsb", "demo"))));
        unauthenticated(mvc.perform(get("/api/approvals").with(httpBasic("ms-fra", "demo"))));
        clock.set("2027-01-11T09:00:00Z");
        unauthenticated(mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(START)));
        assertThat(context.getBeansOfType(AccountDirectory.class)).isEmpty();
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-role", "unknown-role", "unknown-member-state", "member-state-without-member", "chair-without-sg",
        "chair-of-unknown-sg", "associate-without-sg", "sector-member-without-id", "sector-member-odd-id", "no-username", "long-username"})
    void aTokenThatNamesNoRecflowCallerIsABadCredential(String kind) throws Exception {
        Map<String, Object> claims = switch (kind) {
            case "no-role" -> claims("eve", null, null, null);
            case "unknown-role" -> claims("eve", "ADMIN", null, null);
            case "unknown-member-state" -> claims("eve", "MEMBER_STATE", "XYZ", null);
            case "member-state-without-member" -> claims("eve", "MEMBER_STATE", null, null);
            case "chair-without-sg" -> claims("eve", "CHAIR", null, null);
            case "chair-of-unknown-sg" -> claims("eve", "CHAIR", null, "SG99");
            case "associate-without-sg" -> claims("eve", "ASSOCIATE", "acme", null);
            case "sector-member-without-id" -> claims("eve", "SECTOR_MEMBER", null, null);
            case "sector-member-odd-id" -> claims("eve", "SECTOR_MEMBER", "<script>", null);
            case "no-username" -> {
                Map<String, Object> c = claims("eve", "TSB", null, null);
                c.remove("sub");
                c.remove("preferred_username");
                yield c;
            }
            case "long-username" -> claims("e".repeat(65), "TSB", null, null);
            default -> throw new IllegalArgumentException(kind);
        };
        unauthenticated(call(get("/api/approvals"), token(claims), null))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail", startsWith("the token names no recflow caller")));
    }

    // --- the engine's REST API and the pages ---

    @Test
    void theEngineRestApiIsForTsbOnly() throws Exception {
        refused(call(get("/engine-rest/engine"), memberState("FRA"), null), 403, "NOT_ELIGIBLE");
        refused(call(get("/engine-rest/engine"), chairOf("SG20"), null), 403, "NOT_ELIGIBLE");
        unauthenticated(call(get("/engine-rest/engine"), null, null));
        unauthenticated(mvc.perform(get("/engine-rest/engine").with(httpBasic("tsb", "demo"))));
        int status = call(get("/engine-rest/engine"), tsb(), null).andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void theEngineRestApiIsReadOnlyForTsbAndWholeForItsAdministrator() throws Exception {
        // TSB reads and retries failed jobs; any other change is the administrator's (recflow_admin on a TSB token)
        refused(call(post("/engine-rest/process-instance"), tsb(), "{}"), 403, "NOT_ELIGIBLE");
        int retry = call(put("/engine-rest/job/none/retries"), tsb(), "{\"retries\":1}").andReturn().getResponse().getStatus();
        assertThat(retry).isNotIn(401, 403);
        Map<String, Object> admin = claims("root.tsb", "TSB", null, null);
        admin.put(JwtActors.ADMIN, true);
        int write = call(post("/engine-rest/process-instance"), token(admin), "{}").andReturn().getResponse().getStatus();
        assertThat(write).isNotIn(401, 403);
        // the claim makes no one else an administrator
        Map<String, Object> notTsb = claims("eve", "CHAIR", null, "SG20");
        notTsb.put(JwtActors.ADMIN, true);
        refused(call(post("/engine-rest/process-instance"), token(notTsb), "{}"), 403, "NOT_ELIGIBLE");
        // deployments and identity management stay closed, to the administrator too
        refused(call(post("/engine-rest/deployment/create"), token(admin), "{}"), 403, "NOT_ELIGIBLE");
        refused(call(get("/engine-rest/user"), token(admin), null), 403, "NOT_ELIGIBLE");
    }

    @Test
    void theDashboardTakesTheBearerTokenOfTsbAndChairs() throws Exception {
        call(get("/dashboard"), tsb(), null).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        call(get("/dashboard"), chairOf("SG13"), null).andExpect(status().isOk());
        refused(call(get("/dashboard"), memberState("FRA"), null), 403, "NOT_ELIGIBLE");
        unauthenticated(call(get("/dashboard"), null, null));
        unauthenticated(mvc.perform(get("/dashboard").with(httpBasic("tsb", "demo"))));
        // no sign-in form and no session: the identity provider's proxy signs people in
        unauthenticated(mvc.perform(post("/login").param("username", "tsb").param("password", "demo")));
        call(get("/dashboard"), tsb(), null).andExpect(result ->
                assertThat(result.getResponse().getHeader("Set-Cookie")).isNull());
    }

    @Test
    void theApiDocumentationStaysPublic() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}
