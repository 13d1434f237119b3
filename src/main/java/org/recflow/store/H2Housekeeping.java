package org.recflow.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * other scheduled task delays it) and without taking a connection from the pool once the store is known, one round:
 * <ol>
 * <li><b>forces the file to the disk</b> ({@link MVStore#sync}, {@code FileChannel.force}): H2 never does at a commit,
 * so without it a change is on the disk only when the operating system writes it back (Linux: within 30 s);</li>
 * <li>after the first such sync, <b>shortens H2's retention time</b> from its 45 s to {@code recflow.store.h2-retention}
 * (default 10 s, at least two intervals). H2 overwrites no chunk younger than the retention time, assuming that the disk
 * has what was written by then; its documentation names forcing the file as what makes a shorter time safe (and warns
 * that forcing does not work as expected on every system). Only H2's own 45 s is shortened: a retention the database
 * URL sets is kept. If a sync or a round fails, the retention goes back to what it was, for good; when the server
 * stops, the rounds stop first (after the web server), and it goes back too. With 45 s
 * every commit of the last 45 s keeps its chunk and that chunk's record in H2's map of chunks, which every commit
 * rewrites in part; past about 100,000 chunks a commit cost 60% more (docs/BENCHMARKS.md, "Third pass");</li>
 * <li><b>compacts</b>, as H2's background thread would, through H2's public {@link MVStore#compact}: when the chunks
 * are less than {@link #TARGET_FILL_RATE}% full, it rewrites up to {@code recflow.store.h2-housekeeping-write} bytes
 * (1 MB) of live pages out of the emptiest chunks older than the retention time. The rewritten pages are stored like
 * any change, so no committed change depends on it.</li>
 * </ol>
 * Once, when it first finds the store, it also <b>widens the cache of the history's sequence</b> ({@code
 * RECFLOW.HISTORY_ORDER}, migration V18; {@link #WIDENED_SEQUENCES}) from H2's 32 numbers to {@link #SEQUENCE_CACHE}:
 * H2 records a sequence's next cache bound with a commit of its own, which with {@code WRITE_DELAY=0} is one more chunk
 * of the file every 32 numbers (steps and replies; 1.4% of a reply's server CPU at 1 client, docs/BENCHMARKS.md
 * "Sixth pass"). H2's cache belongs to the database, not to a session, so numbers are still handed out in order; after
 * a crash up to that many are skipped, a gap and no disorder. The cache is stored in the file and stays if the
 * housekeeping is later turned off. If H2 refuses, the cache stays as it was (a warning in the log) and the rest of
 * the housekeeping goes on. (PostgreSQL keeps its cache of 1: there a cache is per session and would hand numbers out
 * of order.)
 * What this does not do: H2 frees a chunk by the time it was written, not by the time it was replaced, so the space of
 * an old chunk may be reused before the chunk that replaced its pages is forced, with any retention time, H2's 45 s
 * included. Forcing every second narrows that window against a power cut; it does not close it. A {@code kill -9}
 * loses nothing either way (the operating system has every write).
 *
 * <p>Only for a database this process opened itself (embedded H2 in a file); on PostgreSQL, in memory, or H2 reached
 * over TCP, the thread stops after its first round. {@code recflow.store.h2-housekeeping=false} turns all of it off,
 * H2's 45 s included.
 */
@Component
@ConditionalOnClass(name = "org.h2.mvstore.MVStore")
class H2Housekeeping implements SmartLifecycle {

    /** How many numbers a widened sequence hands out between two records of its bound (see the class comment). */
    static final int SEQUENCE_CACHE = 1024;

    /**
     * The sequences of schema RECFLOW whose cache is widened: only those whose numbers order and nobody reads, where a
     * gap after a crash shows nowhere.
     */
    static final List<String> WIDENED_SEQUENCES = List.of("HISTORY_ORDER");

    /** H2's own target (its {@code AUTO_COMPACT_FILL_RATE} default): compact while chunks are less full than this, in %. */
    static final int TARGET_FILL_RATE = 90;

    /** H2's default retention time, in ms ({@code FileStore}'s): the only one this shortens. */
    static final int H2_RETENTION = 45_000;

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final int writeLimit;
    private final long interval;
    private final int retention;
    private volatile boolean embedded = true;
    private volatile MVStore store;
    private int found = -1; // the store's retention when first seen, ms
    private boolean shortened;
    private boolean givenUp;
    private boolean stopping;
    private final Object lifecycle = new Object(); // start and stop; apart from the rounds' state (this)
    private ScheduledExecutorService thread;

    /**
     * @param dataSource the application's pool; a connection is taken once, to find the store
     * @param enabled    {@code recflow.store.h2-housekeeping} (default true)
     * @param writeLimit bytes of live pages rewritten at most per round ({@code recflow.store.h2-housekeeping-write},
     *                   default 1 MB, H2's commit buffer); each round first ranks every chunk, so fewer, larger rounds
     *                   cost less
     * @param interval   ms between the end of a round and the start of the next
     *                   ({@code recflow.store.h2-housekeeping-interval}, default 1,000; a number of ms)
     * @param retention  H2's retention time once the file is forced every interval, in ms
     *                   ({@code recflow.store.h2-retention}, default 10,000; 0 or less leaves H2's)
     * @throws IllegalArgumentException if {@code interval} is not positive, or {@code retention} is positive and
     *                   shorter than two intervals (a chunk could then be overwritten before the sync after it)
     */
    H2Housekeeping(DataSource dataSource, @Value("${recflow.store.h2-housekeeping:true}") boolean enabled,
            @Value("${recflow.store.h2-housekeeping-write:1048576}") int writeLimit,
            @Value("${recflow.store.h2-housekeeping-interval:1000}") long interval,
            @Value("${recflow.store.h2-retention:10000}") int retention) {
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
     * any other database, when the housekeeping is off, or when H2 refused (logged at debug level). Until the store is
     * known (the first call) it takes a connection from the pool, waiting for one up to the pool's connection timeout.
     */
    boolean compact() {
        MVStore s = store();
        if (s == null) {
            return false;
        }
        if (s.isClosed()) {
            forget(s); // H2 closed the database (SHUTDOWN, a panic): the next round finds the store it reopens
            return false;
        }
        forceAndRetain(s);
        try {
            return s.compact(TARGET_FILL_RATE, writeLimit);
        } catch (RuntimeException e) {
            log.debug("H2 compaction skipped: {}", e.toString());
            return false;
        }
    }

    /** Forgets a store H2 has closed, with what this knew of it; a new store starts from H2's retention again. */
    private synchronized void forget(MVStore s) {
        if (store == s) {
            store = null;
            found = -1;
            shortened = false;
            givenUp = false;
            log.info("H2 housekeeping: the database was closed; the next round looks for it again");
        }
    }

    /** The embedded store, found once through a connection of the pool; null on any other database or when off. */
    private MVStore store() {
        if (!enabled || !embedded) {
            return null;
        }
        MVStore s = store;
        if (s != null) {
            return s;
        }
        try (Connection c = dataSource.getConnection()) {
            s = store(c);
            if (s != null) {
                widenSequenceCaches(c);
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("H2 housekeeping skipped: {}", e.toString());
            return null;
        }
        if (s == null) {
            embedded = false; // PostgreSQL, H2 over TCP or in memory: never again
            return null;
        }
        store = s;
        return s;
    }

    /**
     * Sets the cache of each of {@link #WIDENED_SEQUENCES} that exists with a smaller one to {@link #SEQUENCE_CACHE}
     * numbers (see the class comment), on connection {@code c}. Never throws: a sequence H2 does not list or refuses to
     * change keeps its cache, with a warning in the log, and the housekeeping goes on.
     */
    static void widenSequenceCaches(Connection c) {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES "
                        + "WHERE SEQUENCE_SCHEMA = 'RECFLOW' AND CACHE < " + SEQUENCE_CACHE)) {
            while (rs.next()) {
                if (WIDENED_SEQUENCES.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("H2 housekeeping: recflow's sequences keep their cache, they could not be listed: {}", e.toString());
            return;
        }
        for (String name : names) {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SEQUENCE RECFLOW." + name + " CACHE " + SEQUENCE_CACHE);
                log.info("H2 housekeeping: sequence RECFLOW.{} hands out numbers from a cache of {}", name, SEQUENCE_CACHE);
            } catch (SQLException | RuntimeException e) {
                log.warn("H2 housekeeping: sequence RECFLOW.{} keeps its cache: {}", name, e.toString());
            }
        }
    }

    /**
     * Forces the file to the disk, then shortens H2's own retention time (once); after a failed sync the retention is
     * what it was when first seen, and the file is no longer forced.
     */
    synchronized void forceAndRetain(MVStore s) {
        if (givenUp || stopping) {
            return;
        }
        if (found < 0) {
            found = s.getRetentionTime();
        }
        try {
            s.sync();
        } catch (RuntimeException e) {
            giveUp(s, "the database file could not be forced to the disk (" + e + ")");
            return;
        }
        if (!shortened && retention > 0 && found == H2_RETENTION) {
            s.setRetentionTime(retention);
            shortened = true;
        }
    }

    /** The retention time back to what it was, for good; logged as a warning. */
    private synchronized void giveUp(MVStore s, String why) {
        givenUp = true;
        if (shortened && !s.isClosed()) {
            s.setRetentionTime(found);
        }
        shortened = false;
        log.warn("H2 housekeeping: {}; H2's retention time is {} ms again and the file is no longer forced", why, found);
    }

    /**
     * The MVStore of an H2 database this process opened itself, in a file; null for any other connection.
     *
     * @throws SQLException if the connection cannot be unwrapped
     */
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

    /**
     * Starts the rounds on the {@code h2-housekeeping} thread, the first one an interval from now; nothing when off. A
     * round that throws gives the retention back (see {@link #giveUp}) and ends the rounds' forcing, not the thread.
     */
    @Override
    public void start() {
        synchronized (lifecycle) {
            startRounds();
        }
    }

    private void startRounds() {
        if (!enabled || thread != null) {
            return;
        }
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "h2-housekeeping");
            th.setDaemon(true);
            return th;
        });
        synchronized (this) {
            stopping = false;
        }
        t.scheduleWithFixedDelay(() -> {
            if (!round()) {
                t.shutdown(); // not an embedded H2 file: nothing to do, ever
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
        thread = t;
    }

    /**
     * What the thread runs each interval: {@link #compact()}, never letting anything it throws end the rounds silently
     * (a failure is logged as a warning and gives the retention time back). Answers false when there is nothing to do,
     * ever: not an embedded H2 file, or H2's classes do not fit.
     */
    boolean round() {
        try {
            compact();
        } catch (Throwable e) {
            MVStore s = store;
            if (s != null) {
                giveUp(s, "a round failed (" + e + ")");
            } else {
                log.warn("H2 housekeeping: a round failed before the database was found: {}", e.toString());
            }
            if (e instanceof LinkageError) {
                embedded = false;
            }
        }
        return embedded;
    }

    /** After the web server and its requests have stopped (its phases are higher), before the database closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /**
     * Stops the rounds before the database closes: no round forces or shortens anything after this starts; waits up to
     * 30 s for a round under way; if it ended, forces the file a last time; then gives H2 the retention time it had,
     * so that the commits of the shutdown run under H2's own.
     */
    @Override
    public void stop() {
        synchronized (lifecycle) {
            stopRounds();
        }
    }

    private void stopRounds() {
        if (thread == null) {
            return;
        }
        synchronized (this) {
            stopping = true;
        }
        thread.shutdown();
        boolean ended = false;
        boolean interrupted = false;
        try {
            ended = thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true; // set again below: an interrupted thread's FileChannel.force closes H2's file
        }
        thread = null;
        MVStore s = store;
        if (s != null && !s.isClosed()) {
            synchronized (this) {
                if (shortened) {
                    if (ended && !interrupted) {
                        try {
                            s.sync();
                        } catch (RuntimeException e) {
                            log.debug("H2 housekeeping: last sync failed: {}", e.toString());
                        }
                    }
                    s.setRetentionTime(found);
                    shortened = false;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (lifecycle) {
            return thread != null;
        }
    }
}
