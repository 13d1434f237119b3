package org.recflow.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.recflow.web.ProblemCode;
import org.recflow.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * HTTP Basic for the API (and for the engine's own REST API, which only TSB may use); the Camunda
 * web applications under /camunda keep their own sign-in. Fine-grained "who may take this step" is
 * decided by each module's rules, with the {@link Actor} of the caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    AccountDirectory accountDirectory(MemberRegistry registry) {
        return new AccountDirectory(registry);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (req, res, e) -> {
            res.setHeader("WWW-Authenticate", "Basic realm=\"recflow\"");
            Problems.write(res, json, ProblemCode.UNAUTHENTICATED, "sign in with a valid account");
        };
        AccessDeniedHandler denied = (req, res, e) ->
                Problems.write(res, json, ProblemCode.NOT_ELIGIBLE, "you may not take this step");
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/error", "/camunda/**", "/actuator/health").permitAll()
                .requestMatchers("/engine-rest/**").hasRole(Role.TSB.name())
                .anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**", "/error"))
            .headers(h -> h.frameOptions(f -> f.sameOrigin()))
            .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
