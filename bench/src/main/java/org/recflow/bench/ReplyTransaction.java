package org.recflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * The database's share of one reply, measured alone (issue 20): the statements recflow's reply step sends, in the
 * order it sends them, and its commit, in a loop on one connection of an embedded H2 database, without HTTP, Spring or
 * the rest of the server. Run it on a copy of the database a replies phase left behind ({@code BENCH_KEEP=1}), with
 * recflow stopped: {@code tool reply-transaction --jdbc='jdbc:h2:file:/tmp/copy/recflow;WRITE_DELAY=0'}.
 *
 * <p>Each transaction changes one of the replies already stored (picked at random, so the pages it writes are spread
 * like the benchmark's): the approval's row read (what {@code Table.lock} reads on embedded H2), the read of the reply's
 * first-reply row with its latest version number, the next version's {@code INSERT}, then {@code COMMIT}: the reply
 * step since release 0.5.0 (migration V18), whose version row is also its history entry (with the author's role and
 * the request id). On a database of release 0.4.0 (no table {@code history_step}) it sends that release's step
 * instead: the version's {@code INSERT} without those columns and the history entry's own {@code INSERT}. For a
 * database of an earlier release, and the {@code UPDATE} that went with it, use this tool as of commit db6e1a7. As in
 * recflow,
 * H2's chunk compaction runs once a second ({@code MVStore.compact(90, 1 MB)}, what {@code H2Housekeeping} does); H2's
 * retention time is the URL's ({@code RETENTION_TIME}, H2's 45 s without it: recflow's housekeeping, since 6d0ea68,
 * forces the file every second and shortens it to {@code recflow.store.h2-retention}, 10 s unless set, which this loop
 * does only when the URL says so).
 * Prints, per round of {@code --transactions} (default 5,000; {@code --rounds}, default 4), the CPU time of the
 * looping thread per transaction and of which the commit, in ms, measured with the JVM's per-thread CPU clock.
 * The compaction's own thread is not counted (it is in the server's figure).
 *
 * <p>To see what each write costs, {@code --skip=version,history} leaves out either write (history: only on a 0.4.0
 * database, where it is a statement of its own), and
 * {@code --before='SQL; SQL'} runs statements once on the copy first (to drop or add an index, for instance; split at
 * every {@code ;}).
 *
 * <p>Then, from H2's own records, what the commits wrote: per round, bytes written to the file per transaction (H2's
 * counter {@code info.FILE_WRITE_BYTES}) and the hit ratios, since the file was opened, of its page cache and of its
 * cache of chunks' tables of contents; after the last round, with the compaction stopped, the pages and bytes of each map in the newest 100
 * chunks of the file (from the chunks' tables of contents; a map is named by the table or index it stores,
 * {@code layout} being H2's map of chunk and root records), and how many records of that layout map each of the last
 * 3 commits changed. The breakdown reads H2 2.3's {@code FileStore} by reflection: a diagnostic, not an API. Map
 * names H2 no longer knows (an index dropped by {@code --before}) print as {@code null}.
 */
final class ReplyTransaction {

    /** H2's name of the map holding a table's rows or an index, "table.44" or "index.48", with the object's id. */
    private static final Pattern H2_TABLE_OR_INDEX = Pattern.compile("(?:table|index)\\.(\\d+)");

    private ReplyTransaction() {
    }

    static void run(Args a) throws Exception {
        String jdbc = a.get("jdbc");
        int perRound = a.getInt("transactions", 5000);
        int rounds = a.getInt("rounds", 4);
        Set<String> skip = new HashSet<>(List.of(a.get("skip", "").split(",")));
        skip.remove("");
        if (!Set.of("version", "history").containsAll(skip)) {
            throw new IllegalArgumentException("--skip takes version or history (comma-separated), not " + skip);
        }
        String beforeSql = a.get("before", "");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Connection c = DriverManager.getConnection(jdbc, a.get("user", "sa"), a.get("password", ""))) {
            c.setAutoCommit(false);
            for (String sql : beforeSql.split(";")) {
                if (!sql.isBlank()) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                    c.commit();
                }
            }
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
            boolean entryIsVersion = hasTable(c, "HISTORY_STEP"); // migration V18, release 0.5.0
            if (entryIsVersion && skip.contains("history")) {
                throw new IllegalArgumentException("--skip=history: since release 0.5.0 a reply's history entry is its version row");
            }
            System.out.println(entryIsVersion ? "  the reply step of release 0.5.0: the version row is the history entry"
                    : "  the reply step of release 0.4.0: the version row, then the history entry");
            MVStore store = store(c);
            Compaction housekeeping = new Compaction(store);
            List<String> layoutChanges = new ArrayList<>();
            Map<Integer, String> names = mapNames(c);
            try (PreparedStatement approval = c.prepareStatement("SELECT * FROM recflow.approval WHERE id = ?");
                    PreparedStatement current = c.prepareStatement("SELECT r.first_submitted_at, (SELECT MAX(v.version) "
                            + "FROM recflow.consultation_reply_version v WHERE v.subject_type = r.subject_type "
                            + "AND v.subject_id = r.subject_id AND v.round = r.round AND v.member_state = r.member_state) AS version "
                            + "FROM recflow.consultation_reply_first r "
                            + "WHERE r.subject_type = ? AND r.subject_id = ? AND r.round = ? AND r.member_state = ?");
                    PreparedStatement version = c.prepareStatement("INSERT INTO recflow.consultation_reply_version (subject_type, "
                            + "subject_id, round, member_state, version, position, reasons, proposed_changes, author, submitted_at"
                            + (entryIsVersion ? ", role, request_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)" : ") VALUES (?,?,?,?,?,?,?,?,?,?)"));
                    // 0.4.0's entry of its own; none since V18 (a null resource is not closed)
                    PreparedStatement history = entryIsVersion ? null : c.prepareStatement(
                            "INSERT INTO recflow.history_entry (subject_type, subject_id, at, actor, role, action, detail, request_id) "
                            + "VALUES (?,?,?,?,?,?,?,?)")) {
                Random random = new Random(20);
                for (int round = 1; round <= rounds; round++) {
                    long cpu = 0;
                    long commitCpu = 0;
                    long written = Long.parseLong(info(c, "info.FILE_WRITE_BYTES"));
                    for (int i = 0; i < perRound; i++) {
                        Object[] r = replies.get(random.nextInt(replies.size()));
                        int next = (Integer) r[5] + 1;
                        r[5] = next;
                        String author = ((String) r[4]).toLowerCase(Locale.ROOT);
                        Timestamp now = new Timestamp(System.currentTimeMillis());
                        boolean watched = round == rounds && i >= perRound - 3;
                        Map<String, String> before = watched ? store.getLayoutMap() : null; // a copy, outside the timed part
                        long t0 = threads.getCurrentThreadCpuTime();
                        approval.setLong(1, (Long) r[2]);
                        drain(approval);
                        bind(current, r[1], r[2], r[3], r[4]);
                        drain(current);
                        String requestId = "bench-" + round + "-" + i;
                        if (entryIsVersion) {
                            bind(version, r[1], r[2], r[3], r[4], next, "AGAINST", "reasons of " + r[4] + " " + next, null, author, now,
                                    "MEMBER_STATE", requestId);
                        } else {
                            bind(version, r[1], r[2], r[3], r[4], next, "AGAINST", "reasons of " + r[4] + " " + next, null, author, now);
                        }
                        if (!skip.contains("version")) {
                            version.executeUpdate();
                        }
                        if (!entryIsVersion && !skip.contains("history")) {
                            bind(history, r[1], r[2], now, author, "MEMBER_STATE", "REPLY_SUBMITTED", r[4] + " changed its reply to AGAINST",
                                    requestId);
                            history.executeUpdate();
                        }
                        long t1 = threads.getCurrentThreadCpuTime();
                        c.commit();
                        long t2 = threads.getCurrentThreadCpuTime();
                        if (watched) {
                            layoutChanges.add(changed(before, store.getLayoutMap()));
                        }
                        cpu += t2 - t0;
                        commitCpu += t2 - t1;
                    }
                    long writtenNow = Long.parseLong(info(c, "info.FILE_WRITE_BYTES"));
                    System.out.printf(Locale.ROOT, "  round %d: %d transactions, CPU per transaction %.3f ms, of which the commit %.3f ms; "
                            + "%.1f KiB written per transaction; %s chunks in the file; cache hit ratios since opening: pages %s%%, tables of contents %s%%%n",
                            round, perRound, cpu / 1e6 / perRound, commitCpu / 1e6 / perRound, (writtenNow - written) / 1024.0 / perRound,
                            info(c, "info.CHUNK_COUNT"), info(c, "info.CACHE_HIT_RATIO"), info(c, "info.TOC_CACHE_HIT_RATIO"));
                }
                housekeeping.stop();
                System.out.println("  layout entries changed by each of the last 3 commits: " + String.join("; ", layoutChanges));
                writtenByMap(store, names, 100);
            } finally {
                housekeeping.stop();
            }
        }
    }

    /** Whether schema RECFLOW has a table of that (upper-case) name. */
    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'RECFLOW' AND TABLE_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean found = rs.getLong(1) > 0;
                c.commit();
                return found;
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

    /** "N of M entries (chunk.*: a, root.*: b)": which entries of H2's layout map differ between two copies of it. */
    private static String changed(Map<String, String> before, Map<String, String> after) {
        int chunks = 0;
        int roots = 0;
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            if (!Objects.equals(before.get(k), after.get(k))) {
                if (k.startsWith("chunk.")) {
                    chunks++;
                } else if (k.startsWith("root.")) {
                    roots++;
                }
            }
        }
        return String.format(Locale.ROOT, "%d of %d (chunk.*: %d, root.*: %d)", chunks + roots, after.size(), chunks, roots);
    }

    /** H2's map id of every table and index of the schema RECFLOW, with its SQL name. */
    private static Map<Integer, String> mapNames(Connection c) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet t = s.executeQuery("SELECT TABLE_NAME, DB_OBJECT_ID('TABLE', TABLE_SCHEMA, TABLE_NAME) FROM "
                        + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'RECFLOW'")) {
            while (t.next()) {
                names.put(t.getInt(2), t.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        try (Statement s = c.createStatement();
                ResultSet i = s.executeQuery("SELECT INDEX_NAME, TABLE_NAME, DB_OBJECT_ID('INDEX', INDEX_SCHEMA, INDEX_NAME) FROM "
                        + "INFORMATION_SCHEMA.INDEXES WHERE INDEX_SCHEMA = 'RECFLOW'")) {
            while (i.next()) {
                names.put(i.getInt(3), i.getString(2).toLowerCase(Locale.ROOT) + " index " + i.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        c.commit();
        return names;
    }

    /**
     * Prints the pages and bytes each map had in the newest {@code last} chunks of the file, per chunk (one chunk per
     * commit here; the compaction has stopped by then, but a chunk it wrote may be among them): H2's map "table.N" or
     * "index.N" is named by {@code names}, map 0 is H2's layout map. A page's length is the distance to the next page
     * of its chunk, or to the chunk's table of contents for the last one. Also prints the pages' total and the chunks'
     * own length (whole blocks of 4 KiB, with the chunk's header, table of contents and footer).
     */
    private static void writtenByMap(MVStore store, Map<Integer, String> names, int last) {
        try {
            var chunksOf = FileStore.class.getDeclaredMethod("getChunks");
            chunksOf.setAccessible(true);
            var tocOf = FileStore.class.getDeclaredMethod("getToC", Chunk.class);
            tocOf.setAccessible(true);
            var tocPos = Chunk.class.getDeclaredField("tocPos");
            tocPos.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Integer, Chunk<?>> chunks = (Map<Integer, Chunk<?>>) chunksOf.invoke(store.getFileStore());
            int newest = chunks.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            Map<String, long[]> byMap = new TreeMap<>(); // pages, bytes
            int seen = 0;
            long pagesTotal = 0;
            long chunksTotal = 0;
            for (int id = newest - last + 1; id <= newest; id++) {
                Chunk<?> chunk = chunks.get(id);
                long[] toc = chunk == null ? null : (long[]) tocOf.invoke(store.getFileStore(), chunk);
                if (toc == null) { // freed already, or a chunk without a table of contents
                    continue;
                }
                seen++;
                chunksTotal += chunk.len * 4096L;
                long[] offsets = Arrays.stream(toc).map(DataUtils::getPageOffset).sorted().toArray();
                long end = tocPos.getInt(chunk);
                for (long element : toc) {
                    int mapId = DataUtils.getPageMapId(element);
                    long offset = DataUtils.getPageOffset(element);
                    int next = Arrays.binarySearch(offsets, offset) + 1;
                    long length = (next < offsets.length ? offsets[next] : end) - offset;
                    String name = mapId == 0 ? "layout (H2's chunk and root records)" : sqlName(store.getMapName(mapId), names);
                    long[] v = byMap.computeIfAbsent(name + ((element & 1) == 1 ? ", inner pages" : ", leaves"), k -> new long[2]);
                    v[0]++;
                    v[1] += length;
                    pagesTotal += length;
                }
            }
            final int n = Math.max(1, seen);
            System.out.printf(Locale.ROOT, "  what one commit wrote, by map (the newest %d chunks; pages, bytes): pages %.0f bytes in all, "
                    + "the chunk %.0f bytes%n", seen, pagesTotal / (double) n, chunksTotal / (double) n);
            byMap.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                    .forEach(e -> System.out.printf(Locale.ROOT, "    %-80s %5.2f %7.0f%n", e.getKey(), e.getValue()[0] / (double) n,
                            e.getValue()[1] / (double) n));
        } catch (InvocationTargetException e) {
            System.out.println("  (what each map wrote: H2 failed reading it: " + e.getCause() + ")");
        } catch (ReflectiveOperationException e) {
            System.out.println("  (what each map wrote: not readable from this H2, whose internals differ from 2.3's: " + e + ")");
        }
    }

    /** "history_entry index history_subject" for H2's "index.48"; other maps keep H2's name. */
    private static String sqlName(String mapName, Map<Integer, String> names) {
        Matcher m = H2_TABLE_OR_INDEX.matcher(String.valueOf(mapName));
        return m.matches() ? names.getOrDefault(Integer.parseInt(m.group(1)), mapName) : String.valueOf(mapName);
    }

    private static MVStore store(Connection c) throws SQLException {
        if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            throw new IllegalArgumentException("an embedded H2 database is needed (jdbc:h2:file:...)");
        }
        return session.getDatabase().getStore().getMvStore();
    }

    /**
     * H2's compaction once a second on a thread of its own, as recflow's {@code H2Housekeeping} runs it. Stopped by
     * {@link Compaction#stop()}, never by an interrupt: an interrupt that reaches H2 inside a file operation closes
     * H2's file.
     */
    private static final class Compaction {
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final Thread thread;

        Compaction(MVStore store) {
            thread = new Thread(() -> {
                while (!stopping.get()) {
                    long until = System.nanoTime() + 1_000_000_000L;
                    for (long left = until - System.nanoTime(); left > 0 && !stopping.get(); left = until - System.nanoTime()) {
                        LockSupport.parkNanos(left);
                    }
                    if (!stopping.get() && !store.isClosed()) {
                        store.compact(90, 1 << 20);
                    }
                }
            }, "h2-compaction");
            thread.setDaemon(true);
            thread.start();
        }

        /** Asks the thread to end and waits for it (at most its second of waiting and one compaction). */
        void stop() throws InterruptedException {
            stopping.set(true);
            LockSupport.unpark(thread);
            thread.join();
        }
    }
}
