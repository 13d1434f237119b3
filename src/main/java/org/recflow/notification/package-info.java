/**
 * Telling people (issue 17; api.md second wave, "Notifications"): the domain events of the procedures (approvals,
 * Questions, deletions) and the reminders' triggers become notifications ({@code PERIOD_OPENED}, {@code REMINDER},
 * {@code ACTION_DUE}, {@code PERIOD_CLOSED}, {@code OUTCOME}, {@code CIRCULAR}), written in the transaction of the
 * change through Spring Modulith's event publication registry (the outbox), fanned out to the accounts concerned
 * as one delivery per account and channel (unique), and delivered by e-mail (SMTP) and signed webhooks (Standard
 * Webhooks) with retries by a dispatcher on every node. Owns the subscriptions ({@code /api/me/subscription}), the
 * delivery log ({@code /api/notifications}) and the outbox's health and metrics. The triggers of reminders live in
 * {@code org.recflow.notification.reminder}; the Atom feed of announcements belongs with them.
 */
package org.recflow.notification;
