package org.recflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

/**
 * An embedded H2 file written with WRITE_DELAY=0 keeps every chunk that still holds a page nobody changed since, unless
 * the housekeeping rewrites those pages: with it the chunks are freed and the file stops growing. The retention time
 * is 0 in the compaction test (a test setting) so that chunks may be freed at once. H2's retention time is shortened
 * only once the file was forced to the disk, never lengthened, and back to H2's for good if forcing fails.
 */
class H2HousekeepingTest {

    @TempDir
    Path dir;

    @Test
    void compactionFreesTheChunksThatCommitsLeftBehind() throws Exception {
        JdbcDataSource ds = file("db", ";WRITE_DELAY=0;RETENTION_TIME=0");
        try (Connection c = ds.getConnection()) {
            commits(c, 3000);
            int before = chunkCount(c);
            H2Housekeeping housekeeping = new H2Housekeeping(ds, true, 64 * 1024, 1000, 5000);
            int rounds = 0;
            while (housekeeping.compact() && rounds < 500) {
                rounds++;
                commits(c, 1); // a commit drops the chunks the rewrite emptied
            }
            commits(c, 5);
            int after = chunkCount(c);
            System.out.printf("H2 chunks: %d after 3,000 commits, %d after %d rounds of housekeeping%n", before, after, rounds);
            assertThat(before).as("chunks kept without housekeeping").isGreaterThan(500);
            assertThat(rounds).isPositive();
            assertThat(after).as("chunks after the housekeeping, from %d", before).isLessThan(before / 4);
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*), SUM(n) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(20000);
                assertThat(rs.getLong(2)).as("every committed change is still there").isEqualTo(3000 + rounds + 5);
            }
        }
    }

    @Test
    void nothingHappensOnADatabaseInMemoryOrWhenSwitchedOff() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:housekeeping-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(new H2Housekeeping(memory, true, 64 * 1024, 1000, 5000).compact()).isFalse();
        JdbcDataSource file = file("off", ";WRITE_DELAY=0;RETENTION_TIME=0");
        try (Connection c = file.getConnection()) {
            commits(c, 500);
            assertThat(new H2Housekeeping(file, false, 64 * 1024, 1000, 5000).compact()).isFalse();
        }
    }

    @Test
    void onlyH2sOwnRetentionIsShortenedAfterTheFirstSyncAndAUrlsIsKept() throws Exception {
        JdbcDataSource plain = file("plain", ";WRITE_DELAY=0");
        try (Connection p = plain.getConnection()) {
            commits(p, 10);
            MVStore plainStore = H2Housekeeping.store(p);
            assertThat(plainStore.getRetentionTime()).as("H2's own").isEqualTo(H2Housekeeping.H2_RETENTION);
            new H2Housekeeping(plain, true, 64 * 1024, 1000, 0).compact();
            assertThat(plainStore.getRetentionTime()).as("0: H2's kept").isEqualTo(H2Housekeeping.H2_RETENTION);
            new H2Housekeeping(plain, true, 64 * 1024, 1000, 5000).compact();
            assertThat(plainStore.getRetentionTime()).as("after a round").isEqualTo(5000);
            assertThat(countRows(p)).isEqualTo(20000);
        }
        for (int fromUrl : new int[] {2000, 60000}) {
            JdbcDataSource set = file("set-" + fromUrl, ";WRITE_DELAY=0;RETENTION_TIME=" + fromUrl);
            try (Connection c = set.getConnection()) {
                new H2Housekeeping(set, true, 64 * 1024, 1000, 5000).compact();
                assertThat(H2Housekeeping.store(c).getRetentionTime()).as("the URL's %d ms stay", fromUrl).isEqualTo(fromUrl);
            }
        }
    }

    @Test
    void stoppingGivesH2sRetentionBack() throws Exception {
        JdbcDataSource plain = file("stopping", ";WRITE_DELAY=0");
        try (Connection p = plain.getConnection()) {
            H2Housekeeping housekeeping = new H2Housekeeping(plain, true, 64 * 1024, 1000, 5000);
            housekeeping.start();
            housekeeping.compact();
            MVStore store = H2Housekeeping.store(p);
            assertThat(store.getRetentionTime()).isEqualTo(5000);
            housekeeping.stop();
            assertThat(store.getRetentionTime()).as("after stop, for the commits of the shutdown").isEqualTo(H2Housekeeping.H2_RETENTION);
            assertThat(housekeeping.isRunning()).isFalse();
        }
    }

    @Test
    void theFileIsForcedBeforeTheRetentionIsShortenedAndAFailedSyncRestoresH2s() {
        MVStore store = mock(MVStore.class);
        when(store.getRetentionTime()).thenReturn(H2Housekeeping.H2_RETENTION);
        H2Housekeeping housekeeping = new H2Housekeeping(new JdbcDataSource(), true, 64 * 1024, 1000, 5000);
        housekeeping.forceAndRetain(store);
        InOrder order = inOrder(store);
        order.verify(store).sync();
        order.verify(store).setRetentionTime(5000);

        doThrow(new IllegalStateException("disk gone")).when(store).sync();
        housekeeping.forceAndRetain(store);
        verify(store).setRetentionTime(H2Housekeeping.H2_RETENTION);
        clearInvocations(store);
        housekeeping.forceAndRetain(store);
        verify(store, never()).sync();
        verify(store, never()).setRetentionTime(anyInt());
    }

    @Test
    void aRetentionShorterThanTwoIntervalsIsRefusedAtStart() {
        JdbcDataSource ds = new JdbcDataSource();
        assertThatThrownBy(() -> new H2Housekeeping(ds, true, 64 * 1024, 1000, 1999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two housekeeping intervals");
        assertThatThrownBy(() -> new H2Housekeeping(ds, true, 64 * 1024, 0, 5000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new H2Housekeeping(ds, true, 64 * 1024, 1000, 2000)).isNotNull();
        assertThat(new H2Housekeeping(ds, true, 64 * 1024, 1000, 0)).isNotNull();
    }

    @Test
    void aRoundTellsTheThreadToEndOnlyWhenThereIsNothingToDoEver() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:rounds-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(new H2Housekeeping(memory, true, 64 * 1024, 1000, 5000).round()).as("in memory: end").isFalse();

        DataSource failing = mock(DataSource.class);
        when(failing.getConnection()).thenThrow(new AssertionError("a bug in a round"));
        assertThat(new H2Housekeeping(failing, true, 64 * 1024, 1000, 5000).round()).as("logged, and the rounds go on").isTrue();

        DataSource unfit = mock(DataSource.class);
        when(unfit.getConnection()).thenThrow(new NoClassDefFoundError("org/h2/engine/SessionLocal"));
        assertThat(new H2Housekeeping(unfit, true, 64 * 1024, 1000, 5000).round()).as("H2's classes do not fit: end").isFalse();
    }

    @Test
    void aStoreH2ClosedIsForgottenAndTheReopenedOneStartsFromH2sRetention() throws Exception {
        JdbcDataSource ds = file("reopened", ";WRITE_DELAY=0");
        H2Housekeeping housekeeping = new H2Housekeeping(ds, true, 64 * 1024, 1000, 5000);
        MVStore first;
        try (Connection c = ds.getConnection()) {
            commits(c, 10);
            housekeeping.compact();
            first = H2Housekeeping.store(c);
            assertThat(first.getRetentionTime()).isEqualTo(5000);
        } // the last connection closed: H2 closes the database
        assertThat(first.isClosed()).isTrue();
        assertThat(housekeeping.compact()).isFalse();
        try (Connection c = ds.getConnection()) {
            MVStore second = H2Housekeeping.store(c);
            assertThat(second).isNotSameAs(first);
            assertThat(second.getRetentionTime()).isEqualTo(H2Housekeeping.H2_RETENTION);
            housekeeping.compact();
            assertThat(second.getRetentionTime()).as("the reopened store, shortened again after its first sync").isEqualTo(5000);
        }
    }

    /** An H2 database in a file of the test's folder, with {@code settings} after its name (";WRITE_DELAY=0..."). */
    private JdbcDataSource file(String name, String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve(name) + settings);
        return ds;
    }

    private static int countRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The history's sequence (RECFLOW.HISTORY_ORDER) hands out numbers from a wider cache once the housekeeping found
     * the store, one by one and in order, also across connections; other sequences, in schema RECFLOW or not, keep
     * H2's 32; after a crash the numbers go on above every one handed out (a gap, no number twice).
     */
    @Test
    void recflowsSequencesHandOutNumbersInOrderFromAWiderCache() throws Exception {
        JdbcDataSource ds = file("sequences", ";WRITE_DELAY=0");
        long last;
        try (Connection c = ds.getConnection(); Connection other = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA RECFLOW");
            s.execute("CREATE SEQUENCE RECFLOW.HISTORY_ORDER");
            s.execute("CREATE SEQUENCE PUBLIC.NOT_OURS");
            s.execute("CREATE SEQUENCE RECFLOW.NOT_LISTED");
            assertThat(next(c)).isEqualTo(1);
            new H2Housekeeping(ds, true, 64 * 1024, 1000, 5000).compact();
            assertThat(cache(c, "RECFLOW", "HISTORY_ORDER")).isEqualTo(H2Housekeeping.SEQUENCE_CACHE);
            assertThat(cache(c, "PUBLIC", "NOT_OURS")).isEqualTo(32);
            assertThat(cache(c, "RECFLOW", "NOT_LISTED")).isEqualTo(32);
            for (long expected = 2; expected <= 3000; expected++) {
                assertThat(next(expected % 2 == 0 ? c : other)).isEqualTo(expected);
            }
            last = 3000;
            s.execute("SHUTDOWN IMMEDIATELY"); // as a crash: the cache's bound is whatever H2 recorded last
        }
        try (Connection c = ds.getConnection()) {
            assertThat(next(c)).isGreaterThan(last).isLessThanOrEqualTo(last + H2Housekeeping.SEQUENCE_CACHE + 1);
        }
    }

    private static long next(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT NEXT VALUE FOR RECFLOW.HISTORY_ORDER")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long cache(Connection c, String schema, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT CACHE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ? AND SEQUENCE_NAME = ?")) {
            p.setString(1, schema);
            p.setString(2, name);
            try (var rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One row changed per transaction, at random among 20,000 (so old chunks keep a few live pages each). */
    private static void commits(Connection c, int count) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, n BIGINT, pad VARCHAR(200))");
            s.execute("MERGE INTO t SELECT x, 0, REPEAT('x', 150) FROM SYSTEM_RANGE(1, 20000) WHERE NOT EXISTS (SELECT 1 FROM t)");
        }
        c.setAutoCommit(false);
        Random random = new Random(count);
        try (PreparedStatement p = c.prepareStatement("UPDATE t SET n = n + 1 WHERE id = ?")) {
            for (int i = 0; i < count; i++) {
                p.setInt(1, 1 + random.nextInt(20000));
                p.executeUpdate();
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int chunkCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNK_COUNT'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }
}
