package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.recflow.kernel.Problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a request into a problem document with a stable code, never a stack trace. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RecflowException.class)
    ResponseEntity<Object> refused(RecflowException e) {
        return Problems.response(e.code(), e.getMessage(), e.properties());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RefusedValueException r) {
            return invalid(path(r), "field '" + path(r) + "' " + r.reason());
        }
        StreamReadException d = duplicateKey(cause);
        if (d != null) {
            String field = duplicated(d);
            return invalid(field, field == null ? "a key is given twice" : "field '" + field + "' is given twice");
        }
        if (cause instanceof MismatchedInputException t && t.getMessage() != null && t.getMessage().startsWith("Trailing token")) {
            return invalid(null, "the body holds something after the end of its JSON document");
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return invalid(path(u), "unknown field '" + u.getPropertyName() + "'");
        }
        if (cause instanceof InvalidFormatException f) {
            String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? " (one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) + ")" : "";
            return invalid(path(f), "field '" + path(f) + "' has an invalid value" + allowed);
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return invalid(path(m), "field '" + path(m) + "' has the wrong type or shape");
        }
        if (cause instanceof JsonProcessingException) {
            return invalid(null, "the body is not well-formed JSON");
        }
        return invalid(null, "the request body is missing or unreadable");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        String first = errors.keySet().stream().findFirst().orElse(null);
        String detail = errors.entrySet().stream().map(x -> "'" + x.getKey() + "' " + x.getValue())
                .collect(Collectors.joining("; "));
        return Problems.response(ProblemCode.INVALID_REQUEST, detail.isEmpty() ? "invalid request" : detail,
                first == null ? Map.of() : Map.of("field", first, "errors", errors));
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class})
    ResponseEntity<Object> invalidParameter(Exception e) {
        return invalid(null, "a parameter of the request is invalid");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e) {
        return invalid(e.getParameterName(), "parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e) {
        return invalid(e.getHeaderName(), "header '" + e.getHeaderName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StrictParameters.RefusedParameter r) {
                return invalid(e.getName(), "'" + e.getName() + "' " + r.getMessage());
            }
        }
        return invalid(e.getName(), "'" + e.getName() + "' has an invalid value");
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Object> noSuchPath(Exception e) {
        return Problems.response(ProblemCode.NOT_FOUND, "no such resource", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e) {
        return Problems.response(ProblemCode.METHOD_NOT_ALLOWED, "method " + e.getMethod() + " is not allowed here", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.response(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "send application/json", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.response(ProblemCode.NOT_ACCEPTABLE, "this resource is served as application/json", Map.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e) {
        return Problems.response(ProblemCode.PAYLOAD_TOO_LARGE, "the body is too large", Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return Problems.response(ProblemCode.NOT_ELIGIBLE, "you may not take this step", Map.of());
    }

    /** The engine was not waiting where our state said it was: the step is not open. */
    @ExceptionHandler({MismatchingMessageCorrelationException.class, NullValueException.class})
    ResponseEntity<Object> engineStep(RuntimeException e) {
        log.warn("engine refused a step: {}", e.getMessage());
        return Problems.response(ProblemCode.WRONG_STEP, "this step is not open now", Map.of());
    }

    /** Two requests changed the same thing at once; the loser changed nothing and may retry. */
    @ExceptionHandler({OptimisticLockingException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> conflict(RuntimeException e) {
        return Problems.response(ProblemCode.WRONG_STEP, "another change to the same item came first; retry", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("database out of reach, answered 503: {}", e.toString());
            return DatabaseUnavailable.response();
        }
        log.error("unexpected failure", e);
        return Problems.response(ProblemCode.INTERNAL_ERROR, "recflow could not complete the request; nothing was changed", Map.of());
    }

    private static ResponseEntity<Object> invalid(String field, String detail) {
        return Problems.response(ProblemCode.INVALID_REQUEST, detail, field == null ? Map.of() : Map.of("field", field));
    }

    /** The parser's report of a key given twice, bare (at the top level) or wrapped by the reader of a nested object. */
    private static StreamReadException duplicateKey(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s && s.getOriginalMessage() != null && s.getOriginalMessage().startsWith("Duplicate field")) {
                return s;
            }
        }
        return null;
    }

    /** The dotted path of a key given twice, read from where the parser stopped. */
    private static String duplicated(StreamReadException e) {
        JsonParser p = e.getProcessor();
        if (p != null && p.getParsingContext() != null) {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace(".[", "[");
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
