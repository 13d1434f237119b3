package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * config/application.yaml ties Tomcat's request threads to the database pool: an operator who sets the pool size, in
 * the file or as {@code SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE}, sets both (docs/OPERATIONS.md, "Request threads and
 * database connections"). ConnectorErrorsServerTest shows the running server's numbers.
 */
class RequestThreadsConfigTest {

    private static StandardEnvironment environment(Map<String, Object> variables) throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addLast(new YamlPropertySourceLoader().load("application.yaml",
                new FileSystemResource("config/application.yaml")).get(0));
        // in place of the machine's own environment, under the name Spring Boot maps relaxed (FOO_BARBAZ = foo.bar-baz)
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(env);
        return env;
    }

    private static int bound(StandardEnvironment env, String name) {
        return Binder.get(env).bind(name, Integer.class).get();
    }

    @Test
    void theRequestThreadsAreThePoolSize() throws Exception {
        StandardEnvironment env = environment(Map.of());
        assertThat(bound(env, "spring.datasource.hikari.maximum-pool-size")).isEqualTo(10);
        assertThat(bound(env, "server.tomcat.threads.max")).isEqualTo(10);
    }

    @Test
    void anEnvironmentVariableForThePoolSetsTheThreadsToo() throws Exception {
        StandardEnvironment env = environment(Map.of("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "4"));
        assertThat(bound(env, "spring.datasource.hikari.maximum-pool-size")).isEqualTo(4);
        assertThat(bound(env, "server.tomcat.threads.max")).isEqualTo(4);
    }
}
