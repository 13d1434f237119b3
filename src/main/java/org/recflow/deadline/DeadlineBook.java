package org.recflow.deadline;

import org.recflow.kernel.Subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recflow.calendar.ProcedureCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens, moves and closes deadlines. Called in the same transaction as the transition that causes it,
 * so the read model never disagrees with the procedure.
 */
@Component
public class DeadlineBook {

    private static final String COLUMNS = "id, subject_type, subject_id, subject, study_group, kind, due_at, waiting_on, sequence";

    /**
     * Soonest first. closed_at is NULL on every open row, so leading with it changes nothing but lets H2 read the
     * rows in the order of the index deadline_open (closed_at, due_at, id) instead of sorting them all (V7).
     */
    private static final String OPEN_ORDER = " ORDER BY closed_at, due_at, id";

    /**
     * The same order within one study group: study_group is fixed by the query, so leading with it changes nothing
     * but lets the index deadline_open_by_group (study_group, closed_at, due_at, id) give the rows in order (V11).
     */
    private static final String GROUP_ORDER = " ORDER BY study_group, closed_at, due_at, id";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a deadline of that kind, or moves the open one (its sequence goes up, so calendars update). */
    public void open(Subject subject, DeadlineKind kind, Instant dueAt) {
        Timestamp due = Timestamp.from(dueAt);
        int moved = jdbc.sql("""
                UPDATE recflow.deadline SET due_at = ?, sequence = sequence + 1
                WHERE subject_type = ? AND subject_id = ? AND kind = ? AND closed_at IS NULL AND due_at <> ?""")
                .params(due, subject.type(), subject.id(), kind.name(), due).update();
        if (moved > 0 || isOpen(subject, kind)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO recflow.deadline (subject_type, subject_id, subject, study_group, kind, due_at, waiting_on, opened_at)
                VALUES (?,?,?,?,?,?,?,?)""")
                .params(subject.type(), subject.id(), subject.label(), subject.studyGroup(), kind.name(), due,
                        kind.waitingOn().name(), Timestamp.from(clock.instant()))
                .update();
    }

    public boolean isOpen(Subject subject, DeadlineKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.deadline WHERE subject_type = ? AND subject_id = ? AND kind = ? AND closed_at IS NULL")
                .params(subject.type(), subject.id(), kind.name()).query(Long.class).single() > 0;
    }

    public void close(Subject subject, DeadlineKind kind) {
        jdbc.sql("UPDATE recflow.deadline SET closed_at = ? WHERE subject_type = ? AND subject_id = ? AND kind = ? AND closed_at IS NULL")
                .params(Timestamp.from(clock.instant()), subject.type(), subject.id(), kind.name()).update();
    }

    public void closeAll(Subject subject) {
        jdbc.sql("UPDATE recflow.deadline SET closed_at = ? WHERE subject_type = ? AND subject_id = ? AND closed_at IS NULL")
                .params(Timestamp.from(clock.instant()), subject.type(), subject.id()).update();
    }

    /** The open deadlines of one subject, soonest first. */
    public List<Deadline> openFor(String subjectType, long subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recflow.deadline WHERE subject_type = ? AND subject_id = ? AND closed_at IS NULL ORDER BY due_at, id")
                .params(subjectType, subjectId).query(this::map).list();
    }

    /**
     * At most {@code limit} open deadlines waiting on one of {@code parties} (of {@code studyGroup}; null: all), soonest
     * first, overdue ones included: what a party has to do.
     */
    public List<Deadline> openWaitingOn(java.util.Collection<WaitingOn> parties, String studyGroup, int limit) {
        if (parties.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(parties.stream().map(WaitingOn::name).toList());
        String in = String.join(", ", java.util.Collections.nCopies(parties.size(), "?"));
        if (studyGroup != null) {
            params.add(studyGroup);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM recflow.deadline WHERE closed_at IS NULL AND waiting_on IN (" + in + ")"
                + (studyGroup == null ? "" : " AND study_group = ?") + OPEN_ORDER + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(params).query(this::map).list();
    }

    /**
     * At most {@code limit} open deadlines due after {@code after} (exclusive; null: no bound) and at or before
     * {@code until}, soonest first, and how many the range holds, counted up to {@code countUpTo} (counting 200,000
     * index entries costs more than the rest of the page, and nobody reads past "10,000 or more").
     */
    public Slice open(String studyGroup, Instant after, Instant until, int limit, int countUpTo) {
        String where = " FROM recflow.deadline WHERE closed_at IS NULL AND due_at <= ?" + (after == null ? "" : " AND due_at > ?")
                + (studyGroup == null ? "" : " AND study_group = ?");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(until));
        if (after != null) {
            params.add(Timestamp.from(after));
        }
        if (studyGroup != null) {
            params.add(studyGroup);
        }
        List<Deadline> first = jdbc.sql("SELECT " + COLUMNS + where + (studyGroup == null ? OPEN_ORDER : GROUP_ORDER)
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(params).query(this::map).list();
        if (first.size() < limit) {
            return new Slice(first, first.size(), true);
        }
        long counted = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1" + where + " FETCH FIRST " + countUpTo + " ROWS ONLY) AS range_rows")
                .params(params).query(Long.class).single();
        return new Slice(first, counted, counted < countUpTo);
    }

    /**
     * A keyset page of the open deadlines due at or before {@code until} (and of {@code studyGroup} when not null),
     * soonest first (due_at, then id): at most {@code limit} of those ordered after {@code after} (exclusive; null:
     * from the first). Each query seeks in the index deadline_open (closed_at, due_at, id) of V7, or for one study
     * group in deadline_open_by_group (study_group, closed_at, due_at, id) of V11, and reads only the rows it returns: first the rest of {@code after}'s instant ({@code due_at = ? AND id > ?}), then the later
     * instants ({@code due_at > ?}); never an OFFSET. A deadline that stays open is found by exactly one page whatever
     * opens or closes between the reads; one moved (its due_at changed) after its page was read may show again.
     *
     * @param limit at least 1
     */
    public List<Deadline> page(String studyGroup, Instant until, Position after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        List<Deadline> page = new ArrayList<>(Math.min(limit, 1024));
        if (after != null && !after.dueAt().isAfter(until)) {
            List<Object> params = new ArrayList<>(List.of(Timestamp.from(after.dueAt()), after.id()));
            if (studyGroup != null) {
                params.add(studyGroup);
            }
            page.addAll(jdbc.sql(pageSql(true, studyGroup != null, limit)).params(params).query(this::map).list());
        }
        if (page.size() < limit) {
            List<Object> params = new ArrayList<>();
            if (after != null) {
                params.add(Timestamp.from(after.dueAt()));
            }
            params.add(Timestamp.from(until));
            if (studyGroup != null) {
                params.add(studyGroup);
            }
            page.addAll(jdbc.sql(after == null ? firstPageSql(studyGroup != null, limit - page.size())
                    : pageSql(false, studyGroup != null, limit - page.size())).params(params).query(this::map).list());
        }
        return page;
    }

    /** The first page: {@code until} [, study group]. */
    static String firstPageSql(boolean byGroup, int limit) {
        return "SELECT " + COLUMNS + " FROM recflow.deadline WHERE closed_at IS NULL AND due_at <= ?"
                + (byGroup ? " AND study_group = ?" + GROUP_ORDER : OPEN_ORDER) + " FETCH FIRST " + limit + " ROWS ONLY";
    }

    /**
     * A later page: the ties of the last instant read ({@code ties}: its instant and id [, study group]), or the
     * instants after it (its instant, {@code until} [, study group]).
     */
    static String pageSql(boolean ties, boolean byGroup, int limit) {
        return "SELECT " + COLUMNS + " FROM recflow.deadline WHERE closed_at IS NULL"
                + (ties ? " AND due_at = ? AND id > ?" : " AND due_at > ? AND due_at <= ?")
                + (byGroup ? " AND study_group = ?" + GROUP_ORDER : OPEN_ORDER) + " FETCH FIRST " + limit + " ROWS ONLY";
    }

    /** Where a page ended: the last deadline's instant and id, the next page's exclusive start. */
    public record Position(Instant dueAt, long id) {
        public static Position of(Deadline d) {
            return new Position(d.dueAt(), d.id());
        }
    }

    /** The first deadlines of a range, soonest first, and the size of the whole range ({@code exact}) or a lower bound of it. */
    public record Slice(List<Deadline> first, long total, boolean exact) {
        public boolean truncated() {
            return total > first.size();
        }
    }

    private Deadline map(ResultSet rs, int n) throws SQLException {
        Instant due = rs.getTimestamp("due_at").toInstant();
        return new Deadline(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("subject"),
                rs.getString("study_group"), DeadlineKind.valueOf(rs.getString("kind")), due,
                WaitingOn.valueOf(rs.getString("waiting_on")), ProcedureCalendar.hasClosed(due, clock.instant()), rs.getInt("sequence"));
    }
}
