package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a sign-in tells the rest of the application (SecurityConfiguration#authenticationEvents): a refused sign-in is
 * announced as Spring Security announces it, a successful one, which HTTP Basic makes on every API request, is not.
 */
@SpringTest
@RecordApplicationEvents
class SignInEventsTest {

    @Autowired MockMvc mvc;

    @Test
    void aRefusedSignInIsAnnouncedAnAcceptedOneIsNot(@Autowired ApplicationEvents events) throws Exception {
        // an account no other test signs in with wrongly: a failure counts against the sign-in throttle of the context
        mvc.perform(get("/api/approvals").with(httpBasic("ms-vat", "demo"))).andExpect(status().isOk());
        assertThat(events.stream(AuthenticationSuccessEvent.class)).isEmpty();

        mvc.perform(get("/api/approvals").with(httpBasic("ms-vat", "wrong"))).andExpect(status().isUnauthorized());
        assertThat(events.stream(AbstractAuthenticationFailureEvent.class))
                .singleElement().isInstanceOf(AuthenticationFailureBadCredentialsEvent.class)
                .extracting(e -> e.getAuthentication().getName()).isEqualTo("ms-vat");
        assertThat(events.stream(AuthenticationSuccessEvent.class)).isEmpty();
    }
}
