package org.recflow.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The API (and the engine's own REST API, TSB only) takes HTTP Basic on every request, keeps no
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
    static final String[] PUBLIC_PAGES = {"/error", "/css/**", "/vendor/**", "/favicon.ico", "/camunda/**", "/actuator/health",
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
        return (req, res, e) -> Problems.write(res, json, ProblemCode.NOT_ELIGIBLE, detail);
    }

    @Bean
    AccountDirectory accountDirectory(MemberRegistry registry) {
        return new AccountDirectory(registry);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (req, res, e) -> {
            res.setHeader("WWW-Authenticate", "Basic realm=\"recflow\"");
            Problems.write(res, json, ProblemCode.UNAUTHENTICATED, "sign in with a valid account");
        };
        AccessDeniedHandler denied = notEligible(json, "you may not take this step");
        http
            .securityMatcher(apiDoor())
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(engineRest()).hasRole(Role.TSB.name())
                .anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectMapper json) throws Exception {
        AccessDeniedHandler denied = notEligible(json, "the dashboard is for TSB and study-group chairmen");
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login").permitAll()
                .requestMatchers(PUBLIC_PAGES).permitAll()
                .requestMatchers("/", "/dashboard/**").hasAnyRole(Role.TSB.name(), Role.CHAIR.name())
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
            .exceptionHandling(ex -> ex.accessDeniedHandler(denied))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/error"))
            .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }
}
