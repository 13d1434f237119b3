package org.recflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-process row locks of embedded H2: held until the transaction ends (commit or rollback), reentrant, bounded
 * by the lock timeout, nothing held without a transaction, and {@code FOR UPDATE} kept for any database another
 * process can reach (decided by the configured URL: H2's driver reports it without its settings). The approval-level consequence (a reply waiting for the close) is in ReplyWaitsForTheLockTest.
 */
@SpringTest
public class RowLocksTest {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void embeddedH2IsLockedInProcessAndEverythingElseInTheDatabase() {
        assertThat(RowLocks.embeddedH2("jdbc:h2:file:./data/recflow;AUTO_SERVER=FALSE;WRITE_DELAY=0")).isTrue();
        assertThat(RowLocks.embeddedH2("jdbc:h2:mem:recflow;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(RowLocks.embeddedH2("jdbc:h2:./data/recflow")).isTrue();
        assertThat(RowLocks.embeddedH2("jdbc:h2:file:./data/recflow;auto_server=true")).isFalse();
        assertThat(RowLocks.embeddedH2("jdbc:h2:tcp://localhost/~/recflow")).isFalse();
        assertThat(RowLocks.embeddedH2("jdbc:h2:ssl://localhost/~/recflow")).isFalse();
        assertThat(RowLocks.embeddedH2("jdbc:postgresql://localhost:5432/recflow")).isFalse();
        assertThat(RowLocks.embeddedH2(null)).isFalse();
        assertThat(new RowLocks(dataSource, "jdbc:h2:mem:recflow", "database", 2000).inProcess()).isFalse();
    }

    @Test
    void theConfiguredUrlDecidesForTheDriverDropsTheSettings() throws Exception {
        String live = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
        boolean h2 = live.startsWith("jdbc:h2:");
        assertThat(live).as("H2 2.3 reports the URL without its settings").doesNotContain(";");
        assertThat(new RowLocks(dataSource, live + ";AUTO_SERVER=TRUE", "auto", 2000).inProcess())
                .as("a file other processes may open keeps FOR UPDATE").isFalse();
        assertThat(new RowLocks(dataSource, "", "auto", 2000).inProcess()).as("an unknown URL keeps FOR UPDATE").isFalse();
        assertThat(new RowLocks(dataSource, "jdbc:h2:mem:recflow;DB_CLOSE_DELAY=-1", "auto", 2000).inProcess())
                .as("embedded H2, and the connection is H2").isEqualTo(h2);
        assertThat(new RowLocks(dataSource, "jdbc:postgresql://localhost/recflow", "auto", 2000).inProcess()).isFalse();
    }

    @Test
    void anUnknownModeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RowLocks(dataSource, "", "sometimes", 2000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, database or memory");
    }

    @Test
    void aSecondTransactionWaitsUntilTheFirstCommitsAndThenHoldsTheRow() throws Exception {
        RowLocks locks = memory(5000);
        Holder first = hold(locks, "t.first", 1, 1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx().executeWithoutResult(s -> locks.hold("t.first", 1)));
        waitUntilAwaited("t.first", 1);
        assertThat(second).isNotDone();
        first.release();
        second.get(10, TimeUnit.SECONDS);
        assertThat(RowLocks.awaited("t.first", 1)).isFalse();
    }

    @Test
    void aRollbackReleasesTheRowToo() throws Exception {
        RowLocks locks = memory(5000);
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> {
            locks.hold("t.rollback", 7);
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        CompletableFuture.runAsync(() -> tx().executeWithoutResult(s -> locks.hold("t.rollback", 7))).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTransactionMayHoldItsRowTwiceAndOtherRowsAreNotHeld() throws Exception {
        RowLocks locks = memory(100);
        Holder first = hold(locks, "t.twice", 1, 2);
        tx().executeWithoutResult(s -> locks.hold("t.twice", 2)); // another row of the table: not held
        first.release();
        tx().executeWithoutResult(s -> locks.hold("t.twice", 1)); // both holds were released
    }

    @Test
    void aNewTransactionInsideTheHolderIsAnotherTransactionAndWaits() {
        RowLocks locks = memory(50);
        TransactionTemplate inner = tx();
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx().executeWithoutResult(s -> {
            locks.hold("t.inner", 5);
            assertThatThrownBy(() -> inner.executeWithoutResult(i -> locks.hold("t.inner", 5)))
                    .isInstanceOf(CannotAcquireLockException.class);
            locks.hold("t.inner", 5); // the outer transaction, resumed, still holds it
        });
        inner.executeWithoutResult(i -> locks.hold("t.inner", 5)); // released at the outer's end
        assertThat(RowLocks.awaited("t.inner", 5)).isFalse();
    }

    @Test
    void aRowHeldPastTheTimeoutIsAConflictAndLeavesNothingHeld() throws Exception {
        RowLocks locks = memory(50);
        Holder first = hold(locks, "t.timeout", 3, 1);
        assertThatThrownBy(() -> tx().executeWithoutResult(s -> locks.hold("t.timeout", 3)))
                .isInstanceOf(CannotAcquireLockException.class).hasMessageContaining("more than 50 ms");
        first.release();
        tx().executeWithoutResult(s -> locks.hold("t.timeout", 3));
        assertThat(RowLocks.awaited("t.timeout", 3)).isFalse();
    }

    @Test
    void withoutATransactionNothingIsHeld() throws Exception {
        RowLocks locks = memory(50);
        Holder first = hold(locks, "t.none", 4, 1);
        locks.hold("t.none", 4); // no transaction: returns at once, as FOR UPDATE in auto-commit would
        first.release();
    }

    /** A transaction on another thread holding the row ({@code times} holds) until {@link Holder#release}. */
    private Holder hold(RowLocks locks, String table, long id, int times) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> tx().executeWithoutResult(s -> {
            for (int i = 0; i < times; i++) {
                locks.hold(table, id);
            }
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        return new Holder(done, release);
    }

    /** The holding transaction; {@link #release} lets it commit and waits for it. */
    private record Holder(CompletableFuture<Void> done, CountDownLatch latch) {
        void release() throws Exception {
            latch.countDown();
            done.get(10, TimeUnit.SECONDS);
        }
    }

    private RowLocks memory(long timeoutMillis) {
        RowLocks locks = new RowLocks(dataSource, "", "memory", timeoutMillis);
        Boolean inProcess = tx().execute(s -> locks.inProcess());
        assertThat(inProcess).isTrue();
        return locks;
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the row");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls (no fixed sleep) until a transaction waits for the row, at most 10 s. */
    public static void waitUntilAwaited(String table, long id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!RowLocks.awaited(table, id)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("nobody waited for row " + id + " of " + table);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
