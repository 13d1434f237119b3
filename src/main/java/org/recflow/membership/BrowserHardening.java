package org.recflow.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-facing headers and the cross-site refusal both doors share (OWASP ASVS 4.0 §14.4 and §4.2.2).
 * <ul>
 * <li>Content-Security-Policy ({@link #CONTENT_SECURITY_POLICY}): scripts only from recflow's own files, no inline
 * script, no plug-ins, no framing by other sites. Not on the Camunda web applications, which send their own.</li>
 * <li>Referrer-Policy {@code strict-origin-when-cross-origin}: another site never sees a page's path.</li>
 * <li>{@link CrossSiteRefusal}: a state-changing API request a browser sent from another site.</li>
 * </ul>
 */
final class BrowserHardening {

    /**
     * The policy: inline styles stay allowed because bpmn-js sets style attributes on the diagram it draws
     * (style-src only; no inline script anywhere).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    private BrowserHardening() {
    }

    /** The headers of every response but the Camunda web applications' (those set their own policy). */
    static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        var notCamunda = new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"));
        return h -> h
            .frameOptions(f -> f.sameOrigin())
            .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notCamunda,
                    new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)));
    }

    /**
     * Refuses, with 403 NOT_ELIGIBLE as a problem document and before any sign-in is looked at, a request of the API
     * door that changes state (any method but GET, HEAD, OPTIONS, TRACE) when a browser marks it as sent from another
     * site: {@code Sec-Fetch-Site: cross-site}, or an {@code Origin} other than recflow's own (scheme, host, port as
     * the request arrived, after X-Forwarded-* when recflow trusts them). A browser would otherwise attach cached
     * HTTP Basic credentials to a form or fetch another site makes it send; the API is stateless and issues no CSRF
     * token, so no such request can carry one. Clients that are not browsers send neither header and pass.
     */
    static final class CrossSiteRefusal extends OncePerRequestFilter {

        private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

        private final ObjectMapper json;

        CrossSiteRefusal(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
                Problems.write(response, json, ProblemCode.NOT_ELIGIBLE,
                        "a request that changes state is not taken from another site");
                return;
            }
            chain.doFilter(request, response);
        }

        static boolean crossSite(HttpServletRequest request) {
            if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
                return true;
            }
            String origin = request.getHeader("Origin");
            return origin != null && !origin.equalsIgnoreCase(ownOrigin(request)) && !sameOrigin(origin, request);
        }

        private static String ownOrigin(HttpServletRequest request) {
            String scheme = request.getScheme().toLowerCase(Locale.ROOT);
            int port = request.getServerPort();
            boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        }

        private static boolean sameOrigin(String origin, HttpServletRequest request) {
            try {
                URI uri = URI.create(origin);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return false; // "null" (a sandboxed or file: page) and anything unparsable are foreign
                }
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
                return scheme.equalsIgnoreCase(request.getScheme()) && uri.getHost().equalsIgnoreCase(request.getServerName())
                        && port == request.getServerPort();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
