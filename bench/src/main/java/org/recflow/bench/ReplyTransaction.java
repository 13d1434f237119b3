package org.recflow.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * The database's share of one reply, measured alone (issue 20): the statements recflow's reply step sends, in the
 * order it sends them, and its commit, in a loop on one connection of an embedded H2 database, without HTTP, Spring or
 * the rest of the server. Run it on a copy of the database a replies phase left behind ({@code BENCH_KEEP=1}), with
 * recflow stopped: {@code tool reply-transaction --jdbc='jdbc:h2:file:/tmp/copy/recflow;WRITE_DELAY=0'}.
 *
 * <p>Each transaction changes one of the replies already stored (picked at random, so the pages it writes are spread
 * like the benchmark's): the approval's row read (what {@code Table.lock} reads on embedded H2), the reply's read, its
 * {@code UPDATE}, the version's {@code INSERT}, the history entry's {@code INSERT}, then {@code COMMIT}. As in recflow,
 * H2's chunk compaction runs once a second ({@code MVStore.compact(90, 1 MB)}, what {@code H2Housekeeping} does); H2's
 * retention time is the URL's ({@code RETENTION_TIME}, H2's 45 s without it: recflow's housekeeping, since 6d0ea68,
 * forces the file every second and shortens it to 5 s, which this loop does only when the URL says so).
 * Prints, per round of {@code --transactions} (default 5,000; {@code --rounds}, default 4), the CPU time of the
 * looping thread per transaction and of which the commit, in ms, measured with the JVM's per-thread CPU clock.
 * The compaction's own thread is not counted (it is in the server's figure).
 */
final class ReplyTransaction {

    private ReplyTransaction() {
    }

    static void run(Args a) throws Exception {
        String jdbc = a.get("jdbc");
        int perRound = a.getInt("transactions", 5000);
        int rounds = a.getInt("rounds", 4);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Connection c = DriverManager.getConnection(jdbc, a.get("user", "sa"), a.get("password", ""))) {
            c.setAutoCommit(false);
            List<Object[]> replies = new ArrayList<>(); // id, subject_type, subject_id, round, member_state, version
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, subject_type, subject_id, round, member_state, version FROM recflow.consultation_reply")) {
                while (rs.next()) {
                    replies.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getInt(6)});
                }
            }
            c.commit();
            if (replies.isEmpty()) {
                throw new IllegalStateException("no reply in " + jdbc + ": run it on a database the replies phase left (BENCH_KEEP=1)");
            }
            Thread housekeeping = compaction(store(c));
            try (PreparedStatement approval = c.prepareStatement("SELECT * FROM recflow.approval WHERE id = ?");
                    PreparedStatement current = c.prepareStatement(
                            "SELECT * FROM recflow.consultation_reply WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ?");
                    PreparedStatement update = c.prepareStatement("UPDATE recflow.consultation_reply SET position = ?, reasons = ?, "
                            + "proposed_changes = ?, author = ?, submitted_at = ?, version = ? "
                            + "WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ?");
                    PreparedStatement version = c.prepareStatement("INSERT INTO recflow.consultation_reply_version (subject_type, "
                            + "subject_id, round, member_state, version, position, reasons, proposed_changes, author, submitted_at) "
                            + "VALUES (?,?,?,?,?,?,?,?,?,?)");
                    PreparedStatement history = c.prepareStatement("INSERT INTO recflow.history_entry (subject_type, subject_id, at, "
                            + "actor, role, action, detail, request_id) VALUES (?,?,?,?,?,?,?,?)")) {
                Random random = new Random(20);
                for (int round = 1; round <= rounds; round++) {
                    long cpu = 0;
                    long commitCpu = 0;
                    for (int i = 0; i < perRound; i++) {
                        Object[] r = replies.get(random.nextInt(replies.size()));
                        int next = (Integer) r[5] + 1;
                        r[5] = next;
                        String author = ((String) r[4]).toLowerCase(Locale.ROOT);
                        Timestamp now = new Timestamp(System.currentTimeMillis());
                        long t0 = threads.getCurrentThreadCpuTime();
                        approval.setLong(1, (Long) r[2]);
                        drain(approval);
                        bind(current, r[1], r[2], r[3], r[4]);
                        drain(current);
                        bind(update, "AGAINST", "reasons of " + r[4] + " " + next, null, author, now, next, r[1], r[2], r[3], r[4]);
                        update.executeUpdate();
                        bind(version, r[1], r[2], r[3], r[4], next, "AGAINST", "reasons of " + r[4] + " " + next, null, author, now);
                        version.executeUpdate();
                        bind(history, r[1], r[2], now, author, "MEMBER_STATE", "REPLY_SUBMITTED", r[4] + " OBJECT (version " + next + ")",
                                "bench-" + round + "-" + i);
                        history.executeUpdate();
                        long t1 = threads.getCurrentThreadCpuTime();
                        c.commit();
                        long t2 = threads.getCurrentThreadCpuTime();
                        cpu += t2 - t0;
                        commitCpu += t2 - t1;
                    }
                    System.out.printf(Locale.ROOT, "  round %d: %d transactions, CPU per transaction %.3f ms, of which the commit %.3f ms; %s chunks in the file%n",
                            round, perRound, cpu / 1e6 / perRound, commitCpu / 1e6 / perRound, info(c, "info.CHUNK_COUNT"));
                }
            } finally {
                housekeeping.interrupt();
            }
        }
    }

    private static String info(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                String v = rs.next() ? rs.getString(1) : "?";
                c.commit();
                return v;
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static MVStore store(Connection c) throws SQLException {
        if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            throw new IllegalArgumentException("an embedded H2 database is needed (jdbc:h2:file:...)");
        }
        return session.getDatabase().getStore().getMvStore();
    }

    private static Thread compaction(MVStore store) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                if (!store.isClosed()) {
                    store.compact(90, 1 << 20);
                }
            }
        }, "h2-compaction");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
