package org.recflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps Camunda's version out of the web applications' pages: Camunda writes it into every page and bootstrap script
 * and style sheet under {@code /camunda/app} as a cache-busting parameter ({@code ?bust=7.24.0}), which told anyone,
 * signed in or not, which release (and so which known flaws) the server runs. Those responses are rewritten with an
 * opaque token drawn at start instead: it still changes with each start, so browsers still fetch a new release's files.
 * Responses are buffered only under {@code /camunda/app/*} and only for HTML, JavaScript and CSS; partial answers (206)
 * are left alone.
 */
@Configuration(proxyBeanMethods = false)
class CamundaVersionMask {

    @Bean
    FilterRegistrationBean<MaskFilter> camundaVersionMaskFilter() {
        FilterRegistrationBean<MaskFilter> registration = new FilterRegistrationBean<>(new MaskFilter(version()));
        registration.addUrlPatterns("/camunda/app/*");
        // outside Camunda's own filters, which write the pages
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The release of the Camunda web applications on the class path, or null if it cannot be read. */
    static String version() {
        try (InputStream in = CamundaVersionMask.class.getResourceAsStream(
                "/META-INF/maven/org.camunda.bpm.webapp/camunda-webapp-webjar/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the engine's manifest
        }
        return ProcessEngine.class.getPackage().getImplementationVersion();
    }

    /** Replaces the version in the text responses it wraps. */
    static final class MaskFilter extends OncePerRequestFilter {

        private final byte[] version;
        private final byte[] token;

        MaskFilter(String version) {
            this.version = version == null ? null : version.getBytes(StandardCharsets.ISO_8859_1);
            byte[] random = new byte[6];
            new SecureRandom().nextBytes(random);
            this.token = HexFormat.of().formatHex(random).getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (version == null) {
                chain.doFilter(request, response);
                return;
            }
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, wrapper);
                String type = wrapper.getContentType() == null ? "" : wrapper.getContentType();
                if (wrapper.getStatus() != HttpServletResponse.SC_PARTIAL_CONTENT
                        && (type.startsWith("text/html") || type.contains("javascript") || type.startsWith("text/css"))) {
                    byte[] body = wrapper.getContentAsByteArray();
                    byte[] masked = replace(body, version, token);
                    if (masked != body) {
                        wrapper.resetBuffer();
                        wrapper.getOutputStream().write(masked);
                    }
                }
            } finally {
                wrapper.copyBodyToResponse();
            }
        }

        /** {@code body} with every {@code from} replaced by {@code to}; the same array if there is none. */
        static byte[] replace(byte[] body, byte[] from, byte[] to) {
            java.io.ByteArrayOutputStream out = null;
            int copied = 0;
            for (int i = 0; i <= body.length - from.length; i++) {
                if (matches(body, i, from)) {
                    if (out == null) {
                        out = new java.io.ByteArrayOutputStream(body.length);
                    }
                    out.write(body, copied, i - copied);
                    out.write(to, 0, to.length);
                    i += from.length - 1;
                    copied = i + 1;
                }
            }
            if (out == null) {
                return body;
            }
            out.write(body, copied, body.length - copied);
            return out.toByteArray();
        }

        private static boolean matches(byte[] body, int at, byte[] what) {
            for (int j = 0; j < what.length; j++) {
                if (body[at + j] != what[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
