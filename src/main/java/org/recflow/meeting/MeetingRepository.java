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
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.Procedure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Meetings as rows of {@code recflow.meeting} (V10), and the texts tied to them. An approval is tied to a meeting by
 * {@code approval.meeting_id}; an approval started with {@code nextMeeting: {start, end}} and no link yet counts as
 * tied to the SCHEDULED meeting of its study group with exactly those dates, the first made if several have them
 * (linked by {@link #adopt}). This class only
 * reads approval rows and writes no column of theirs but {@code meeting_id}.
 */
@Repository
class MeetingRepository {

    private static final String TEXT_COLUMNS = """
            SELECT a.id, a.procedure, a.recommendation, a.revision, a.status, a.period_phase, a.period_announced_on,
                   a.consultation_closes_at, a.texts_distributed_on, a.meeting_announced_on, a.meeting_start, a.meeting_end
              FROM recflow.approval a
            """;

    /** An earlier SCHEDULED meeting of the same study group with the same dates: params study group, start, end, id. */
    private static final String EARLIER = "SELECT 1 FROM recflow.meeting o WHERE o.status = 'SCHEDULED' AND o.study_group = ?"
            + " AND o.start_date = ? AND o.end_date = ? AND o.id < ?";

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

    /** The texts tied to the meeting, by approval id: linked ones, and for a SCHEDULED one the unlinked ones with its dates. */
    List<MeetingText> texts(Meeting m) {
        if (m.status() != MeetingStatus.SCHEDULED) {
            return jdbc.sql(TEXT_COLUMNS + " WHERE a.meeting_id = ? ORDER BY a.id").param(m.id()).query(this::text).list();
        }
        return jdbc.sql(TEXT_COLUMNS + """
                 WHERE a.meeting_id = ?
                    OR (a.meeting_id IS NULL AND a.study_group = ? AND a.meeting_start = ? AND a.meeting_end = ?
                        AND NOT EXISTS (""" + EARLIER + ")) ORDER BY a.id").params(m.id(), m.studyGroup(), date(m.start()), date(m.end()), m.studyGroup(), date(m.start()),
                date(m.end()), m.id()).query(this::text).list();
    }

    /** Links the unlinked approvals with the meeting's study group and dates to it; answers how many. */
    int adopt(Meeting m) {
        return jdbc.sql("""
                UPDATE recflow.approval SET meeting_id = ?
                 WHERE meeting_id IS NULL AND study_group = ? AND meeting_start = ? AND meeting_end = ?
                   AND NOT EXISTS (""" + EARLIER + ")")
                .params(m.id(), m.studyGroup(), date(m.start()), date(m.end()), m.studyGroup(), date(m.start()), date(m.end()), m.id())
                .update();
    }

    private Meeting map(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("study_group"), localDate(rs, "start_date"), localDate(rs, "end_date"),
                rs.getString("place"), MeetingStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    private MeetingText text(ResultSet rs, int row) throws SQLException {
        Procedure procedure = Procedure.valueOf(rs.getString("procedure"));
        boolean consultation = procedure == Procedure.TAP && "CONSULTATION".equals(rs.getString("period_phase"));
        return new MeetingText(rs.getLong("id"), procedure, rs.getString("recommendation"), rs.getString("revision"),
                ApprovalStatus.valueOf(rs.getString("status")), consultation ? localDate(rs, "period_announced_on") : null,
                instant(rs, "consultation_closes_at"), localDate(rs, "texts_distributed_on"), localDate(rs, "meeting_announced_on"),
                localDate(rs, "meeting_start"), localDate(rs, "meeting_end"));
    }
}
