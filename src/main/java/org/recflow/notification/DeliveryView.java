package org.recflow.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the delivery log ({@code GET /api/notifications}): the notification ({@code eventId}, {@code type},
 * {@code subject} label, {@code summary}), to whom ({@code recipient} account, {@code channel}), its {@code status},
 * {@code attempts} so far, {@code lastError} (null when none), when it was queued, delivered, and is next tried (UTC).
 */
public record DeliveryView(long id, UUID eventId, NotificationType type, String subject, String summary, String recipient, Channel channel,
        DeliveryStatus status, int attempts, String lastError, Instant queuedAt, Instant deliveredAt, Instant nextAttemptAt) {
}
