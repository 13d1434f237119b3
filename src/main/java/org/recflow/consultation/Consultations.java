package org.recflow.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The replies of every consultation, keyed by subject ("APPROVAL", 42) and round. The caller holds the
 * subject's lock and has checked that the consultation is open: this class only stores and counts.
 */
@Component
public class Consultations {

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a reply; a later one from the same Member State in the same round replaces the earlier. */
    public Reply reply(String subjectType, long subjectId, int round, String memberState, Position position, String reasons,
            String proposedChanges, String author, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.sql("""
                UPDATE recflow.consultation_reply SET position = ?, reasons = ?, proposed_changes = ?, author = ?,
                       submitted_at = ?, version = version + 1
                WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ?""")
                .params(position.name(), reasons, proposedChanges, author, at, subjectType, subjectId, round, memberState)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO recflow.consultation_reply (subject_type, subject_id, round, member_state, position, reasons,
                           proposed_changes, author, first_submitted_at, submitted_at, version)
                    VALUES (?,?,?,?,?,?,?,?,?,?,1)""")
                    .params(subjectType, subjectId, round, memberState, position.name(), reasons, proposedChanges, author, at, at)
                    .update();
        }
        // only the row just written: reading the whole consultation here made each reply cost O(replies so far)
        return jdbc.sql("""
                SELECT * FROM recflow.consultation_reply WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ?""")
                .params(subjectType, subjectId, round, memberState).query(Consultations::map).single();
    }

    public List<Reply> replies(String subjectType, long subjectId, int round) {
        return jdbc.sql("""
                SELECT * FROM recflow.consultation_reply WHERE subject_type = ? AND subject_id = ? AND round = ?
                ORDER BY first_submitted_at, member_state""")
                .params(subjectType, subjectId, round).query(Consultations::map).list();
    }

    public ConsultationTally tally(String subjectType, long subjectId, int round) {
        return ConsultationTally.of(replies(subjectType, subjectId, round));
    }

    private static Reply map(ResultSet rs, int n) throws SQLException {
        return new Reply(rs.getString("member_state"), Position.valueOf(rs.getString("position")), rs.getString("reasons"),
                rs.getString("proposed_changes"), rs.getString("author"), rs.getTimestamp("first_submitted_at").toInstant(),
                rs.getTimestamp("submitted_at").toInstant(), rs.getInt("version"));
    }
}
