package org.recflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox's second half. A {@link Notification} published in a change's transaction is stored by Spring Modulith's
 * registry with it; after the commit this listener fans it out, in a transaction of its own, into the event row and
 * one {@code PENDING} delivery per subscribed account and channel (e-mail when it has an address and an SMTP server is
 * configured, {@code spring.mail.host}; webhook when it has a URL), and Modulith then completes the publication. A crash before that leaves the publication incomplete: it is
 * resubmitted at the next start and by the dispatcher after {@code resubmit-after}. Fanning out twice (a resubmission
 * racing the first run, two nodes) adds nothing: the event row is there already, and the unique key
 * (event id, recipient, channel) refuses a second delivery row.
 */
@Component
public class Outbox {

    /** The name of the executor bean the fan-out runs on ({@code recflow.notifications.fan-out-threads}). */
    static final String FAN_OUT_EXECUTOR = "notificationFanOut";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Recipients recipients;
    private final Subscriptions subscriptions;
    private final ObjectMapper json;
    private final NotificationProperties props;
    private final Clock clock;
    private final boolean mailOn;
    private final TransactionTemplate ownTransaction;

    Outbox(JdbcClient jdbc, JdbcTemplate template, Recipients recipients, Subscriptions subscriptions, ObjectMapper json,
            NotificationProperties props, Clock clock, ObjectProvider<JavaMailSender> mail, PlatformTransactionManager transactions) {
        this.mailOn = mail.getIfAvailable() != null;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.template = template;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.json = json;
        this.props = props;
        this.clock = clock;
    }

    /**
     * The registry's listener: fans {@code n} out after the change committed (see the class comment): its recipients
     * first (their own read-only transactions), then the rows in one new transaction; on the fan-out executor, so
     * that the committing thread, which holds its connection until the commit's callbacks end, never waits for a
     * second one (the registry marks the publication completed on that thread when this returns).
     */
    @TransactionalEventListener
    @org.springframework.scheduling.annotation.Async(FAN_OUT_EXECUTOR)
    public void fanOut(Notification n) {
        Set<String> to = recipients.of(n.audience(), n.subject());
        ownTransaction.executeWithoutResult(status -> queue(n, to));
    }

    /** Writes {@code n}'s event row and deliveries unless they are there; answers how many deliveries it queued. */
    int queue(Notification n) {
        return queue(n, recipients.of(n.audience(), n.subject()));
    }

    private int queue(Notification n, Set<String> to) {
        long started = System.nanoTime();
        boolean known = jdbc.sql("SELECT COUNT(*) FROM recflow.notification_event WHERE id = ?").param(n.id()).query(Integer.class).single() > 0;
        if (known) {
            return 0;
        }
        jdbc.sql("INSERT INTO recflow.notification_event (id, type, occurred_at, subject_type, subject_id, study_group, body) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(n.id(), n.type().name(), Timestamp.from(n.occurredAt()), n.subject().type(), n.subject().id(), n.subject().studyGroup(),
                        body(n))
                .update();
        Map<String, Subscription> subs = subscriptions.of(to);
        List<Object[]> rows = new ArrayList<>();
        for (String account : to) {
            Subscription s = subs.get(account);
            if (!s.wants(n.type())) {
                continue;
            }
            if (s.email() != null && mailOn) {
                rows.add(new Object[] {account, Channel.EMAIL.name(), s.email()});
            }
            if (s.webhookUrl() != null) {
                rows.add(new Object[] {account, Channel.WEBHOOK.name(), s.webhookUrl()});
            }
        }
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp giveUp = Timestamp.from(now.plus(props.retryFor()));
        template.batchUpdate("INSERT INTO recflow.notification_delivery (event_id, recipient, channel, type, address, status, attempts, next_attempt_at, "
                + "give_up_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Object[] r = rows.get(i);
                        ps.setObject(1, n.id());
                        ps.setString(2, (String) r[0]);
                        ps.setString(3, (String) r[1]);
                        ps.setString(4, n.type().name());
                        ps.setString(5, (String) r[2]);
                        ps.setTimestamp(6, at);
                        ps.setTimestamp(7, giveUp);
                        ps.setTimestamp(8, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
        log.debug("notification {} ({}) queued {} deliveries in {} µs", n.id(), n.type(), rows.size(), (System.nanoTime() - started) / 1000);
        return rows.size();
    }

    /** api.md's event as JSON: id, type, occurredAt, subject {type, id, label, studyGroup}, kind, dueAt, summary, href (absolute). */
    String body(Notification n) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", n.subject().type());
        subject.put("id", n.subject().id());
        subject.put("label", n.subject().label());
        subject.put("studyGroup", n.subject().studyGroup());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", n.id().toString());
        event.put("type", n.type().name());
        event.put("occurredAt", n.occurredAt().toString());
        event.put("subject", subject);
        event.put("kind", n.kind());
        event.put("dueAt", n.dueAt() == null ? null : n.dueAt().toString());
        event.put("summary", n.summary());
        event.put("href", props.link(n.href()));
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification could not be written as JSON", e);
        }
    }
}
