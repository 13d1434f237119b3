package org.recflow.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The doors of the {@code prod} profile: callers come from the secretariat's OpenID Connect provider as JWT bearer
 * tokens ({@code Authorization: Bearer …}); there is no demo account, no HTTP Basic and no sign-in form. The token is
 * verified by the {@code JwtDecoder} that Spring Boot builds from the standard properties
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (OIDC discovery and the provider's keys, and {@code iss}
 * checked), {@code jwk-set-uri} or {@code public-key-location}, with {@code …jwt.audiences} to require an audience; the
 * application does not start without one of them. {@link JwtActors} turns the verified claims into the {@link Actor}.
 * <p>
 * The API door (/api and the engine's REST API, {@link EngineAccess}) keeps no session and answers refusals as problem
 * documents: no token, a bad, expired or forged token, or one that names no recflow caller, is 401
 * {@code UNAUTHENTICATED} with {@code WWW-Authenticate: Bearer}; a caller who may not take the step is 403
 * {@code NOT_ELIGIBLE}.
 * <p>
 * The pages (dashboard) take the same bearer token, with no session and no sign-in form of their own: in production
 * they are reached through an authenticating reverse proxy of the identity provider (e.g. oauth2-proxy) that signs the
 * person in and forwards the token as {@code Authorization: Bearer}; sign-out is the proxy's too. The Camunda web
 * applications under /camunda keep their own sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Conditional(AccountSource.IdentityProvider.class)
class ProdSecurityConfiguration {

    /** 401 UNAUTHENTICATED as a problem document, with the RFC 6750 challenge ({@code error="invalid_token"} for a bad token). */
    static AuthenticationEntryPoint unauthenticated(ObjectMapper json) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setRealmName("recflow");
        return (req, res, e) -> {
            challenge.commence(req, res, e);
            String detail = e instanceof JwtActors.NotACaller notACaller
                    ? "the token names no recflow caller: " + notACaller.getMessage()
                    : "sign in with a valid bearer token of the identity provider";
            Problems.write(res, json, ProblemCode.UNAUTHENTICATED, detail);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, MemberRegistry registry,
            @Value("${" + EngineAccess.ADMIN_TOOLS + ":false}") boolean adminTools) throws Exception {
        // not a bean: Spring MVC would register every Converter bean in its conversion service
        JwtActors actors = new JwtActors(registry);
        AuthenticationEntryPoint unauthenticated = unauthenticated(json);
        AccessDeniedHandler denied = SecurityConfiguration.notEligible(json, "you may not take this step");
        http
            .securityMatcher(SecurityConfiguration.apiDoor())
            .authorizeHttpRequests(auth -> {
                EngineAccess.engineRest(auth, adminTools);
                auth.anyRequest().authenticated();
            })
            .oauth2ResourceServer(rs -> rs
                .jwt(jwt -> jwt.jwtAuthenticationConverter(actors))
                .authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(denied))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .addFilterBefore(new BrowserHardening.CrossSiteRefusal(json),
                    org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter.class)
            .headers(BrowserHardening.headers());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectMapper json, MemberRegistry registry,
            @Value("${" + EngineAccess.ADMIN_TOOLS + ":false}") boolean adminTools) throws Exception {
        JwtActors actors = new JwtActors(registry);
        AuthenticationEntryPoint unauthenticated = unauthenticated(json);
        AccessDeniedHandler denied = SecurityConfiguration.notEligible(json, "the dashboard is for TSB and study-group chairmen");
        http
            .authorizeHttpRequests(auth -> EngineAccess.webapps(auth, adminTools))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(SecurityConfiguration.PUBLIC_PAGES).permitAll()
                .requestMatchers("/", "/dashboard/**").hasAnyRole(Role.TSB.name(), Role.CHAIR.name())
                .anyRequest().authenticated())
            .oauth2ResourceServer(rs -> rs
                .jwt(jwt -> jwt.jwtAuthenticationConverter(actors))
                .authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(denied))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .logout(logout -> logout.disable())
            // no sign-in form, no session and no cookie of ours for a forged cross-site request to ride on (a bearer
            // request is exempt anyway); the Camunda web applications guard their own forms
            .csrf(csrf -> csrf.disable())
            .headers(BrowserHardening.headers());
        return http.build();
    }
}
