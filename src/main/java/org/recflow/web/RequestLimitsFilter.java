package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The body limit of api.md on {@code /api}: a body over {@code recflow.limits.max-body-bytes} is refused with 413
 * {@code PAYLOAD_TOO_LARGE} before anything reads it, judged by its Content-Length or, when it has none (chunked),
 * while it is read. A body within the limit is kept in memory for whoever reads it next (the idempotency check,
 * Spring MVC). Deeply nested JSON needs no rule here: Jackson's read constraints refuse it (400).
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    private final RequestLimits limits;
    private final ObjectMapper json;

    RequestLimitsFilter(RequestLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limits.maxBodyBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(response, max);
            return;
        }
        if (declared == 0 || isForm(request)) {
            // no body; or a form, which the container parses itself (and Spring MVC under /api refuses anyway)
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.of(request, max);
        } catch (CachedBodyRequest.TooLarge e) {
            tooLarge(response, max);
            return;
        }
        chain.doFilter(cached, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || t.startsWith("multipart/");
    }

    private void tooLarge(HttpServletResponse response, long max) throws IOException {
        response.setStatus(ProblemCode.PAYLOAD_TOO_LARGE.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the rest of the body is not read: the connection is not worth keeping
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), Problems.of(ProblemCode.PAYLOAD_TOO_LARGE,
                "the body is larger than the limit of " + max + " bytes", Map.of("limit", max)));
    }
}
