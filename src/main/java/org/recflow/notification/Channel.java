package org.recflow.notification;

/** How a notification reaches an account. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
