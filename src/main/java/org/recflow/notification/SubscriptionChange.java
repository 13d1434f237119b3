package org.recflow.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code PUT /api/me/subscription}, which replaces the whole subscription: {@code email} (null: no
 * e-mail), {@code language} (an official language: en, zh, fr, es, ru, ar; e-mails are written in English and Chinese,
 * the others read English), {@code webhookUrl} (null: no webhook; https://, or http:// to loopback in sim), and the
 * {@code events} wanted (may be empty). Unknown fields and unknown event types are refused (400).
 */
public record SubscriptionChange(
        @Email @Size(max = 320) String email,
        @NotNull @Pattern(regexp = "en|zh|fr|es|ru|ar") String language,
        @Size(max = 2000) String webhookUrl,
        @NotNull @Size(max = 6) List<@NotNull NotificationType> events) {
}
