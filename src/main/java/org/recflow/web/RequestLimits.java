package org.recflow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The documented limits of a request to {@code /api} (api.md: 413 {@code PAYLOAD_TOO_LARGE}).
 *
 * @param maxBodyBytes the largest body taken, in bytes ({@code recflow.limits.max-body-bytes}, default 256 KiB);
 *                     checked against Content-Length and while a body without one (chunked) is read
 */
@ConfigurationProperties("recflow.limits")
public record RequestLimits(@DefaultValue("262144") long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    public RequestLimits {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("recflow.limits.max-body-bytes must be positive, not " + maxBodyBytes);
        }
    }
}
