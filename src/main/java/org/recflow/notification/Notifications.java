package org.recflow.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for the web layer: an account's subscription ({@code /api/me/subscription}) and the delivery log
 * ({@code /api/notifications}: TSB sees every delivery, anyone else only their own).
 */
@Service
public class Notifications {

    /** The delivery log answers at most this many lines, newest first. */
    public static final int LOG_LIMIT = 1000;

    private final Subscriptions subscriptions;
    private final JdbcClient jdbc;
    private final NotificationProperties props;
    private final ObjectMapper json;

    Notifications(Subscriptions subscriptions, JdbcClient jdbc, NotificationProperties props, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.props = props;
        this.json = json;
    }

    /** {@code actor}'s subscription (stored or default), without its secret. */
    public SubscriptionView subscription(Actor actor) {
        return view(subscriptions.of(actor.username()), false);
    }

    /**
     * Replaces {@code actor}'s subscription; a new webhook URL gets a new secret, answered this once. 400
     * INVALID_REQUEST ({@code webhookUrl}) for a URL that is not https:// (or http:// to loopback where allowed).
     */
    @Transactional
    public SubscriptionView subscribe(Actor actor, SubscriptionChange change) {
        String url = change.webhookUrl() == null || change.webhookUrl().isBlank() ? null : change.webhookUrl().trim();
        if (url != null) {
            String why = WebhookTargets.whyNot(url, props.allowLoopbackHttp());
            if (why != null) {
                throw RecflowException.invalid("webhookUrl", why);
            }
        }
        String previousUrl = subscriptions.of(actor.username()).webhookUrl();
        EnumSet<NotificationType> events = EnumSet.noneOf(NotificationType.class);
        events.addAll(change.events());
        String email = change.email() == null || change.email().isBlank() ? null : change.email().trim();
        Subscription saved = subscriptions.save(actor.username(), email, change.language(), url, events);
        return view(saved, url != null && !url.equals(previousUrl));
    }

    private static SubscriptionView view(Subscription s, boolean withSecret) {
        return new SubscriptionView(s.email(), s.language(), s.webhookUrl(), List.copyOf(s.events()), withSecret ? s.webhookSecret() : null);
    }

    /**
     * The delivery log, newest first, at most {@link #LOG_LIMIT} lines, filtered by {@code recipient}, {@code status}
     * and {@code type} (each null for all). 403 NOT_ELIGIBLE when someone other than TSB asks for another account's;
     * 400 INVALID_REQUEST for an unknown status or type.
     */
    public List<DeliveryView> log(Actor actor, String recipient, String status, String type) {
        String who = recipient == null || recipient.isBlank() ? null : recipient.trim().toLowerCase(Locale.ROOT);
        if (!actor.isTsb()) {
            if (who != null && !who.equals(actor.username())) {
                throw RecflowException.notEligible("only TSB may read the deliveries of another account");
            }
            who = actor.username();
        }
        DeliveryStatus st = parse(DeliveryStatus.class, "status", status);
        NotificationType ty = parse(NotificationType.class, "type", type);
        StringBuilder sql = new StringBuilder("SELECT d.id, d.event_id, d.type, e.body, d.recipient, d.channel, d.status, d.attempts, d.last_error, "
                + "d.created_at, d.delivered_at, d.next_attempt_at FROM recflow.notification_delivery d "
                + "JOIN recflow.notification_event e ON e.id = d.event_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (who != null) {
            sql.append(" AND d.recipient = ?");
            params.add(who);
        }
        if (st != null) {
            sql.append(" AND d.status = ?");
            params.add(st.name());
        }
        if (ty != null) {
            sql.append(" AND d.type = ?");
            params.add(ty.name());
        }
        sql.append(" ORDER BY d.id DESC FETCH FIRST ").append(LOG_LIMIT).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            String[] labelAndSummary = labelAndSummary(rs.getString(4));
            Timestamp delivered = rs.getTimestamp(11);
            return new DeliveryView(rs.getLong(1), rs.getObject(2, UUID.class), NotificationType.valueOf(rs.getString(3)), labelAndSummary[0],
                    labelAndSummary[1], rs.getString(5), Channel.valueOf(rs.getString(6)), DeliveryStatus.valueOf(rs.getString(7)), rs.getInt(8),
                    rs.getString(9), rs.getTimestamp(10).toInstant(), delivered == null ? null : delivered.toInstant(),
                    rs.getTimestamp(12).toInstant());
        }).list();
    }

    private String[] labelAndSummary(String body) {
        try {
            var n = json.readTree(body);
            return new String[] {n.path("subject").path("label").asText(), n.path("summary").asText(null)};
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored notification is not JSON", e);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RecflowException.invalid(field, "is not one of " + EnumSet.allOf(type));
        }
    }
}
