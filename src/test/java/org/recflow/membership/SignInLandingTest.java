package org.recflow.membership;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where an account lands after signing in (issue 15): TSB and chairmen on the dashboard, every other account on
 * what waits on it, and each of them can open the page it lands on (no 403 after signing in), also when the
 * dashboard was asked for before signing in.
 */
@SpringTest
class SignInLandingTest {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({"tsb,/dashboard", "chair-sg20,/dashboard", "ms-fra,/mine", "sm-ericsson,/mine", "as-sg20,/mine"})
    void eachAccountLandsOnAPageItCanUse(String user, String landing) throws Exception {
        var signedIn = mvc.perform(formLogin("/login").user(user).password("demo"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(landing)).andReturn();
        mvc.perform(get(landing).session((MockHttpSession) signedIn.getRequest().getSession())).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} asked for / first, lands on {1}")
    @CsvSource({"tsb,/", "ms-fra,/mine"})
    void aDashboardAskedForBeforeSigningInIsKeptOnlyForThoseItIsFor(String user, String landing) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/").accept("text/html"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
        var signedIn = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", user).param("password", "demo").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isFound())
                .andReturn();
        String location = signedIn.getResponse().getRedirectedUrl();
        org.assertj.core.api.Assertions.assertThat(java.net.URI.create(location).getPath()).isEqualTo(landing);
        // "/" sends TSB on to the dashboard; neither answers a refusal
        mvc.perform(get(landing).session(session)).andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
    }
}
