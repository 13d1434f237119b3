package org.recflow.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.recflow.kernel.ErrorPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The API (and the engine's own REST API, {@link EngineAccess}) takes HTTP Basic on every request, keeps no
 * session and answers refusals as problem documents. The pages (dashboard) take a sign-in form and a
 * session. The Camunda web applications under /camunda keep their own sign-in. Who may take a step of a
 * procedure is decided by each module's rules, with the {@link Actor} of the caller.
 * <p>
 * These are the doors of the demo accounts (default, {@code sim} and {@code demo} profiles). In {@code prod}, or with
 * {@code recflow.demo-accounts=false}, neither the accounts nor HTTP Basic nor the sign-in form exist:
 * {@link ProdSecurityConfiguration} takes the identity provider's bearer tokens instead ({@link AccountSource}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Conditional(AccountSource.DemoAccounts.class)
class SecurityConfiguration {

    /** Pages and documents anyone may read, whichever way callers sign in. */
    static final String[] PUBLIC_PAGES = {"/error", "/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/camunda/**", "/actuator/health",
        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * The engine's REST API, matched over the whole request path: it is a servlet of its own (Jersey), which the
     * default MVC matchers would not see.
     */
    static RequestMatcher engineRest() {
        return PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
    }

    /** Every request of the API door: the REST contract under /api and the engine's own REST API. */
    static RequestMatcher apiDoor() {
        return new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), engineRest());
    }

    /** A signed-in caller who may not take the step: 403 NOT_ELIGIBLE, as a problem document. */
    static AccessDeniedHandler notEligible(ObjectMapper json, String detail) {
        return (req, res, e) -> {
            if (ErrorPages.wantsHtml(req)) {
                ErrorPages.send(req, res, 403, detail); // a browser asking for a page: the same words, as a page
            } else {
                Problems.write(res, json, ProblemCode.NOT_ELIGIBLE, detail);
            }
        };
    }

    @Bean
    AccountDirectory accountDirectory(MemberRegistry registry) {
        return new AccountDirectory(registry);
    }

    /** Failed sign-ins, slowed down per account and per client address ({@link SignInThrottle}), in real time. */
    @Bean
    SignInThrottle signInThrottle(@Value("${recflow.sign-in.account-limit:10}") int accountLimit,
            @Value("${recflow.sign-in.address-limit:50}") int addressLimit,
            @Value("${recflow.sign-in.window:PT15M}") Duration window) {
        return new SignInThrottle(Clock.systemUTC(), accountLimit, addressLimit, window);
    }

    /** The one way a demo account signs in (HTTP Basic and the form): equal and cheap whether the name is known or not. */
    @Bean
    SignInGuard signInGuard(AccountDirectory accounts, SignInThrottle throttle) {
        return new SignInGuard(accounts, throttle);
    }

    /**
     * Spring Security's events of a sign-in with the demo accounts (this configuration), failures only. HTTP Basic signs
     * the caller in on every API request, and Spring Boot's publisher announced each success to the whole context (about
     * 0.7% of a reply's server CPU, issue 20, docs/BENCHMARKS.md "Sixth pass") although nothing in recflow listens to it.
     * A listener of successes would need this bean gone; failures are published as before
     * ({@link DefaultAuthenticationEventPublisher}). The {@code prod} chain (bearer tokens) keeps Spring Boot's publisher.
     */
    @Bean
    AuthenticationEventPublisher authenticationEvents(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher failures = new DefaultAuthenticationEventPublisher(publisher);
        return new AuthenticationEventPublisher() {
            @Override
            public void publishAuthenticationSuccess(Authentication authentication) {
                // nobody listens: see above
            }

            @Override
            public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
                failures.publishAuthenticationFailure(exception, authentication);
            }
        };
    }

    /** 429 TOO_MANY_ATTEMPTS with Retry-After (seconds) for a throttled sign-in, as a problem document. */
    static boolean tooManyAttempts(HttpServletResponse res, ObjectMapper json, AuthenticationException e) throws IOException {
        if (!(e instanceof SignInGuard.TooManyAttempts throttled)) {
            return false;
        }
        res.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        Problems.write(res, json, ProblemCode.TOO_MANY_ATTEMPTS,
                "too many failed sign-ins for this account or from this address: try again in "
                        + throttled.retryAfterSeconds() + " s");
        return true;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json,
            @Value("${" + EngineAccess.ADMIN_TOOLS + ":false}") boolean adminTools) throws Exception {
        AuthenticationEntryPoint unauthenticated = (req, res, e) -> {
            if (tooManyAttempts(res, json, e)) {
                return;
            }
            res.setHeader("WWW-Authenticate", "Basic realm=\"recflow\"");
            Problems.write(res, json, ProblemCode.UNAUTHENTICATED, "sign in with a valid account");
        };
        AccessDeniedHandler denied = notEligible(json, "you may not take this step");
        http
            .securityMatcher(apiDoor())
            .authorizeHttpRequests(auth -> {
                EngineAccess.engineRest(auth, adminTools);
                auth.anyRequest().authenticated();
            })
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .addFilterBefore(new BrowserHardening.CrossSiteRefusal(json), BasicAuthenticationFilter.class)
            .headers(BrowserHardening.headers());
        return http.build();
    }

    /**
     * Where an account lands after signing in (issue 15): the page it asked for before signing in, else the page it
     * can use; TSB and study-group chairmen the dashboard, every other account (Member States, Sector Members,
     * Associates) what waits on it ({@code /mine}). A saved request for the dashboard ("/" or "/dashboard") that the
     * account may not open is dropped, so that a Member State never lands on a 403.
     */
    static SavedRequestAwareAuthenticationSuccessHandler landing() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
                    Authentication auth) throws jakarta.servlet.ServletException, IOException {
                var saved = cache.getRequest(req, res);
                if (saved != null && !usesDashboard(auth)) {
                    String path = java.net.URI.create(saved.getRedirectUrl()).getPath();
                    String context = req.getContextPath();
                    if (path != null && (path.equals(context + "/") || path.equals(context + "/dashboard"))) {
                        cache.removeRequest(req, res);
                    }
                }
                super.onAuthenticationSuccess(req, res, auth);
            }

            @Override
            protected String determineTargetUrl(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
                    Authentication auth) {
                return usesDashboard(auth) ? "/dashboard" : "/mine";
            }
        };
        handler.setRequestCache(cache);
        return handler;
    }

    /** TSB and study-group chairmen: the accounts the dashboard is for. */
    static boolean usesDashboard(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + Role.TSB.name()) || a.equals("ROLE_" + Role.CHAIR.name()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectMapper json,
            @Value("${" + EngineAccess.ADMIN_TOOLS + ":false}") boolean adminTools) throws Exception {
        AccessDeniedHandler denied = notEligible(json, "the dashboard is for TSB and study-group chairmen");
        AuthenticationFailureHandler signInFailed = (req, res, e) -> {
            if (!tooManyAttempts(res, json, e)) {
                res.sendRedirect(req.getContextPath() + "/login?error");
            }
        };
        http
            .authorizeHttpRequests(auth -> EngineAccess.webapps(auth, adminTools))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login").permitAll()
                .requestMatchers(PUBLIC_PAGES).permitAll()
                // starting a procedure from the pages: TSB and chairmen, as the dashboard (issue 15)
                .requestMatchers("/dashboard/approvals/new", "/dashboard/approvals/new/steps/*", "/dashboard/questions/new",
                        "/dashboard/questions/new/steps/*", "/dashboard/deletions/new", "/dashboard/deletions/new/steps/*")
                        .hasAnyRole(Role.TSB.name(), Role.CHAIR.name())
                // one procedure's page and its step forms: for every member signed in (issue 15 item 1)
                .requestMatchers("/dashboard/approvals/*", "/dashboard/approvals/*/steps/*", "/dashboard/questions/*",
                        "/dashboard/questions/*/steps/*", "/dashboard/deletions/*", "/dashboard/deletions/*/steps/*").authenticated()
                .requestMatchers("/", "/dashboard/**").hasAnyRole(Role.TSB.name(), Role.CHAIR.name())
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").successHandler(landing()).failureHandler(signInFailed)
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
            .exceptionHandling(ex -> ex.accessDeniedHandler(denied))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/error"))
            .headers(BrowserHardening.headers());
        return http.build();
    }
}
