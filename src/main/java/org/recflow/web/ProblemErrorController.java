package org.recflow.web;

import org.recflow.kernel.ErrorPages;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's last word (a request refused before Spring MVC, e.g. an illegal URL or a body the
 * connector would not take) in the same problem shape, replacing Boot's default error page. A browser asking for a
 * page ({@link ErrorPages#wantsHtml}) gets the same words as an HTML page instead.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ITemplateEngine templates;

    ProblemErrorController(ITemplateEngine templates) {
        this.templates = templates;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status == null) {
            // asked for directly, not forwarded by the container after a failure
            return Problems.response(ProblemCode.NOT_FOUND, "no such resource", Map.of());
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            // a filter (the Idempotency-Key's lookup) met the database out of reach before Spring MVC
            return DatabaseUnavailable.response();
        }
        int code = status instanceof Integer i ? i : 500;
        ProblemCode problem = switch (code) {
            case 400 -> ProblemCode.INVALID_REQUEST;
            case 401 -> ProblemCode.UNAUTHENTICATED;
            case 403 -> ProblemCode.NOT_ELIGIBLE;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> code >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.INVALID_REQUEST;
        };
        String detail = request.getAttribute(ErrorPages.DETAIL) instanceof String given ? given
                : problem == ProblemCode.INTERNAL_ERROR ? "recflow could not complete the request"
                : code == 404 ? "no such resource" : "the request was refused";
        if (ErrorPages.wantsHtml(request)) {
            return page(request, code, detail);
        }
        return Problems.response(problem, detail, Map.of());
    }

    private ResponseEntity<Object> page(HttpServletRequest request, int code, String detail) {
        HttpStatus status = HttpStatus.resolve(code);
        Context context = new Context(RequestContextUtils.getLocale(request));
        context.setVariable("status", code);
        context.setVariable("title", status == null ? "Error" : status.getReasonPhrase());
        context.setVariable("detail", detail);
        return ResponseEntity.status(code).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(templates.process("error", context));
    }
}
