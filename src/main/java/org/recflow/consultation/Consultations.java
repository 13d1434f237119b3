package org.recflow.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The replies of every consultation, keyed by subject ("APPROVAL", 42) and round: the latest version of each
 * Member State's reply (what the tally counts) and every version sent (what nobody may lose). The caller holds the
 * subject's lock and has checked that the consultation is open: this class only stores and counts.
 */
@Component
public class Consultations {

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a reply: the latest version replaces the earlier one in the tally, and every version is kept in
     * {@code consultation_reply_version} (api.md, "Replies keep their history"). Three statements on unique keys,
     * whatever the number of replies: read the current row, update or insert it, append the version.
     */
    public Reply reply(String subjectType, long subjectId, int round, String memberState, Position position, String reasons,
            String proposedChanges, String author, Instant now) {
        Instant stored = now.truncatedTo(ChronoUnit.MICROS); // what the column keeps (H2 and PostgreSQL alike)
        Timestamp at = Timestamp.from(stored);
        Optional<Reply> current = jdbc.sql("""
                SELECT * FROM recflow.consultation_reply WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ?""")
                .params(subjectType, subjectId, round, memberState).query(Consultations::map).optional();
        Reply r;
        if (current.isPresent()) {
            r = new Reply(memberState, position, reasons, proposedChanges, author, current.get().firstSubmittedAt(), stored,
                    current.get().version() + 1);
            jdbc.sql("""
                    UPDATE recflow.consultation_reply SET position = ?, reasons = ?, proposed_changes = ?, author = ?,
                           submitted_at = ?, version = ?
                    WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ?""")
                    .params(position.name(), reasons, proposedChanges, author, at, r.version(), subjectType, subjectId, round,
                            memberState)
                    .update();
        } else {
            r = new Reply(memberState, position, reasons, proposedChanges, author, stored, stored, 1);
            jdbc.sql("""
                    INSERT INTO recflow.consultation_reply (subject_type, subject_id, round, member_state, position, reasons,
                           proposed_changes, author, first_submitted_at, submitted_at, version)
                    VALUES (?,?,?,?,?,?,?,?,?,?,1)""")
                    .params(subjectType, subjectId, round, memberState, position.name(), reasons, proposedChanges, author, at, at)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO recflow.consultation_reply_version (subject_type, subject_id, round, member_state, version, position,
                       reasons, proposed_changes, author, submitted_at)
                VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(subjectType, subjectId, round, memberState, r.version(), position.name(), reasons, proposedChanges, author, at)
                .update();
        return r;
    }

    /**
     * Every version of one Member State's reply in one round, oldest first (empty when it has not replied). Replies
     * stored before the history was kept (migration V8) start at the version they had then.
     */
    public List<ReplyVersion> versions(String subjectType, long subjectId, int round, String memberState) {
        return jdbc.sql("""
                SELECT * FROM recflow.consultation_reply_version
                WHERE subject_type = ? AND subject_id = ? AND round = ? AND member_state = ? ORDER BY version""")
                .params(subjectType, subjectId, round, memberState)
                .query((rs, n) -> new ReplyVersion(rs.getString("member_state"), rs.getInt("version"),
                        Position.valueOf(rs.getString("position")), rs.getString("reasons"), rs.getString("proposed_changes"),
                        rs.getString("author"), rs.getTimestamp("submitted_at").toInstant()))
                .list();
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
