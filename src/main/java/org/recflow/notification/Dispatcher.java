package org.recflow.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.recflow.circular.CircularManagement;
import org.recflow.circular.Language;
import org.recflow.sim.SimulatedClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, on every node. Due means {@code PENDING} or {@code RETRYING} with
 * {@code next_attempt_at} at or before the procedure clock ({@link Clock}: the simulated clock in {@code sim}, the
 * engine clock in tests). A node first claims a delivery with one conditional UPDATE that sets its lease (wall time,
 * {@code recflow.notifications.lease}) only if no live lease is there: on H2 and PostgreSQL alike the row lock makes
 * exactly one node's update count 1, and only that node sends. The outcome clears the lease: {@code DELIVERED} on
 * success (an SMTP server accepted the message, a webhook answered 2xx); else {@code RETRYING} after a growing delay
 * ({@link NotificationProperties#retryDelay}) or {@code FAILED} once the next attempt would fall after
 * {@code give_up_at} (24 hours after queueing). A node dying while it sends leaves the lease to run out, and the
 * delivery is then tried again: a receiver tells the two apart by {@code webhook-id}.
 *
 * <p>A {@code CIRCULAR} about a circular issued by recflow (subject type CIRCULAR) is sent in the recipient's language
 * (its subscription's; English if recflow has no such language): the e-mail carries the circular's PDF in that
 * language ({@link CircularManagement#pdf}: the archived one, else rendered now) as {@code TSB-Circular-N-xx.pdf}, and
 * both the e-mail's link and the webhook's {@code href} point at {@code /api/circulars/{id}.pdf?lang=xx}.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final NotificationProperties props;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mail;
    private final Subscriptions subscriptions;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final ObjectProvider<CircularManagement> circulars;
    private final HttpClient http;
    private final MailComposer composer = new MailComposer();
    private final String node = "node-" + UUID.randomUUID();

    Dispatcher(JdbcClient jdbc, NotificationProperties props, Clock clock, ObjectProvider<JavaMailSender> mail, Subscriptions subscriptions,
            ObjectMapper json, MeterRegistry meters, ObjectProvider<IncompleteEventPublications> incomplete,
            ObjectProvider<CircularManagement> circulars) {
        this.circulars = circulars;
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
        this.mail = mail;
        this.subscriptions = subscriptions;
        this.json = json;
        this.meters = meters;
        this.incomplete = incomplete;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(props.webhookTimeout()).build();
    }

    /** The timer of every node (unless {@code recflow.notifications.dispatcher-enabled=false}): resubmits, then sends what is due. */
    @Scheduled(fixedDelayString = "${recflow.notifications.dispatch-interval:PT5S}", initialDelayString = "${recflow.notifications.dispatch-interval:PT5S}")
    void tick() {
        if (!props.dispatcherEnabled()) {
            return;
        }
        try {
            resubmitIncomplete();
            runDue();
        } catch (RuntimeException e) {
            log.warn("notification dispatch failed, trying again in {}", props.dispatchInterval(), e);
        }
    }

    /**
     * In {@code sim}, right after {@code PUT /api/sim/clock} moved the clock and ran its timers: sends what the move
     * made due, so that a walk-through sees it at once rather than at the next tick (what the reminders' scan, another
     * listener of the same event, queues may wait for that tick). Off where the dispatcher is off.
     */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onClockMoved(SimulatedClock.Moved moved) {
        tick();
    }

    /** Fans out again the outbox publications older than {@code resubmit-after} (procedure clock) that are still incomplete. */
    public void resubmitIncomplete() {
        IncompleteEventPublications publications = incomplete.getIfAvailable();
        if (publications != null) {
            publications.resubmitIncompletePublicationsOlderThan(props.resubmitAfter());
        }
    }

    /** Claims and sends every delivery due now; answers how many this node attempted. */
    public int runDue() {
        int attempted = 0;
        while (true) {
            Instant now = clock.instant();
            Instant wall = Instant.now();
            List<Long> due = jdbc.sql("SELECT id FROM recflow.notification_delivery WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ? "
                    + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id FETCH FIRST " + BATCH + " ROWS ONLY")
                    .params(Timestamp.from(now), Timestamp.from(wall)).query(Long.class).list();
            int claimed = 0;
            for (long id : due) {
                if (claim(id, wall)) {
                    claimed++;
                    attempt(id);
                }
            }
            attempted += claimed;
            if (due.size() < BATCH || claimed == 0) {
                return attempted;
            }
        }
    }

    private boolean claim(long id, Instant wall) {
        return jdbc.sql("UPDATE recflow.notification_delivery SET lease_until = ?, leased_by = ? WHERE id = ? AND status IN ('PENDING', 'RETRYING') "
                + "AND (lease_until IS NULL OR lease_until < ?)")
                .params(Timestamp.from(wall.plus(props.lease())), node, id, Timestamp.from(wall)).update() == 1;
    }

    private record Claimed(long id, String recipient, Channel channel, String address, int attempts, Instant giveUpAt, String body) {
    }

    private void attempt(long id) {
        Claimed d = jdbc.sql("SELECT d.id, d.recipient, d.channel, d.address, d.attempts, d.give_up_at, e.body FROM recflow.notification_delivery d "
                + "JOIN recflow.notification_event e ON e.id = d.event_id WHERE d.id = ?").param(id)
                .query((rs, i) -> new Claimed(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .single();
        String error;
        boolean permanent = false;
        try {
            error = d.channel() == Channel.EMAIL ? email(d) : webhook(d);
        } catch (PermanentFailure e) {
            error = e.getMessage();
            permanent = true;
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        finish(d, error, permanent);
    }

    private void finish(Claimed d, String error, boolean permanent) {
        Instant now = clock.instant();
        int attempts = d.attempts() + 1;
        DeliveryStatus status;
        Instant next = now;
        if (error == null) {
            status = DeliveryStatus.DELIVERED;
        } else {
            next = now.plus(props.retryDelay(attempts));
            status = permanent || next.isAfter(d.giveUpAt()) ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
            log.info("notification delivery {} to {} by {} failed (attempt {}): {}; {}", d.id(), d.recipient(), d.channel(), attempts, error,
                    status == DeliveryStatus.FAILED ? "given up" : "next attempt at " + next);
        }
        String shortError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("UPDATE recflow.notification_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, delivered_at = ?, "
                + "lease_until = NULL, leased_by = NULL WHERE id = ? AND leased_by = ?")
                .params(status.name(), attempts, Timestamp.from(next), shortError, error == null ? Timestamp.from(now) : null, d.id(), node).update();
        meters.counter("recflow.notifications", "status", status.name(), "channel", d.channel().name()).increment();
    }

    /** A failure that no retry can mend (a URL no longer allowed, no address). */
    private static final class PermanentFailure extends RuntimeException {
        PermanentFailure(String message) {
            super(message);
        }
    }

    private EventView view(String body) {
        try {
            JsonNode n = json.readTree(body);
            return new EventView(UUID.fromString(n.get("id").asText()), n.get("type").asText(), text(n, "kind"), n.get("subject").get("label").asText(),
                    n.hasNonNull("dueAt") ? Instant.parse(n.get("dueAt").asText()) : null, text(n, "summary"), text(n, "href"));
        } catch (IOException e) {
            throw new IllegalStateException("a stored notification is not JSON", e);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** Sends the e-mail; answers null, or why it failed. */
    private String email(Claimed d) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return "no SMTP server configured (spring.mail.host)";
        }
        EventView e = view(d.body());
        Subscription s = subscriptions.of(d.recipient());
        Long circular = circularOf(d.body());
        Language lang = language(s);
        String link = circular == null ? e.href() : circularLink(e.href(), lang);
        MailComposer.Mail m = composer.compose(e, d.recipient(), s.language(), link, props.link("/notifications"), clock.instant());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(props.mailFrom());
            helper.setTo(d.address());
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html());
            if (m.calendar() != null) {
                helper.addAttachment("deadline.ics", new ByteArrayResource(m.calendar().getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=PUBLISH");
            }
            if (circular != null) {
                byte[] pdf = circulars.getObject().pdf(circular, lang);
                helper.addAttachment(e.label().trim().replace(' ', '-') + "-" + lang.code() + ".pdf", new ByteArrayResource(pdf), "application/pdf");
            }
            message.setHeader("X-Recflow-Notification", e.id().toString());
            sender.send(message);
            return null;
        } catch (jakarta.mail.MessagingException | org.springframework.mail.MailException ex) {
            return ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
    }

    /** Posts the signed event; answers null on a 2xx, else why not. */
    private String webhook(Claimed d) {
        Subscription s = subscriptions.of(d.recipient());
        if (s.webhookSecret() == null || !d.address().equals(s.webhookUrl())) {
            throw new PermanentFailure("the webhook URL was changed or removed since the notification was queued");
        }
        String refused = WebhookTargets.whyNot(d.address(), props.allowLoopbackHttp());
        if (refused != null) {
            throw new PermanentFailure("webhook URL refused: " + refused);
        }
        String id = view(d.body()).id().toString();
        String body = circularOf(d.body()) == null ? d.body() : withCircularHref(d.body(), language(s));
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.address())).timeout(props.webhookTimeout())
                .header("content-type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(s.webhookSecret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The id of the circular a stored CIRCULAR notification is about (subject type CIRCULAR), else null. */
    private Long circularOf(String body) {
        try {
            JsonNode n = json.readTree(body);
            JsonNode subject = n.get("subject");
            return "CIRCULAR".equals(n.path("type").asText()) && subject != null && "CIRCULAR".equals(subject.path("type").asText())
                    ? subject.get("id").asLong() : null;
        } catch (IOException e) {
            throw new IllegalStateException("a stored notification is not JSON", e);
        }
    }

    /** The recipient's language among the circulars' six; English for none or an unknown one. */
    private static Language language(Subscription s) {
        try {
            return Language.of(s.language());
        } catch (RuntimeException e) {
            return Language.EN;
        }
    }

    /** The circular's PDF link ({@code …/api/circulars/{id}.pdf}) in {@code lang}. */
    private static String circularLink(String href, Language lang) {
        return href + (href.contains("?") ? "&" : "?") + "lang=" + lang.code();
    }

    /** The stored event with its {@code href} in the recipient's language. */
    private String withCircularHref(String body, Language lang) {
        try {
            ObjectNode n = (ObjectNode) json.readTree(body);
            n.put("href", circularLink(n.path("href").asText(), lang));
            return json.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException("a stored notification is not JSON", e);
        }
    }

    /** How many deliveries wait to be sent (PENDING or RETRYING), for the health indicator and the gauge. */
    public long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.notification_delivery WHERE status IN ('PENDING', 'RETRYING')").query(Long.class).single();
    }

    /** How many outbox publications are not yet fanned out. */
    public long incompletePublications() {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }

}
