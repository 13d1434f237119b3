package org.recflow.deletion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Objections to deletions: rows of our own, read when the window closes (never process variables). */
@Repository
class DeletionObjectionRepository {

    private final JdbcClient jdbc;

    DeletionObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DeletionObjection insert(DeletionObjection o) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recflow.deletion_objection (deletion_id, member, member_role, author, reasons, submitted_at)
                VALUES (?,?,?,?,?,?)""")
                .params(o.deletionId(), o.member(), o.memberRole(), o.author(), o.reasons(), Timestamp.from(o.submittedAt()))
                .update(keys, "id");
        return new DeletionObjection(keys.getKey().longValue(), o.deletionId(), o.member(), o.memberRole(), o.author(),
                o.reasons(), o.submittedAt());
    }

    List<DeletionObjection> of(long deletionId) {
        return jdbc.sql("SELECT * FROM recflow.deletion_objection WHERE deletion_id = ? ORDER BY id")
                .param(deletionId).query(this::map).list();
    }

    Set<String> objectingMembers(long deletionId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT member FROM recflow.deletion_objection WHERE deletion_id = ? ORDER BY id")
                .param(deletionId).query(String.class).list());
    }

    int count(long deletionId) {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.deletion_objection WHERE deletion_id = ?")
                .param(deletionId).query(Integer.class).single();
    }

    private DeletionObjection map(ResultSet rs, int n) throws SQLException {
        return new DeletionObjection(rs.getLong("id"), rs.getLong("deletion_id"), rs.getString("member"),
                rs.getString("member_role"), rs.getString("author"), rs.getString("reasons"),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
