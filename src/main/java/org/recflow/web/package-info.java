/**
 * What every capability's web layer shares: the refusals of the REST contract as exceptions with a
 * stable {@code code}, and their rendering as {@code application/problem+json} (RFC 9457) for every
 * error, including those raised before a controller is reached.
 */
package org.recflow.web;
