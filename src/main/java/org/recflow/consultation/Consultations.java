package org.recflow.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.recflow.kernel.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The replies of every consultation, keyed by subject ("APPROVAL", 42) and round. Every version of each Member State's
 * reply is kept as it was sent ({@code consultation_reply_version}, never changed once written); one row per Member
 * State and round ({@code consultation_reply_first}) records when it first replied, and its unique key is the
 * guarantee of one reply per Member State and round. The reply the tally counts is the highest-numbered version (view
 * {@code consultation_reply}, migration V17). Nothing is rewritten when a reply changes: on embedded H2 a rewritten
 * row cost two pages of the file at random places and the records of the chunks they were in (issue 20,
 * docs/BENCHMARKS.md "Fifth pass"). The caller holds the subject's lock and has checked that the consultation is open:
 * this class only stores and counts.
 */
@Component
public class Consultations {

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a reply as its next version (api.md, "Replies keep their history"): version 1, with the Member State's
     * first-reply row, when it has not replied in this round; otherwise one more than its latest, the earlier versions
     * staying as they were. Two or three statements on unique keys: read the first-reply row with the latest version
     * number (from this reply's own versions, through their primary key), insert that row if there was none, append
     * the version.
     *
     * <p>The version row is also the reply's history entry (migration V18, view {@code history_entry}): it keeps the
     * author's role and the request id of the thread ({@link RequestId#current()}, null outside a request) and draws
     * its place in the history from the sequence {@code history_order}.
     *
     * @param author the account that replied
     * @param role the name of that account's role (e.g. {@code MEMBER_STATE}), shown in the reply's history entry
     * @param now the submission's instant (UTC); stored to the microsecond, as both databases keep it
     * @return the reply as the tally now counts it
     */
    public Reply reply(String subjectType, long subjectId, int round, String memberState, Position position, String reasons,
            String proposedChanges, String author, String role, Instant now) {
        Instant stored = now.truncatedTo(ChronoUnit.MICROS); // what the column keeps (H2 and PostgreSQL alike)
        Timestamp at = Timestamp.from(stored);
        Optional<Latest> latest = jdbc.sql("""
                SELECT r.first_submitted_at, (SELECT MAX(v.version) FROM recflow.consultation_reply_version v
                        WHERE v.subject_type = r.subject_type AND v.subject_id = r.subject_id AND v.round = r.round
                          AND v.member_state = r.member_state) AS version
                FROM recflow.consultation_reply_first r
                WHERE r.subject_type = ? AND r.subject_id = ? AND r.round = ? AND r.member_state = ?""")
                .params(subjectType, subjectId, round, memberState)
                .query((rs, n) -> new Latest(rs.getTimestamp(1).toInstant(), rs.getInt(2))).optional();
        Reply r;
        if (latest.isPresent()) {
            r = new Reply(memberState, position, reasons, proposedChanges, author, latest.get().firstSubmittedAt(), stored,
                    latest.get().version() + 1);
        } else {
            r = new Reply(memberState, position, reasons, proposedChanges, author, stored, stored, 1);
            jdbc.sql("""
                    INSERT INTO recflow.consultation_reply_first (subject_type, subject_id, round, member_state, first_submitted_at)
                    VALUES (?,?,?,?,?)""")
                    .params(subjectType, subjectId, round, memberState, at)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO recflow.consultation_reply_version (subject_type, subject_id, round, member_state, version, position,
                       reasons, proposed_changes, author, submitted_at, role, request_id)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(subjectType, subjectId, round, memberState, r.version(), position.name(), reasons, proposedChanges, author, at,
                        role, RequestId.current())
                .update();
        return r;
    }

    /** When a reply was first submitted, and the number of its latest version. */
    private record Latest(Instant firstSubmittedAt, int version) {
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

    /**
     * The latest version of each Member State's reply in one round, in the order the Member States first replied
     * (then by code); empty when nobody has.
     */
    public List<Reply> replies(String subjectType, long subjectId, int round) {
        return jdbc.sql("""
                SELECT * FROM recflow.consultation_reply WHERE subject_type = ? AND subject_id = ? AND round = ?
                ORDER BY first_submitted_at, member_state""")
                .params(subjectType, subjectId, round).query(Consultations::map).list();
    }

    /** The 70% rule over the latest version of each reply of the round ({@link ConsultationTally#of}). */
    public ConsultationTally tally(String subjectType, long subjectId, int round) {
        return ConsultationTally.of(replies(subjectType, subjectId, round));
    }

    private static Reply map(ResultSet rs, int n) throws SQLException {
        return new Reply(rs.getString("member_state"), Position.valueOf(rs.getString("position")), rs.getString("reasons"),
                rs.getString("proposed_changes"), rs.getString("author"), rs.getTimestamp("first_submitted_at").toInstant(),
                rs.getTimestamp("submitted_at").toInstant(), rs.getInt("version"));
    }
}
