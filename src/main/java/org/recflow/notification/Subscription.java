package org.recflow.notification;

import java.util.Set;

/**
 * What one account wants to be told and where: {@code email} (null: no e-mail), {@code language} ("en" or "zh"),
 * {@code webhookUrl} (null: no webhook) signed with {@code webhookSecret} ({@code whsec_} + base64 of 32 random bytes),
 * and the {@code events} it wants.
 */
record Subscription(String account, String email, String language, String webhookUrl, String webhookSecret, Set<NotificationType> events) {

    boolean wants(NotificationType type) {
        return events.contains(type);
    }
}
