package org.recflow.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How {@link Table#lock} holds an aggregate's row until its transaction ends, so that changes to one approval,
 * Question, deletion or circular queue up (a reply never lands after the close has read the replies).
 *
 * <p>On a database other processes can reach (PostgreSQL, or H2 as a server) the row is locked in the database:
 * {@code SELECT ... FOR UPDATE}. On H2 embedded in this process (a {@code jdbc:h2:file:} or {@code jdbc:h2:mem:} URL
 * without {@code AUTO_SERVER=TRUE}), no other process can open the database, so the same exclusion is held here, in
 * memory: a lock per (database, table, id), taken before the row is read and released after the transaction has
 * committed or rolled back. That is what H2's row lock does too, without its cost: H2 writes a row lock into the
 * table's B-tree (a page rewritten and stored with the commit) and parses a {@code FOR UPDATE} statement anew on each
 * use. Every change of these rows goes through {@link Table#lock} (their repositories have no other way to update
 * them), so both forms exclude the same things.
 *
 * <p>The wait is bounded as H2's own lock wait is ({@code recflow.store.lock-timeout}, default 2 s, H2's default
 * {@code LOCK_TIMEOUT}); past it the caller gets {@link CannotAcquireLockException}, the conflict the API answers
 * "another change to the same item came first; retry", with nothing changed. A transaction may lock its row twice;
 * a new transaction started inside it ({@code REQUIRES_NEW}) is another transaction and waits, as it would for
 * {@code FOR UPDATE}; without a transaction nothing is held, as with {@code FOR UPDATE} in auto-commit.
 */
@Component
public class RowLocks {

    /** The locks held or awaited in this JVM: every Spring context on the same database shares them. */
    private static final ConcurrentHashMap<Key, Held> HELD = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    private final String configuredUrl;
    private final long timeoutMillis;
    private final String mode;
    private volatile Boolean inProcess;
    private volatile String database;

    /**
     * @param configuredUrl the data source's URL as configured ({@code spring.datasource.url}), with its settings: the
     *                      driver's own metadata drops everything after the first {@code ;} (H2 2.3), so it cannot tell
     *                      {@code AUTO_SERVER=TRUE}; empty when unknown, which keeps {@code FOR UPDATE}
     * @param mode {@code auto} (in memory on embedded H2, in the database otherwise), {@code database} (always
     *             {@code FOR UPDATE}) or {@code memory} (never; embedded H2 only)
     * @param timeoutMillis how long a lock is awaited, in ms
     */
    RowLocks(DataSource dataSource, @Value("${spring.datasource.url:}") String configuredUrl,
            @Value("${recflow.store.row-locks:auto}") String mode, @Value("${recflow.store.lock-timeout:2000}") long timeoutMillis) {
        this.dataSource = dataSource;
        this.configuredUrl = configuredUrl;
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.timeoutMillis = timeoutMillis;
        if (!this.mode.equals("auto") && !this.mode.equals("database") && !this.mode.equals("memory")) {
            throw new IllegalArgumentException("recflow.store.row-locks is auto, database or memory, not " + mode);
        }
    }

    /**
     * True when rows are locked here rather than by {@code FOR UPDATE}: the database is H2 embedded in this process,
     * by its configured URL (settings included), and the connection is indeed to H2. Decided on first use (not at
     * start-up, which must not need the database).
     */
    public boolean inProcess() {
        Boolean known = inProcess;
        if (known == null) {
            String url = url();
            database = url;
            known = switch (mode) {
                case "database" -> false;
                case "memory" -> true;
                default -> embeddedH2(configuredUrl) && url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
            };
            inProcess = known;
        }
        return known;
    }

    /** The database's URL, read on the transaction's own connection when there is one (never a second connection). */
    private String url() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("could not read the database's URL", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** An H2 URL only this process can open: file or memory, not a server, not AUTO_SERVER=TRUE. */
    static boolean embeddedH2(String url) {
        if (url == null) {
            return false;
        }
        String u = url.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!u.startsWith("JDBC:H2:") || u.startsWith("JDBC:H2:TCP:") || u.startsWith("JDBC:H2:SSL:")) {
            return false;
        }
        return !u.contains(";AUTO_SERVER=TRUE");
    }

    /**
     * Holds row {@code id} of {@code table} (a constant such as {@code recflow.approval}) until the current transaction
     * ends, waiting at most the lock timeout for another transaction holding it; does nothing without a transaction.
     *
     * @throws CannotAcquireLockException when another transaction held the row for longer than the timeout, or the
     *                                    wait was interrupted
     */
    public void hold(String table, long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Key key = new Key(database, table, id);
        if (TransactionSynchronizationManager.hasResource(key)) {
            return; // this transaction holds the row already
        }
        Held held = HELD.compute(key, (k, h) -> {
            Held v = h == null ? new Held() : h;
            v.users++;
            return v;
        });
        boolean locked = false;
        try {
            locked = held.permit.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!locked) {
                forget(key);
            }
        }
        if (!locked) {
            throw new CannotAcquireLockException("row " + id + " of " + table + " was held by another transaction for more than "
                    + timeoutMillis + " ms");
        }
        TransactionSynchronizationManager.bindResource(key, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                // a new transaction inside this one (REQUIRES_NEW) is another transaction: it waits, as with FOR UPDATE
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(key, held);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                held.permit.release();
                forget(key);
            }
        });
    }

    /** How many rows are held or awaited in this JVM (for tests: zero once every transaction has ended). */
    static int heldOrAwaited() {
        return HELD.size();
    }

    /** Whether a transaction waits in this JVM for row {@code id} of {@code table} (for tests that order two transactions). */
    public static boolean awaited(String table, long id) {
        return HELD.entrySet().stream()
                .anyMatch(e -> e.getKey().table().equals(table) && e.getKey().id() == id && e.getValue().permit.hasQueuedThreads());
    }

    private static void forget(Key key) {
        HELD.computeIfPresent(key, (k, h) -> --h.users == 0 ? null : h);
    }

    private record Key(String database, String table, long id) {
    }

    /**
     * The lock of one row (one permit: held by a transaction, not a thread, so any thread may end it) and how many
     * holds and waits use it (the entry goes when none does).
     */
    private static final class Held {
        final Semaphore permit = new Semaphore(1);
        int users;
    }
}
