package org.recflow.kernel;

import org.slf4j.MDC;

/**
 * The id of the HTTP request being served on this thread (RFC-less convention: the {@code X-Request-Id}
 * header), kept in the logging MDC under {@link #MDC_KEY} by the web module's filter, so that every module
 * may stamp what it writes (history entries, log lines) without depending on the web module.
 */
public final class RequestId {

    /** The MDC key under which the request id is kept. */
    public static final String MDC_KEY = "requestId";

    private RequestId() {
    }

    /** The id of the request being served on this thread, or null (a timer, a start-up task). */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
