package org.recflow.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Comments and objections: rows of our own, read when a period closes (never process variables). */
@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Comment insert(Comment c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recflow.approval_comment (approval_id, round, phase, author, author_role, member, kind, text, proposed_changes, submitted_at)
                VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(c.approvalId(), c.round(), c.phase().name(), c.author(), c.authorRole(), c.member(), c.kind().name(),
                        c.text(), c.proposedChanges(), Timestamp.from(c.submittedAt()))
                .update(keys, "id");
        return new Comment(keys.getKey().longValue(), c.approvalId(), c.round(), c.phase(), c.author(), c.authorRole(),
                c.member(), c.kind(), c.text(), c.proposedChanges(), c.submittedAt());
    }

    List<Comment> comments(long approvalId) {
        return jdbc.sql("SELECT * FROM recflow.approval_comment WHERE approval_id = ? ORDER BY id")
                .param(approvalId).query(this::comment).list();
    }

    List<Comment> comments(long approvalId, int round, CommentPhase phase) {
        return jdbc.sql("SELECT * FROM recflow.approval_comment WHERE approval_id = ? AND round = ? AND phase = ? ORDER BY id")
                .params(approvalId, round, phase.name()).query(this::comment).list();
    }

    Objection insert(Objection o) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recflow.approval_objection (approval_id, round, member_state, author, reasons, proposed_changes, submitted_at)
                VALUES (?,?,?,?,?,?,?)""")
                .params(o.approvalId(), o.round(), o.memberState(), o.author(), o.reasons(), o.proposedChanges(),
                        Timestamp.from(o.submittedAt()))
                .update(keys, "id");
        return new Objection(keys.getKey().longValue(), o.approvalId(), o.round(), o.memberState(), o.author(), o.reasons(),
                o.proposedChanges(), o.submittedAt());
    }

    List<Objection> objections(long approvalId) {
        return jdbc.sql("SELECT * FROM recflow.approval_objection WHERE approval_id = ? ORDER BY id")
                .param(approvalId).query(this::objection).list();
    }

    Set<String> objectingStates(long approvalId, int round) {
        return new LinkedHashSet<>(jdbc.sql("SELECT member_state FROM recflow.approval_objection WHERE approval_id = ? AND round = ? ORDER BY id")
                .params(approvalId, round).query(String.class).list());
    }

    private Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("approval_id"), rs.getInt("round"),
                CommentPhase.valueOf(rs.getString("phase")), rs.getString("author"), rs.getString("author_role"),
                rs.getString("member"), CommentKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getString("proposed_changes"), rs.getTimestamp("submitted_at").toInstant());
    }

    private Objection objection(ResultSet rs, int n) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getLong("approval_id"), rs.getInt("round"), rs.getString("member_state"),
                rs.getString("author"), rs.getString("reasons"), rs.getString("proposed_changes"),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
