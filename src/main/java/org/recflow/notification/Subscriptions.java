package org.recflow.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subscriptions (table {@code notification_subscription}). An account without a row has the defaults: every event
 * type, English (Chinese for China's account), and, while the demo accounts are on ({@code recflow.demo-accounts}),
 * an example address made from its name ({@code ms-fra} → {@code fra@example.org}); with the identity provider an
 * account has no address until it sets one.
 */
@Component
class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean demoAccounts;

    Subscriptions(JdbcClient jdbc, Clock clock, @Value("${recflow.demo-accounts:true}") boolean demoAccounts,
            org.springframework.core.env.Environment env) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.demoAccounts = demoAccounts && !env.acceptsProfiles(org.springframework.core.env.Profiles.of("prod"));
    }

    /** The defaults of {@code account} (see the class comment). */
    Subscription defaults(String account) {
        String email = demoAccounts ? account.replaceFirst("^(ms|sm)-", "") + "@example.org" : null;
        String language = "ms-chn".equals(account) ? "zh" : "en";
        return new Subscription(account, email, language, null, null, EnumSet.allOf(NotificationType.class));
    }

    /** {@code account}'s subscription, stored or default. */
    Subscription of(String account) {
        return jdbc.sql("SELECT account, email, language, webhook_url, webhook_secret, events FROM recflow.notification_subscription WHERE account = ?")
                .param(account).query((rs, i) -> read(rs)).optional().orElseGet(() -> defaults(account));
    }

    /** The subscriptions of {@code accounts}, stored or default, in one query for the stored ones. */
    Map<String, Subscription> of(Collection<String> accounts) {
        Map<String, Subscription> stored = new HashMap<>();
        jdbc.sql("SELECT account, email, language, webhook_url, webhook_secret, events FROM recflow.notification_subscription")
                .query((rs, i) -> read(rs)).list().forEach(s -> stored.put(s.account(), s));
        Map<String, Subscription> all = new HashMap<>();
        for (String a : accounts) {
            all.put(a, stored.getOrDefault(a, defaults(a)));
        }
        return all;
    }

    /**
     * Stores {@code account}'s choice; a new or changed webhook URL gets a new secret, answered in the result (else the
     * stored secret is kept).
     */
    Subscription save(String account, String email, String language, String webhookUrl, Set<NotificationType> events) {
        Subscription before = of(account);
        String secret = webhookUrl == null ? null
                : webhookUrl.equals(before.webhookUrl()) && before.webhookSecret() != null ? before.webhookSecret() : newSecret();
        Timestamp now = Timestamp.from(clock.instant());
        String eventList = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.sql("UPDATE recflow.notification_subscription SET email = ?, language = ?, webhook_url = ?, webhook_secret = ?, events = ?, "
                + "updated_at = ? WHERE account = ?").params(email, language, webhookUrl, secret, eventList, now, account).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO recflow.notification_subscription (account, email, language, webhook_url, webhook_secret, events, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)").params(account, email, language, webhookUrl, secret, eventList, now).update();
        }
        return new Subscription(account, email, language, webhookUrl, secret, events.isEmpty() ? EnumSet.noneOf(NotificationType.class)
                : EnumSet.copyOf(events));
    }

    /** A Standard Webhooks secret: {@code whsec_} and the base64 of 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static Subscription read(java.sql.ResultSet rs) throws java.sql.SQLException {
        Set<NotificationType> events = EnumSet.noneOf(NotificationType.class);
        String list = rs.getString("events");
        if (!list.isBlank()) {
            Arrays.stream(list.split(",")).map(t -> NotificationType.valueOf(t.trim().toUpperCase(Locale.ROOT))).forEach(events::add);
        }
        return new Subscription(rs.getString("account"), rs.getString("email"), rs.getString("language"), rs.getString("webhook_url"),
                rs.getString("webhook_secret"), events);
    }
}
