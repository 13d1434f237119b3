package org.recflow.kernel;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Who gets an HTML error page instead of a problem document: a browser (its {@code Accept} names {@code text/html})
 * asking for a page, never a caller of the API ({@code /api/**}, {@code /engine-rest/**}), whatever it accepts.
 * The page carries the same words as the problem's {@code detail} (OWASP ASVS 7.4.1: no internals either way).
 */
public final class ErrorPages {

    /** Request attribute holding the problem's {@code detail} for the error page (a String). */
    public static final String DETAIL = ErrorPages.class.getName() + ".detail";

    private ErrorPages() {
    }

    /** True for a request of the API door, by its path (the original one when forwarded to /error). */
    public static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String path = uri == null ? "" : uri.substring(request.getContextPath() == null ? 0
                : Math.min(request.getContextPath().length(), uri.length()));
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest");
    }

    /** True when the caller is a browser asking for a page: not the API, and {@code Accept} names text/html. */
    public static boolean wantsHtml(HttpServletRequest request) {
        if (isApi(request)) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> MediaType.TEXT_HTML.equalsTypeAndSubtype(t) && t.getQualityValue() > 0);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * Has the container show the error page for {@code status} with {@code detail}: the error dispatch reaches
     * {@link ProblemErrorController}, which renders it for a browser.
     *
     * @throws IOException when the response cannot be written
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        request.setAttribute(DETAIL, detail);
        response.sendError(status);
    }
}
