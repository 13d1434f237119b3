package org.recflow.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.recflow.calendar.ProcedureCalendar;

/**
 * Which consultation reminder is due at an instant (issue 17 §6, api.md "Notifications" {@code REMINDER}): a reminder
 * {@code before} the close is due from {@code closesAt - before} on, as long as the consultation is still open
 * ({@link ProcedureCalendar#hasClosed}: the last second 23:59:59Z still belongs to it). Only the latest reminder whose
 * instant has come is due: a scan that runs late (or a simulated clock that jumps) sends the 1-day reminder, not the
 * 7-day one as well. A reminder whose instant falls before the consultation opened is never due (a consultation of 5
 * days gets no 7-day reminder). Everything is in instants (UTC), so holidays and Geneva days play no part.
 *
 * @param befores how long before the close each reminder goes (positive durations, e.g. P7D and P1D)
 */
record ReminderRule(List<Duration> befores) {

    ReminderRule {
        if (befores.isEmpty() || befores.stream().anyMatch(b -> b.isNegative() || b.isZero())) {
            throw new IllegalArgumentException("reminders must be positive durations, not " + befores);
        }
        befores = befores.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The longest lead: consultations closing further away than this need no look. */
    Duration longest() {
        return befores.get(0);
    }

    /**
     * The reminder due at {@code now} for a consultation opened at {@code openedAt} that closes at {@code closesAt}:
     * the shortest lead whose instant ({@code closesAt - before}) is at or before {@code now} and not before
     * {@code openedAt}; empty when none has come yet or the consultation has closed.
     */
    Optional<Duration> dueAt(Instant openedAt, Instant closesAt, Instant now) {
        if (ProcedureCalendar.hasClosed(closesAt, now)) {
            return Optional.empty();
        }
        Optional<Duration> due = Optional.empty();
        for (Duration before : befores) {
            Instant at = closesAt.minus(before);
            if (!at.isAfter(now) && !at.isBefore(openedAt)) {
                due = Optional.of(before);
            }
        }
        return due;
    }

    /** Who is reminded: the Member States {@code eligible} to reply that have not {@code replied}, by code. */
    static SortedSet<String> recipients(Collection<String> eligible, Set<String> replied) {
        SortedSet<String> waiting = new TreeSet<>(eligible);
        waiting.removeAll(replied);
        return waiting;
    }
}
