/**
 * What every capability's web layer shares: the rendering of the refusals of the REST contract (the
 * kernel's {@code RecflowException} with its stable {@code code}) as {@code application/problem+json}
 * (RFC 9457) for every error, including those raised before a controller is reached; the request id,
 * idempotency and size-limit filters; the OpenAPI document.
 */
package org.recflow.web;
