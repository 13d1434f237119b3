package org.recflow.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recflow.notifications.*} (docs/OPERATIONS.md "Notifications"): {@code publicBaseUrl}, what links in e-mails
 * start with; {@code mailFrom}, the sender; {@code dispatcherEnabled}, whether this node's timer sends (every
 * {@code dispatchInterval}; off in the test suite, which runs the dispatcher itself); {@code firstRetry} doubling up to
 * {@code maxRetry} between attempts, for {@code retryFor} (24 hours) before FAILED; {@code lease}, how long (wall
 * time) a node holds a delivery it is sending; {@code webhookTimeout}, connect and answer timeout of a webhook;
 * {@code allowLoopbackHttp}, whether plain http:// to a loopback address is accepted (sim, tests; https:// only
 * otherwise); {@code resubmitAfter}, the age after which an outbox publication not yet fanned out is taken up again;
 * {@code backlogThreshold}, the undelivered deliveries due and publications waiting above which readiness is
 * OUT_OF_SERVICE; {@code fanOutThreads}, the threads that fan a committed change's notification out into deliveries
 * (0: on the committing thread itself, as the test suite does; otherwise a thread of their own, so that the
 * committing thread, which still holds its connection after the commit, never waits for a second one: with both on
 * one thread, ten job-executor threads closing periods at once held all ten connections of the pool and waited
 * for an eleventh).
 */
@ConfigurationProperties("recflow.notifications")
record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("recflow@example.org") String mailFrom,
        @DefaultValue("true") boolean dispatcherEnabled,
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetry,
        @DefaultValue("PT24H") Duration retryFor,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("PT5S") Duration webhookTimeout,
        @DefaultValue("false") boolean allowLoopbackHttp,
        @DefaultValue("PT1M") Duration resubmitAfter,
        @DefaultValue("10000") int backlogThreshold,
        @DefaultValue("2") int fanOutThreads) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: firstRetry, doubled each time, at most maxRetry. */
    Duration retryDelay(int attempts) {
        Duration d = firstRetry;
        for (int i = 1; i < attempts && d.compareTo(maxRetry) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    /** The absolute link to {@code path} ("/dashboard/approvals/42"). */
    String link(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
