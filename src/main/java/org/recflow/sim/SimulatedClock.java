package org.recflow.sim;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.recflow.kernel.RecflowException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Moves the engine clock (and so recflow's) forward and runs the timers that fall due. */
@Service
@Profile("sim")
public class SimulatedClock {

    /** A guard against a timer that keeps scheduling itself in the past. */
    private static final int MAX_JOBS_PER_MOVE = 100_000;

    private final ManagementService management;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    /**
     * Published after each move, once the timers that fell due have run (outside any transaction): work that follows
     * the clock without a timer of the engine (the reminders of {@code notification.reminder}) runs then.
     *
     * @param now          the simulated time moved to (UTC)
     * @param timersFired  how many due jobs the move ran
     */
    public record Moved(Instant now, int timersFired) {
    }

    SimulatedClock(ManagementService management, JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.management = management;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        catchUp();
    }

    /**
     * Moves this node's clock up to the shared simulated time, if another node has moved it further: every
     * node of a cluster reads the same row before serving a request, so the clock moves on all of them.
     */
    public void catchUp() {
        jdbc.sql("SELECT now FROM recflow.sim_clock WHERE id = 1").query(Timestamp.class).optional()
                .map(Timestamp::toInstant)
                .filter(shared -> shared.isAfter(now()))
                .ifPresent(shared -> ClockUtil.setCurrentTime(Date.from(shared)));
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the clock to {@code target} (never back), runs every due timer, then publishes {@link Moved}; answers how many timers ran. */
    public synchronized int moveTo(Instant target) {
        // the shared row is locked while it moves, so two nodes moving at once queue instead of going back
        tx.executeWithoutResult(s -> {
            Instant shared = jdbc.sql("SELECT now FROM recflow.sim_clock WHERE id = 1 FOR UPDATE").query(Timestamp.class)
                    .optional().map(Timestamp::toInstant).orElse(null);
            Instant current = shared != null && shared.isAfter(now()) ? shared : now();
            if (target.isBefore(current)) {
                throw RecflowException.invalid("now", "the simulated clock only moves forward (it is " + current + ")");
            }
            if (shared == null) {
                jdbc.sql("INSERT INTO recflow.sim_clock (id, now) VALUES (1, ?)").param(Timestamp.from(target)).update();
            } else {
                jdbc.sql("UPDATE recflow.sim_clock SET now = ? WHERE id = 1").param(Timestamp.from(target)).update();
            }
        });
        ClockUtil.setCurrentTime(Date.from(target));
        int fired = runDueJobs(target);
        events.publishEvent(new Moved(target, fired));
        return fired;
    }

    private int runDueJobs(Instant target) {
        return new DueJobs(management, MAX_JOBS_PER_MOVE).runUntil(target);
    }
}
