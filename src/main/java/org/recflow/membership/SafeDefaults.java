package org.recflow.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Safe by default in production (issue 13 item 8): the public demo accounts ({@code tsb:demo}, every {@code ms-*:demo},
 * …) and Camunda's administrator with a default password ({@code admin/admin}) are only for the embedded H2 database
 * (the default profile) or an explicit {@code demo} or {@code sim} profile. On any other database (e.g. the
 * {@code postgres} profile alone) recflow refuses to start with either, before a bean is made, so nothing reaches
 * that database: no Camunda administrator is created and no demo password opens it.
 * <p>
 * A test on another database that needs the demo accounts says so with
 * {@value #ON_ANY_DATABASE}{@code =true}. The rule is {@link #refusals(Environment)}.
 */
@Component
class SafeDefaults implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Explicit opt-in (tests only): demo accounts and a default administrator password on any database. */
    static final String ON_ANY_DATABASE = "recflow.demo-accounts-on-any-database";
    /** Passwords that count as Camunda's default administrator password (besides a blank one and the account's name). */
    static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "demo", "password", "camunda");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** @throws IllegalStateException naming each refusal, when {@link #refusals} finds any: the application does not start */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> refusals = refusals(environment);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("recflow refuses to start: " + String.join("; ", refusals)
                    + " (docs/OPERATIONS.md, \"Accounts and profiles\")");
        }
    }

    /**
     * Whether the database is the embedded H2 one: no URL configured, or a {@code jdbc:h2:} URL in embedded mode (a
     * file or memory database). An H2 server reached over the network ({@code jdbc:h2:tcp:}, {@code jdbc:h2:ssl:}) is
     * another database, shared as PostgreSQL is, and gets no demo settings.
     */
    static boolean embeddedH2(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return true;
        }
        String u = url.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:");
    }

    /** Whether demo settings are allowed: embedded H2, the {@code demo} or {@code sim} profile, or the explicit opt-in. */
    static boolean demoAllowed(Environment env) {
        return embeddedH2(env) || env.acceptsProfiles(Profiles.of("demo", "sim"))
                || env.getProperty(ON_ANY_DATABASE, Boolean.class, Boolean.FALSE);
    }

    /**
     * What keeps recflow from starting with these settings; empty when it may start.
     * <ul>
     * <li>the demo accounts are on ({@link AccountSource}: not {@code prod}, {@code recflow.demo-accounts} not false)
     * where demo settings are not allowed;</li>
     * <li>Camunda's administrator ({@code camunda.bpm.admin-user.id}) has a default password (blank, its own name, or
     * one of {@link #DEFAULT_PASSWORDS}) where demo settings are not allowed.</li>
     * </ul>
     */
    static List<String> refusals(Environment env) {
        List<String> out = new ArrayList<>();
        if (demoAllowed(env)) {
            return out;
        }
        String database = env.getProperty("spring.datasource.url");
        if (!AccountSource.identityProvider(env)) {
            out.add("the demo accounts (tsb:demo, ms-*:demo, ...) are on for the database " + database
                    + ": set recflow.demo-accounts=false or use the prod profile (accounts from the identity provider),"
                    + " or start the demo or sim profile explicitly");
        }
        String admin = env.getProperty("camunda.bpm.admin-user.id");
        if (admin != null && !admin.isBlank()) {
            String password = env.getProperty("camunda.bpm.admin-user.password");
            if (password == null || password.isBlank() || password.equals(admin)
                    || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
                out.add("Camunda's administrator '" + admin + "' has a default password on the database " + database
                        + ": set CAMUNDA_BPM_ADMINUSER_PASSWORD");
            }
        }
        return out;
    }
}
