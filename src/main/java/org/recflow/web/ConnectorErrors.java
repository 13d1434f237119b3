package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The answers Tomcat gives itself, before any servlet is reached (an illegal URL such as {@code /api/approvals/%5C},
 * an encoded slash, bad percent-encoding: 400 from the connector), as problem documents for callers of the API
 * instead of Tomcat's HTML page (RFC 9457). Other callers keep Tomcat's plain page without server details.
 * Runs after Boot's own customizer and replaces the error valve that one installs on the host.
 */
@Component
class ConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectMapper json;

    ConnectorErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemReportValve(json));
            if (context.getParent() instanceof StandardHost host) {
                // else the host adds Tomcat's own valve on start, inside ours, and that one answers first
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error valve answering with a problem document unless a browser asks for a page that is not the API. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectMapper json;

        ProblemReportValve(ObjectMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
            String accept = request.getHeader("Accept");
            boolean api = uri.startsWith("/api/") || uri.startsWith("/engine-rest");
            if (!api && accept != null && accept.contains("text/html")) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            ProblemCode code = switch (status) {
                case 404 -> ProblemCode.NOT_FOUND;
                case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
                default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.INVALID_REQUEST;
            };
            var problem = Problems.of(code, status >= 500 ? "recflow could not complete the request"
                    : "the request was refused", Map.of());
            problem.setStatus(status);
            HttpStatus known = HttpStatus.resolve(status);
            if (known != null) {
                problem.setTitle(known.getReasonPhrase());
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                OutputStream out = response.getOutputStream();
                json.writeValue(out, problem);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot be written: nothing left to tell it
            }
        }
    }
}
