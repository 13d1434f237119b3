package org.recflow.meeting;

import static org.recflow.store.Table.date;
import static org.recflow.store.Table.instant;
import static org.recflow.store.Table.localDate;
import static org.recflow.store.Table.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Meetings as rows of {@code recflow.meeting} (V10). The texts tied to a meeting are the approval module's to read
 * ({@link org.recflow.approval.ApprovalMeetings}); this class touches no other table.
 */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String studyGroup, LocalDate start, LocalDate end, String place, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recflow.meeting (study_group, start_date, end_date, place, status, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, 'SCHEDULED', ?, ?, 0)""")
                .params(studyGroup, date(start), date(end), place, ts(now), ts(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM recflow.meeting WHERE id = ?").param(id).query(this::map).optional();
    }

    /** Reads the row and holds it until the transaction ends. */
    Optional<Meeting> lock(long id) {
        return jdbc.sql("SELECT * FROM recflow.meeting WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
    }

    /** The meetings of {@code studyGroup} (null: all) opening on or after {@code from} (null: any day), soonest first. */
    List<Meeting> list(String studyGroup, LocalDate from) {
        StringBuilder sql = new StringBuilder("SELECT * FROM recflow.meeting WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (studyGroup != null) {
            sql.append(" AND study_group = ?");
            params.add(studyGroup);
        }
        if (from != null) {
            sql.append(" AND start_date >= ?");
            params.add(date(from));
        }
        sql.append(" ORDER BY start_date, id");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    void update(Meeting m, LocalDate start, LocalDate end, String place, Instant now) {
        jdbc.sql("UPDATE recflow.meeting SET start_date = ?, end_date = ?, place = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(date(start), date(end), place, ts(now), m.id()).update();
    }

    /** The first SCHEDULED meeting of {@code studyGroup} with exactly those dates, if any. */
    Optional<Meeting> scheduled(String studyGroup, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT * FROM recflow.meeting WHERE status = 'SCHEDULED' AND study_group = ? AND start_date = ? AND end_date = ?
                 ORDER BY id FETCH FIRST 1 ROWS ONLY""").params(studyGroup, date(start), date(end)).query(this::map).optional();
    }

    /** Marks the meeting CANCELLED (version + 1). */
    void cancel(Meeting m, Instant now) {
        jdbc.sql("UPDATE recflow.meeting SET status = 'CANCELLED', updated_at = ?, version = version + 1 WHERE id = ?")
                .params(ts(now), m.id()).update();
    }

    private Meeting map(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("study_group"), localDate(rs, "start_date"), localDate(rs, "end_date"),
                rs.getString("place"), MeetingStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }
}
