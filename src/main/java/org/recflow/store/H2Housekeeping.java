package org.recflow.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The housekeeping of the embedded H2 file that H2 itself leaves out when commits are written at once.
 *
 * <p>recflow opens H2 with {@code WRITE_DELAY=0} so that an acknowledged change survives {@code kill -9}: each commit
 * writes a new chunk of the file. H2 runs its housekeeping (rewriting the live pages of old, mostly empty chunks, so that
 * those chunks can be freed) on its background writer thread, which it starts only when the write delay is above zero.
 * Without it every chunk keeps the few pages that were not changed since, and is never freed: under the reply benchmark
 * the store held 140,000 chunks after 100 s and the file grew by about 40 kB a commit (issue 20, docs/BENCHMARKS.md),
 * and the store's own map of its chunks, written again with every commit, grew with them.
 *
 * <p>Every {@code recflow.store.h2-housekeeping-interval} (default 1 s, in ms), on a thread of its own (so that no
 * other scheduled task delays it), one round:
 * <ol>
 * <li><b>forces the file to the disk</b> ({@link MVStore#sync}, {@code FileChannel.force}): H2 never does at a commit,
 * so without it a change is on the disk only when the operating system writes it back (Linux: within 30 s);</li>
 * <li>after the first such sync, <b>shortens H2's retention time</b> from its 45 s to
 * {@code recflow.store.h2-retention} (default 5 s, at least two intervals). H2 keeps every chunk younger than the
 * retention time from being overwritten, assuming that the disk has what was written by then; its documentation names
 * forcing the file as what makes a shorter time safe, and here the file is forced every interval. The retention is
 * only ever shortened (a shorter one set in the database URL stays), and goes back to H2's 45 s for good if a sync
 * fails. With 45 s every commit of the last 45 s keeps its chunk's record in H2's map of chunks, which every commit
 * rewrites in part: at 1,300 commits a second that map held 60,000 records, and the reply step cost 6-16% more CPU
 * (A/B, docs/BENCHMARKS.md, "Third pass");</li>
 * <li><b>compacts</b>, as H2's background thread would, through H2's public {@link MVStore#compact}: when the chunks
 * are less than {@link #TARGET_FILL_RATE}% full, it rewrites up to {@code recflow.store.h2-housekeeping-write} bytes
 * (1 MB) of live pages out of the emptiest chunks older than the retention time. The rewritten pages are stored like
 * any change, so no committed change depends on it.</li>
 * </ol>
 * Only for a database this process opened itself (embedded H2 in a file); on PostgreSQL, in memory, or H2 reached over
 * TCP, it does nothing. {@code recflow.store.h2-housekeeping=false} turns all three off, H2's 45 s included.
 */
@Component
@ConditionalOnClass(name = "org.h2.mvstore.MVStore")
class H2Housekeeping implements SmartLifecycle {

    /** H2's own target (its {@code AUTO_COMPACT_FILL_RATE} default): compact while chunks are less full than this, in %. */
    static final int TARGET_FILL_RATE = 90;

    /** H2's default retention time, in ms ({@code FileStore}'s), restored when a sync fails. */
    static final int H2_RETENTION = 45_000;

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final int writeLimit;
    private final long interval;
    private final int retention;
    private volatile boolean embedded = true;
    private volatile boolean shortened;
    private volatile boolean syncFailed;
    private ScheduledExecutorService thread;

    /**
     * @param enabled    {@code recflow.store.h2-housekeeping} (default true)
     * @param writeLimit bytes of live pages rewritten at most per round ({@code recflow.store.h2-housekeeping-write},
     *                   default 1 MB, H2's commit buffer); each round first ranks every chunk, so fewer, larger rounds
     *                   cost less
     * @param interval   ms between the end of a round and the start of the next
     *                   ({@code recflow.store.h2-housekeeping-interval}, default 1,000)
     * @param retention  H2's retention time once the file is forced every interval, in ms
     *                   ({@code recflow.store.h2-retention}, default 5,000; 0 or less leaves H2's)
     * @throws IllegalArgumentException if {@code retention} is positive and shorter than two intervals: a chunk could
     *                   then be overwritten before the sync after it
     */
    H2Housekeeping(DataSource dataSource, @Value("${recflow.store.h2-housekeeping:true}") boolean enabled,
            @Value("${recflow.store.h2-housekeeping-write:1048576}") int writeLimit,
            @Value("${recflow.store.h2-housekeeping-interval:1000}") long interval,
            @Value("${recflow.store.h2-retention:5000}") int retention) {
        if (interval <= 0) {
            throw new IllegalArgumentException("recflow.store.h2-housekeeping-interval must be positive (ms), is " + interval);
        }
        if (retention > 0 && retention < 2 * interval) {
            throw new IllegalArgumentException("recflow.store.h2-retention (" + retention + " ms) must be at least two "
                    + "housekeeping intervals (" + 2 * interval + " ms), or 0 to keep H2's");
        }
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.writeLimit = writeLimit;
        this.interval = interval;
        this.retention = retention;
    }

    /**
     * One round: sync, retention, compaction (see the class comment). Answers whether any chunk was rewritten; false on
     * any other database, or when the housekeeping is off.
     */
    boolean compact() {
        if (!enabled || !embedded) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            MVStore store = store(c);
            if (store == null) {
                embedded = false; // PostgreSQL, H2 over TCP or in memory: never again
                return false;
            }
            if (store.isClosed()) {
                return false;
            }
            forceAndRetain(store);
            return store.compact(TARGET_FILL_RATE, writeLimit);
        } catch (SQLException | RuntimeException e) {
            log.debug("H2 housekeeping skipped: {}", e.toString());
            return false;
        }
    }

    /** Forces the file to the disk; shortens the retention after the first sync, restores H2's if a sync fails. */
    void forceAndRetain(MVStore store) {
        if (syncFailed) {
            return;
        }
        try {
            store.sync();
        } catch (RuntimeException e) {
            syncFailed = true;
            store.setRetentionTime(H2_RETENTION);
            log.warn("H2 housekeeping: the database file could not be forced to the disk ({}); H2's retention time is back "
                    + "to {} ms and the file is no longer forced", e.toString(), H2_RETENTION);
            return;
        }
        if (!shortened && retention > 0 && store.getRetentionTime() > retention) {
            store.setRetentionTime(retention);
            shortened = true;
        }
    }

    /** The MVStore of an H2 database this process opened itself, in a file; null for any other connection. */
    static MVStore store(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }

    @Override
    public synchronized void start() {
        if (!enabled || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-housekeeping");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(() -> {
            if (embedded) {
                compact();
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops the rounds before the database closes (a round under way ends first, within a few seconds). */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
