package org.recflow.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An account's subscription as {@code /api/me/subscription} answers it; {@code webhookSecret} (Standard Webhooks,
 * {@code whsec_} + base64) only in the answer to the PUT that set a new webhook URL, never again.
 */
public record SubscriptionView(String email, String language, String webhookUrl, List<NotificationType> events,
        @JsonInclude(JsonInclude.Include.NON_NULL) String webhookSecret) {
}
