package org.recflow.notification;

/** Where a delivery stands (api.md): not tried yet, delivered, tried and to be tried again, given up after 24 hours. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    RETRYING,
    FAILED
}
