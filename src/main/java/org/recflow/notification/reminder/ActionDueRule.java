package org.recflow.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recflow.calendar.ProcedureCalendar;

/**
 * When a deadline that waits on the chairman or TSB calls for an {@code ACTION_DUE} (issue 17 §6, api.md
 * "Notifications"): {@link Moment#OPENED} once it is open, {@link Moment#SOON} from {@code soon} before it is due,
 * {@link Moment#OVERDUE} once it has passed ({@link ProcedureCalendar#hasClosed}: at 24:00:00Z of a 23:59:59Z
 * deadline). SOON is skipped when the deadline opened already within {@code soon} of its due instant (the OPENED
 * notice says as much) and once it is overdue (OVERDUE says more). Instants are UTC.
 *
 * @param soon how long before the due instant SOON goes (positive; api.md: 2 days)
 */
record ActionDueRule(Duration soon) {

    /** The three moments of a deadline, as {@code ReminderEvents.ActionDue#moment} names them. */
    enum Moment {
        OPENED, SOON, OVERDUE
    }

    ActionDueRule {
        if (soon.isNegative() || soon.isZero()) {
            throw new IllegalArgumentException("the SOON lead must be positive, not " + soon);
        }
    }

    /** The moments reached at {@code now} by a deadline opened at {@code openedAt} and due at {@code dueAt}, in order. */
    List<Moment> reached(Instant openedAt, Instant dueAt, Instant now) {
        List<Moment> reached = new ArrayList<>();
        if (now.isBefore(openedAt)) {
            return reached;
        }
        reached.add(Moment.OPENED);
        boolean overdue = ProcedureCalendar.hasClosed(dueAt, now);
        Instant soonAt = dueAt.minus(soon);
        if (!overdue && !soonAt.isAfter(now) && soonAt.isAfter(openedAt)) {
            reached.add(Moment.SOON);
        }
        if (overdue) {
            reached.add(Moment.OVERDUE);
        }
        return reached;
    }
}
