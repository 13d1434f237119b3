package org.recflow.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.scheduling.annotation.Scheduled;
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
 * <p>This runs the same compaction as H2's background thread, through H2's public {@link MVStore#compact}: every
 * {@code recflow.store.h2-housekeeping-interval} (default 1 s, in ms), when the chunks are less than
 * {@link #TARGET_FILL_RATE}% full, it rewrites up to {@code recflow.store.h2-housekeeping-write} bytes (1 MB) of live
 * pages out of the emptiest chunks
 * older than H2's retention time. The rewritten pages are stored like any change; the old chunks stay readable for
 * the retention time, as with H2's own housekeeping, so no committed change depends on it. Only for a database this
 * process opened itself (embedded H2); on PostgreSQL, or H2 reached over TCP, it does nothing.
 */
@Component
@ConditionalOnClass(name = "org.h2.mvstore.MVStore")
class H2Housekeeping {

    /** H2's own target (its {@code AUTO_COMPACT_FILL_RATE} default): compact while chunks are less full than this, in %. */
    static final int TARGET_FILL_RATE = 90;


    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final int writeLimit;
    private volatile boolean embedded = true;

    /**
     * @param enabled    {@code recflow.store.h2-housekeeping} (default true)
     * @param writeLimit bytes of live pages rewritten at most per round ({@code recflow.store.h2-housekeeping-write},
     *                   default 1 MB, H2's commit buffer); each round first ranks every chunk, so fewer, larger rounds
     *                   cost less
     */
    H2Housekeeping(DataSource dataSource, @Value("${recflow.store.h2-housekeeping:true}") boolean enabled,
            @Value("${recflow.store.h2-housekeeping-write:1048576}") int writeLimit) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.writeLimit = writeLimit;
    }

    /** One round of compaction; answers whether any chunk was rewritten (false on any other database). */
    @Scheduled(fixedDelayString = "${recflow.store.h2-housekeeping-interval:1000}", initialDelayString = "${recflow.store.h2-housekeeping-interval:1000}")
    boolean compact() {
        if (!enabled || !embedded) {
            return false;
        }
        MVStore store;
        try (Connection c = dataSource.getConnection()) {
            store = store(c);
            if (store == null) {
                embedded = false; // PostgreSQL, H2 over TCP or in memory: never again
                return false;
            }
            return store.getFileStore() != null && !store.isClosed() && store.compact(TARGET_FILL_RATE, writeLimit);
        } catch (SQLException | RuntimeException e) {
            log.debug("H2 housekeeping skipped: {}", e.toString());
            return false;
        }
    }

    /** The MVStore of an H2 database this process opened itself; null for any other connection. */
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
}
