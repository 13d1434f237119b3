package org.recflow.notification.reminder;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminders' settings ({@code recflow.notifications.*}).
 *
 * @param reminders  how long before a consultation closes its non-repliers are reminded
 *                   ({@code recflow.notifications.reminders}, default {@code P7D,P1D})
 * @param actionSoon how long before a chairman's or TSB's deadline is due the SOON notice goes
 *                   ({@code recflow.notifications.action-soon}, default {@code P2D})
 * @param scanCron   when the production scan runs ({@code recflow.notifications.scan-cron}, Spring cron, default every
 *                   minute; {@code -} turns the schedule off, as the test suite does). In {@code sim} the scan also
 *                   runs after each move of the simulated clock.
 */
@ConfigurationProperties("recflow.notifications")
record ReminderProperties(@DefaultValue({"P7D", "P1D"}) List<Duration> reminders, @DefaultValue("P2D") Duration actionSoon,
        @DefaultValue("0 * * * * *") String scanCron) {
}
