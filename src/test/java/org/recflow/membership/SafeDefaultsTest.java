package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recflow.RecflowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 13 item 8: the demo accounts and Camunda's admin/admin only on the embedded H2 database or with an explicit
 * demo/sim profile; on any other database recflow does not start with them.
 */
@DisplayName("Safe by default: no demo account and no default administrator password outside H2 and the demo profiles")
class SafeDefaultsTest {

    static final String POSTGRES = "jdbc:postgresql://db.example.int:5432/recflow";

    /** config/application.yaml's defaults: demo accounts on, admin/admin. */
    static MockEnvironment defaults() {
        return new MockEnvironment().withProperty("recflow.demo-accounts", "true")
                .withProperty("camunda.bpm.admin-user.id", "admin").withProperty("camunda.bpm.admin-user.password", "admin");
    }

    @Test
    void theEmbeddedH2DefaultKeepsTheDemoAccountsAndAdmin() {
        assertThat(SafeDefaults.refusals(defaults())).isEmpty();
        assertThat(SafeDefaults.refusals(defaults().withProperty("spring.datasource.url", "jdbc:h2:file:./data/recflow"))).isEmpty();
    }

    @Test
    void anotherDatabaseRefusesTheDemoAccountsAndTheDefaultAdministratorPassword() {
        MockEnvironment env = defaults().withProperty("spring.datasource.url", POSTGRES);
        env.setActiveProfiles("postgres");
        assertThat(SafeDefaults.refusals(env)).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("demo accounts").contains(POSTGRES))
                .anySatisfy(r -> assertThat(r).contains("administrator 'admin'"));
    }

    @Test
    void anH2ServerOverTheNetworkIsAnotherDatabase() {
        assertThat(SafeDefaults.refusals(defaults().withProperty("spring.datasource.url", "jdbc:h2:mem:recflow"))).isEmpty();
        for (String remote : new String[] {"jdbc:h2:tcp://db.example.int:9092/recflow", "JDBC:H2:SSL://db.example.int/recflow"}) {
            assertThat(SafeDefaults.refusals(defaults().withProperty("spring.datasource.url", remote))).as(remote).hasSize(2);
        }
    }

    @Test
    void everyDefaultPasswordCountsAndAStrongOneStarts() {
        for (String weak : new String[] {"admin", "ADMIN", "demo", "", "  ", "root"}) {
            MockEnvironment env = defaults().withProperty("spring.datasource.url", POSTGRES).withProperty("recflow.demo-accounts", "false")
                    .withProperty("camunda.bpm.admin-user.id", "root").withProperty("camunda.bpm.admin-user.password", weak);
            assertThat(SafeDefaults.refusals(env)).as("password '%s'", weak).singleElement().asString().contains("administrator 'root'");
        }
        MockEnvironment env = defaults().withProperty("spring.datasource.url", POSTGRES).withProperty("recflow.demo-accounts", "false")
                .withProperty("camunda.bpm.admin-user.password", "k7#Vq-2mPx!e");
        assertThat(SafeDefaults.refusals(env)).isEmpty();
        MockEnvironment noPassword = new MockEnvironment().withProperty("spring.datasource.url", POSTGRES)
                .withProperty("recflow.demo-accounts", "false").withProperty("camunda.bpm.admin-user.id", "admin");
        assertThat(SafeDefaults.refusals(noPassword)).as("no password given").hasSize(1);
    }

    @Test
    void theProdProfileTurnsTheDemoAccountsOffWhateverTheSetting() {
        MockEnvironment env = defaults().withProperty("spring.datasource.url", POSTGRES)
                .withProperty("camunda.bpm.admin-user.password", "k7#Vq-2mPx!e");
        env.setActiveProfiles("postgres", "prod");
        assertThat(SafeDefaults.refusals(env)).isEmpty();
    }

    @Test
    void anExplicitDemoOrSimProfileOrOptInAllowsThemAnywhere() {
        for (String profile : new String[] {"demo", "sim"}) {
            MockEnvironment env = defaults().withProperty("spring.datasource.url", POSTGRES);
            env.setActiveProfiles("postgres", profile);
            assertThat(SafeDefaults.refusals(env)).as(profile).isEmpty();
        }
        MockEnvironment env = defaults().withProperty("spring.datasource.url", POSTGRES)
                .withProperty(SafeDefaults.ON_ANY_DATABASE, "true");
        assertThat(SafeDefaults.refusals(env)).isEmpty();
    }

    /** The real application with config/application.yaml: it stops before it makes a bean, so before it reaches the database. */
    @Test
    void thePostgresProfileAloneDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RecflowApplication.class).run(
                "--spring.profiles.active=postgres",
                // nothing listens there: a refusal that came from a connection attempt would say so instead
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/recflow",
                "--server.port=0", "--spring.main.banner-mode=off", "--camunda.bpm.generate-unique-process-engine-name=true"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recflow refuses to start")
                .hasMessageContaining("demo accounts").hasMessageContaining("administrator 'admin'")
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:9/recflow");
    }

    @Test
    void theIdentityProviderWithTheDefaultAdministratorPasswordDoesNotStartEither() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RecflowApplication.class).run(
                "--spring.profiles.active=postgres,prod",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/recflow",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://id.example.int/realms/itu",
                "--server.port=0", "--spring.main.banner-mode=off", "--camunda.bpm.generate-unique-process-engine-name=true"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("administrator 'admin'").hasMessageNotContaining("demo accounts");
    }
}
