package org.recflow.notification;

import java.time.Instant;
import java.util.UUID;

/** The parts of a stored notification's body ({@code notification_event.body}) that a message is made of. */
record EventView(UUID id, String type, String kind, String label, Instant dueAt, String summary, String href) {
}
