package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's last word (a request refused before Spring MVC, e.g. an illegal URL or a body the
 * connector would not take) in the same problem shape, replacing Boot's default error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

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
        return Problems.response(problem, problem == ProblemCode.INTERNAL_ERROR
                ? "recflow could not complete the request" : "the request was refused", Map.of());
    }
}
