package org.recflow.postgres;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the Spring test suites as they are (AapProcessTest, TapProcessTest, ... with {@code @SpringTest}) on
 * PostgreSQL instead of the in-memory H2 database, when the build is started with
 * {@code -Drecflow.test.database=postgres}: each application context the test framework builds gets a fresh database
 * on the shared test server ({@link PostgresDatabase}) and the settings of the {@code postgres} profile, above every
 * other property source (recflow-test.properties included). Without that property it does nothing.
 * <p>
 * Registered in src/test/resources/META-INF/spring.factories:
 * {@code org.springframework.test.context.ContextCustomizerFactory=org.recflow.postgres.PostgresContextCustomizerFactory}
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    public static final String PROPERTY = "recflow.test.database";

    static boolean enabled() {
        return "postgres".equals(System.getProperty(PROPERTY, "h2").toLowerCase(Locale.ROOT));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return enabled() ? new OnPostgres() : null;
    }

    /** Equal to every other, so that it does not split the test framework's cache of contexts. */
    static final class OnPostgres implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String url = PostgresDatabase.fresh(config.getTestClass().getSimpleName());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("recflow-test-postgres", Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", PostgresDatabase.USER,
                    "spring.datasource.password", PostgresDatabase.PASSWORD,
                    "spring.datasource.hikari.data-source-properties.currentSchema", "public",
                    // as the postgres profile of config/application.yaml: PostgreSQL folds unquoted names to lower case
                    "spring.flyway.schemas", "recflow",
                    "spring.flyway.default-schema", "recflow",
                    // the suites sign in with the demo accounts, refused on other databases without this (SafeDefaults)
                    "recflow.demo-accounts-on-any-database", "true")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnPostgres;
        }

        @Override
        public int hashCode() {
            return OnPostgres.class.hashCode();
        }
    }
}
