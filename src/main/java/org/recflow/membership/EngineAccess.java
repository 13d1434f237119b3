package org.recflow.membership;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use the engine's own REST API ({@code /engine-rest}, Camunda's) and the administration parts of the Camunda
 * web applications ({@code /camunda}), in every profile:
 * <ul>
 * <li>an administrator ({@code ROLE_ADMIN}: the demo account {@code engine-admin}; in {@code prod} a TSB token with
 *     {@code "recflow_admin": true}) may use all of {@code /engine-rest};</li>
 * <li>TSB may read ({@code GET}, {@code HEAD}) and retry failed jobs (incidents): {@code PUT /job/{id}/retries},
 *     {@code POST /job/retries}, {@code PUT /job-definition/{id}/retries}; nothing else;</li>
 * <li>no one else;</li>
 * <li>deployments (anything but reading them: a deployed model can run scripts on the server) and identity management
 *     (users, groups, tenants, authorizations) are closed to everyone, under {@code /engine-rest} and in the web
 *     applications (the Admin application, its first-user setup, and the writes of Cockpit and Tasklist), unless a
 *     person sets {@value #ADMIN_TOOLS}{@code =true}; then the administrator may use them under {@code /engine-rest}
 *     and the web applications guard them with their own sign-in, as Camunda ships them.</li>
 * </ul>
 * Each path is matched both as {@code /engine-rest/…} and as {@code /engine-rest/engine/{name}/…}.
 */
final class EngineAccess {

    /** The authority of the engine's administrator (as {@code ROLE_ADMIN}). */
    static final String ADMIN = "ADMIN";
    /** The one setting that opens deployments and identity management (default false). */
    static final String ADMIN_TOOLS = "recflow.engine.admin-tools";

    private static final String REST = "/engine-rest";
    private static final String[] ENGINES = {REST, REST + "/engine/{engine}"};
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/{engine}";
    private static final String[] IDENTITY = {"user", "group", "tenant", "authorization", "identity"};
    private static final HttpMethod[] WRITES = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH};

    private EngineAccess() {
    }

    /** The rules for {@code /engine-rest}: to be given before any other rule that matches it. */
    static void engineRest(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            boolean adminTools) {
        if (adminTools) {
            auth.requestMatchers(closedRest()).hasRole(ADMIN);
        } else {
            auth.requestMatchers(closedRest()).denyAll();
        }
        auth.requestMatchers(retries()).hasAnyRole(ADMIN, Role.TSB.name())
            .requestMatchers(reads()).hasAnyRole(ADMIN, Role.TSB.name())
            .requestMatchers(SecurityConfiguration.engineRest()).hasRole(ADMIN);
    }

    /** The rules for the Camunda web applications: closed parts first, when {@value #ADMIN_TOOLS} is off. */
    static void webapps(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            boolean adminTools) {
        if (!adminTools) {
            auth.requestMatchers(closedWebapps()).denyAll();
        }
    }

    /** Deployments but reading them, and identity management, under /engine-rest. */
    static RequestMatcher closedRest() {
        List<RequestMatcher> closed = new ArrayList<>();
        for (String engine : ENGINES) {
            for (HttpMethod write : WRITES) {
                closed.add(path(write, engine + "/deployment/**"));
            }
            for (String identity : IDENTITY) {
                closed.add(path(null, engine + "/" + identity + "/**"));
                closed.add(path(null, engine + "/" + identity));
            }
        }
        return new OrRequestMatcher(closed);
    }

    /** The Admin application, its setup of a first user, and the web applications' own deployment and identity writes. */
    static RequestMatcher closedWebapps() {
        List<RequestMatcher> closed = new ArrayList<>();
        closed.add(path(null, "/camunda/app/admin/**"));
        closed.add(path(null, "/camunda/api/admin/setup/**"));
        closed.add(path(null, "/camunda/api/admin/plugin/**"));
        for (HttpMethod write : WRITES) {
            closed.add(path(write, WEBAPP_ENGINE + "/deployment/**"));
            for (String identity : IDENTITY) {
                closed.add(path(write, WEBAPP_ENGINE + "/" + identity + "/**"));
            }
        }
        return new OrRequestMatcher(closed);
    }

    /** Retrying failed jobs, the one change TSB may make. */
    static RequestMatcher retries() {
        List<RequestMatcher> retries = new ArrayList<>();
        for (String engine : ENGINES) {
            retries.add(path(HttpMethod.PUT, engine + "/job/{id}/retries"));
            retries.add(path(HttpMethod.POST, engine + "/job/retries"));
            retries.add(path(HttpMethod.PUT, engine + "/job-definition/{id}/retries"));
        }
        return new OrRequestMatcher(retries);
    }

    /** GET and HEAD anywhere under /engine-rest. */
    static RequestMatcher reads() {
        return new OrRequestMatcher(path(HttpMethod.GET, REST + "/**"), path(HttpMethod.HEAD, REST + "/**"));
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
