package org.recflow.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import org.recflow.kernel.Subject;

/**
 * The reminders' triggers (issue 17 §6), published as Spring application events when the (simulated) clock passes
 * them; the outbox ({@code org.recflow.notification}) turns each into a {@code REMINDER} or {@code ACTION_DUE}
 * notification. Instants are UTC.
 */
public final class ReminderEvents {

    private ReminderEvents() {
    }

    /** {@code memberState} has not replied in the consultation of {@code subject}, which closes at {@code closesAt}, {@code before} from now. */
    public record ReminderDue(Subject subject, String studyGroup, String memberState, Instant closesAt, Duration before) {
    }

    /**
     * A deadline of {@code deadlineKind}, due at {@code dueAt}, waits on {@code waitingOn} ("CHAIR" or "TSB");
     * {@code moment}: OPENED, SOON (2 days before) or OVERDUE.
     */
    public record ActionDue(Subject subject, String studyGroup, String deadlineKind, String waitingOn, Instant dueAt, String moment) {
    }
}
