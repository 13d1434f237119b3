package org.recflow.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recflow.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request on logger {@code org.recflow.request}, written when the answer is ready:
 * {@code POST /api/approvals/42/comments 201 35 ms}, with the request id ({@code requestId}) and, when the request
 * concerns one approval, Question or deletion, its business key ({@code businessKey}, "APPROVAL-42") in the MDC, so
 * that a plain pattern or the structured (JSON) format shows them. The business key comes from the path, or from the
 * history the request wrote (a new approval), see {@link RecflowMetrics#recorded}. Health probes and Prometheus
 * scrapes are logged at DEBUG only, the static files not at all. Runs just inside the request id filter.
 */
public final class RequestLog extends OncePerRequestFilter {

    private static final Logger REQUESTS = LoggerFactory.getLogger("org.recflow.request");
    private static final Pattern SUBJECT = Pattern.compile("^/api/(approvals|questions|deletions)/(\\d+)(?:/.*)?$");
    private static final Map<String, String> SUBJECT_TYPES = Map.of("approvals", "APPROVAL", "questions", "QUESTION",
            "deletions", "DELETION");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/vendor/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        String path = request.getRequestURI();
        String before = MDC.get(RecflowMetrics.BUSINESS_KEY);
        String businessKey = businessKey(path);
        if (businessKey != null) {
            MDC.put(RecflowMetrics.BUSINESS_KEY, businessKey);
        }
        Throwable failed = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failed = e;
            throw e;
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = failed == null ? response.getStatus() : DatabaseUnavailable.causedBy(failed) ? 503 : 500;
            if (path.startsWith("/actuator/")) {
                REQUESTS.debug("{} {} {} {} ms", request.getMethod(), path, status, millis);
            } else {
                REQUESTS.info("{} {} {} {} ms", request.getMethod(), path, status, millis);
            }
            if (before == null) {
                MDC.remove(RecflowMetrics.BUSINESS_KEY);
            } else {
                MDC.put(RecflowMetrics.BUSINESS_KEY, before);
            }
        }
    }

    /** "APPROVAL-42" for /api/approvals/42 and below it; null for any other path. */
    static String businessKey(String path) {
        Matcher m = SUBJECT.matcher(path);
        return m.matches() ? SUBJECT_TYPES.get(m.group(1)) + "-" + m.group(2) : null;
    }
}
