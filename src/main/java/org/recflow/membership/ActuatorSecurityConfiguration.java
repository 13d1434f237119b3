package org.recflow.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The door of the actuator (on the application's port, or on {@code management.server.port} when one is set), a
 * chain of its own ahead of the API's and the pages' ({@link #ORDER}):
 * <ul>
 * <li>{@code /actuator/health}, {@code …/liveness}, {@code …/readiness}: anyone, without signing in; the status only
 *     ({@code {"status":"UP"}}), the components and their details to TSB alone
 *     ({@code management.endpoint.health.show-details/show-components: when-authorized}, {@code roles: TSB});</li>
 * <li>{@code /actuator/info} (version and commit): any signed-in caller, a metrics scraper's token included (so
 *     that the metrics can be labelled with the release a node runs), as no version is shown to anonymous callers;</li>
 * <li>{@code /actuator/prometheus}: TSB, or in {@code prod} a token whose {@code recflow_role} is {@value #METRICS}
 *     (a scraper's account, which opens nothing else but info: the API refuses it as naming no caller);</li>
 * <li>anything else under the actuator: 403, though only these three are exposed at all
 *     ({@code management.endpoints.web.exposure.include}).</li>
 * </ul>
 * Callers sign in as on the API: HTTP Basic with the demo accounts, bearer tokens of the identity provider in
 * {@code prod} ({@link AccountSource}). No session; refusals are problem documents.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    /** Ahead of the API door (1) and the pages (2), which would otherwise take /actuator/** for a page. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    /** The role of a metrics scraper's token in {@code prod}, valid for /actuator/prometheus and /actuator/info only. */
    static final String METRICS = "METRICS";

    @Bean
    @Order(ORDER)
    @Conditional(AccountSource.DemoAccounts.class)
    SecurityFilterChain actuatorWithDemoAccounts(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (req, res, e) -> {
            res.setHeader("WWW-Authenticate", "Basic realm=\"recflow\"");
            Problems.write(res, json, ProblemCode.UNAUTHENTICATED, "sign in with a valid account");
        };
        rules(http, json)
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(SecurityConfiguration.notEligible(json, "the metrics are for TSB")));
        return http.build();
    }

    @Bean
    @Order(ORDER)
    @Conditional(AccountSource.IdentityProvider.class)
    SecurityFilterChain actuatorWithTokens(HttpSecurity http, ObjectMapper json, MemberRegistry registry) throws Exception {
        AuthenticationEntryPoint unauthenticated = ProdSecurityConfiguration.unauthenticated(json);
        rules(http, json)
            .oauth2ResourceServer(rs -> rs
                .jwt(jwt -> jwt.jwtAuthenticationConverter(new ScraperOrActor(new JwtActors(registry))))
                .authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(SecurityConfiguration.notEligible(json, "the metrics are for TSB and metrics scrapers")))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(SecurityConfiguration.notEligible(json, "the metrics are for TSB and metrics scrapers")));
        return http.build();
    }

    private static HttpSecurity rules(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
            // the endpoints wherever they are served, and whatever else is asked under /actuator (refused)
            .securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.to(InfoEndpoint.class)).authenticated()
                .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class)).hasAnyRole(Role.TSB.name(), METRICS)
                .anyRequest().denyAll())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
    }

    /** A scraper's token ({@code recflow_role: METRICS}) as {@code ROLE_METRICS}; any other token as {@link JwtActors} reads it. */
    static final class ScraperOrActor implements Converter<Jwt, AbstractAuthenticationToken> {

        private final JwtActors actors;

        ScraperOrActor(JwtActors actors) {
            this.actors = actors;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Object role = jwt.getClaims().get(JwtActors.ROLE);
            if (role instanceof String r && METRICS.equals(r.trim().toUpperCase(Locale.ROOT))) {
                String name = jwt.getClaimAsString(JwtActors.PREFERRED_USERNAME);
                return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + METRICS)),
                        name != null ? name : jwt.getSubject());
            }
            return actors.convert(jwt);
        }
    }
}
