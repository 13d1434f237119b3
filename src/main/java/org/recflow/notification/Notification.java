package org.recflow.notification;

import java.time.Instant;
import java.util.UUID;
import org.recflow.kernel.Subject;

/**
 * One notification, as published in the transaction of the change that causes it and kept by Spring Modulith's event
 * publication registry until it is fanned out: api.md's event ({@code id}, {@code type}, {@code occurredAt} UTC,
 * {@code subject}, {@code kind} such as LAST_CALL, {@code dueAt} UTC or null, {@code summary}, {@code href} the path
 * of the page where one acts) and its {@link Audience}. The id is made once, at publication, so a resubmitted
 * publication fans out the same id (and the unique delivery key sends it once).
 */
public record Notification(UUID id, NotificationType type, Instant occurredAt, Subject subject, String kind, Instant dueAt,
        String summary, String href, Audience audience) {
}
