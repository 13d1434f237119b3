package org.recflow.baseline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Bare Camunda 7.24 for the replies baseline: the engine, its REST API and nothing else. A consultation is an instance of
 * {@code consultation.bpmn}, waiting on its closing timer; a Member State's reply is a process variable
 * {@code reply_<CODE>} set through {@code POST /engine-rest/process-instance/{id}/variables}.
 * <p>
 * As in recflow, every Member State signs in as itself (HTTP Basic, password demo): Camunda's own
 * {@link ProcessEngineAuthenticationFilter} checks the password against Camunda's identity tables (users created at
 * start-up, one per Member State plus {@code tsb}). {@code --baseline.auth=false} switches sign-in off, as a team that put
 * the engine's API on an internal network might.
 */
@SpringBootApplication
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @Bean
    @ConditionalOnProperty(name = "baseline.auth", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> r = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        r.setName("camunda-auth");
        r.addInitParameter("authentication-provider", "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider");
        r.addUrlPatterns("/engine-rest/*");
        return r;
    }

    /** One Camunda user per Member State ({@code ms-fra}, ...) and {@code tsb}, password {@code demo}. */
    @Bean
    ApplicationRunner users(IdentityService identity, @Value("${baseline.member-states}") String memberStatesCsv) {
        return args -> {
            List<String> ids = new ArrayList<>(List.of("tsb"));
            for (String line : Files.readAllLines(Path.of(memberStatesCsv))) {
                String code = line.split(",")[0].trim();
                if (code.matches("[A-Z]{3}")) {
                    ids.add("ms-" + code.toLowerCase(Locale.ROOT));
                }
            }
            for (String id : ids) {
                if (identity.createUserQuery().userId(id).count() == 0) {
                    User u = identity.newUser(id);
                    u.setPassword("demo");
                    u.setFirstName(id);
                    u.setLastName(id);
                    identity.saveUser(u);
                }
            }
        };
    }
}
