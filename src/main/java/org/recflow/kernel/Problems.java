package org.recflow.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the problem documents: one shape for every error, whichever layer refuses. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemCode code, String detail, Map<String, Object> properties) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(code.status(), detail);
        pd.setType(URI.create("https://recflow.org/problems/" + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        pd.setTitle(code.status().getReasonPhrase());
        pd.setProperty("code", code.name());
        properties.forEach(pd::setProperty);
        return pd;
    }

    public static ResponseEntity<Object> response(ProblemCode code, String detail, Map<String, Object> properties) {
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(code, detail, properties));
    }

    /** For filters that answer before Spring MVC is reached (authentication). */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemCode code, String detail) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), of(code, detail, Map.of()));
    }
}
