package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The demo accounts of api.md, the member data they are built from, and who may reach the engine's REST API. */
@SpringTest
class AccountsTest {

    @Autowired MockMvc mvc;
    @Autowired MemberRegistry registry;
    @Autowired org.springframework.context.ApplicationContext context;

    static ResultActions refused(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    // --- the demo accounts ---

    @ParameterizedTest
    @ValueSource(strings = {"tsb", "chair-sg2", "chair-sg20", "chair-tsag", "ms-fra", "ms-usa", "ms-vat", "sm-ericsson", "as-sg20"})
    void demoAccountsSignInWithTheDemoPassword(String user) throws Exception {
        mvc.perform(get("/api/approvals").with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$").isArray());
    }

    @Test
    void theHolySeeIsAMemberState() {
        assertThat(registry.memberState("vat")).hasValueSatisfying(ms -> {
            assertThat(ms.code()).isEqualTo("VAT");
            assertThat(ms.name()).startsWith("Holy See");
        });
    }

    @Test
    void aWrongPasswordIsRefusedWithAChallenge() throws Exception {
        refused(mvc.perform(get("/api/approvals").with(httpBasic("ms-fra", "wrong"))), 401, "UNAUTHENTICATED")
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        refused(mvc.perform(get("/api/approvals").with(httpBasic("ms-fra", ""))), 401, "UNAUTHENTICATED")
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void noCredentialsAreRefusedWithAChallenge() throws Exception {
        refused(mvc.perform(get("/api/approvals")), 401, "UNAUTHENTICATED")
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }

    @Test
    void anUnknownAccountIsRefused() throws Exception {
        refused(mvc.perform(get("/api/approvals").with(httpBasic("ms-xyz", "demo"))), 401, "UNAUTHENTICATED")
                .andExpect(header().exists("WWW-Authenticate"));
        refused(mvc.perform(get("/api/approvals").with(httpBasic("chair-sg99", "demo"))), 401, "UNAUTHENTICATED");
        refused(mvc.perform(get("/api/approvals").with(httpBasic("sm-unknown", "demo"))), 401, "UNAUTHENTICATED");
    }

    @Test
    void usernamesAreCaseInsensitivePasswordsAreNot() throws Exception {
        mvc.perform(get("/api/approvals").with(httpBasic("MS-FRA", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/approvals").with(httpBasic("Chair-SG20", "demo"))).andExpect(status().isOk());
        refused(mvc.perform(get("/api/approvals").with(httpBasic("ms-fra", "DEMO"))), 401, "UNAUTHENTICATED");
    }

    @Test
    void withDemoAccountsABearerTokenIsNoCredential() throws Exception {
        // the prod profile's door (ProdSecurityTest) is shut here: a bearer token is not read, let alone trusted
        refused(mvc.perform(get("/api/approvals").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0c2IifQ.")),
                401, "UNAUTHENTICATED")
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        assertThat(context.getBeansOfType(AccountDirectory.class)).hasSize(1);
    }

    // --- the member data ---

    @Test
    void theRegistryKnowsEveryMemberStateAndStudyGroup() {
        assertThat(registry.memberStates()).hasSize(194);
        assertThat(registry.memberStates()).extracting(MemberState::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z]{3}"));
        assertThat(registry.memberStates()).extracting(MemberState::ituRegion)
                .allSatisfy(region -> assertThat(region).isIn("A", "B", "C", "D", "E"));
        assertThat(registry.studyGroups()).hasSize(11);
        assertThat(registry.studyGroups()).extracting(StudyGroup::code)
                .containsExactlyInAnyOrder("SG2", "SG3", "SG5", "SG11", "SG12", "SG13", "SG15", "SG17", "SG20", "SG21", "TSAG");
        assertThat(registry.studyGroup("sg20")).hasValueSatisfying(sg -> assertThat(sg.chairAccount()).isEqualTo("chair-sg20"));
        assertThat(registry.studyGroup("SG99")).isEmpty();
        assertThat(registry.memberState("fra")).isPresent();
        assertThat(registry.memberState("XYZ")).isEmpty();
        assertThat(registry.memberState(null)).isEmpty();
    }

    @Test
    void theRegionalGroupsOfSg3() {
        assertThat(registry.regionalGroup("SG3RG-AFR")).hasValueSatisfying(g -> assertThat(g).hasSize(54));
        assertThat(registry.regionalGroup("sg3rg-arb")).hasValueSatisfying(g -> assertThat(g).hasSize(21));
        assertThat(registry.regionalGroup("SG3RG-AFR").orElseThrow()).contains("EGY");
        assertThat(registry.regionalGroup("SG3RG-ARB").orElseThrow()).contains("EGY");
        assertThat(registry.regionalGroup("SG3RG-XYZ")).isEmpty();
        // every member of a regional group is a Member State
        for (String group : new String[] {"SG3RG-AFR", "SG3RG-ARB", "SG3RG-AO", "SG3RG-EECAT", "SG3RG-LAC"}) {
            assertThat(registry.regionalGroup(group).orElseThrow()).allSatisfy(code -> assertThat(registry.isMemberState(code))
                    .as("%s in %s", code, group).isTrue());
        }
    }

    // --- the engine's own REST API: TSB only ---

    @Test
    void theEngineRestApiIsRefusedToAllButTsb() throws Exception {
        refused(mvc.perform(get("/engine-rest/engine").with(httpBasic("ms-fra", "demo"))), 403, "NOT_ELIGIBLE");
        refused(mvc.perform(get("/engine-rest/engine").with(httpBasic("chair-sg20", "demo"))), 403, "NOT_ELIGIBLE");
        refused(mvc.perform(get("/engine-rest/engine")), 401, "UNAUTHENTICATED")
                .andExpect(header().exists("WWW-Authenticate"));
        refused(mvc.perform(get("/engine-rest/engine").with(httpBasic("tsb", "wrong"))), 401, "UNAUTHENTICATED");
    }

    @Test
    void theEngineRestApiAnswersTsb() throws Exception {
        // MockMvc drives the DispatcherServlet only, not the Jersey servlet behind /engine-rest: what this
        // shows is that security lets TSB through. RestartSurvivalTest asks the real server for the 200.
        int status = mvc.perform(get("/engine-rest/engine").with(httpBasic("tsb", "demo"))).andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403).isLessThan(500);
    }

    // --- the simulated clock exists in the sim profile only ---

    @Test
    void theSimulatedClockDoesNotExistOutsideTheSimProfile() throws Exception {
        refused(mvc.perform(get("/api/sim/clock").with(httpBasic("tsb", "demo"))), 404, "NOT_FOUND");
        refused(mvc.perform(put("/api/sim/clock").with(httpBasic("tsb", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"now\":\"2030-01-01T00:00:00Z\"}")), 404, "NOT_FOUND");
    }
}
