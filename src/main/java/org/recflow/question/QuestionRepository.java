package org.recflow.question;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Questions as rows of {@code recflow.question}. Every change locks the row first ({@link #lock}). */
@Repository
class QuestionRepository {

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Question> find(long id) {
        return jdbc.sql("SELECT * FROM recflow.question WHERE id = ?").param(id).query(this::map).optional();
    }

    /** Reads the Question and holds its row until the transaction ends: a reply and the close queue up. */
    Optional<Question> lock(long id) {
        return jdbc.sql("SELECT * FROM recflow.question WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
    }

    List<Question> list(String studyGroup, QuestionStatus status) {
        StringBuilder sql = new StringBuilder("SELECT * FROM recflow.question WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (studyGroup != null) {
            sql.append(" AND study_group = ?");
            params.add(studyGroup);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY id");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    Question insert(Question q) {
        Map<String, Object> cols = columns(q);
        String names = String.join(", ", cols.keySet());
        String marks = String.join(", ", cols.keySet().stream().map(k -> "?").toList());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO recflow.question (" + names + ") VALUES (" + marks + ")")
                .params(new ArrayList<>(cols.values()))
                .update(keys, "id");
        q.id = keys.getKey().longValue();
        return q;
    }

    void update(Question q) {
        Map<String, Object> cols = columns(q);
        String sets = String.join(", ", cols.keySet().stream().map(k -> k + " = ?").toList());
        List<Object> params = new ArrayList<>(cols.values());
        params.add(q.id);
        jdbc.sql("UPDATE recflow.question SET " + sets + " WHERE id = ?").params(params).update();
    }

    private static Map<String, Object> columns(Question q) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("study_group", q.studyGroup);
        c.put("question", q.question);
        c.put("title", q.title);
        c.put("text_reference", q.textReference);
        c.put("policy_implications", q.policyImplications);
        c.put("status", q.status.name());
        c.put("outcome_reason", q.outcomeReason);
        c.put("outcome_at", ts(q.outcomeAt));
        c.put("consultation_announced_on", date(q.consultationAnnouncedOn));
        c.put("consultation_closes_at", ts(q.consultationClosesAt));
        c.put("process_instance_id", q.processInstanceId);
        c.put("created_at", ts(q.createdAt));
        c.put("created_by", q.createdBy);
        return c;
    }

    private Question map(ResultSet rs, int n) throws SQLException {
        Question q = new Question();
        q.id = rs.getLong("id");
        q.studyGroup = rs.getString("study_group");
        q.question = rs.getString("question");
        q.title = rs.getString("title");
        q.textReference = rs.getString("text_reference");
        q.policyImplications = rs.getBoolean("policy_implications");
        q.status = QuestionStatus.valueOf(rs.getString("status"));
        q.outcomeReason = rs.getString("outcome_reason");
        q.outcomeAt = instant(rs, "outcome_at");
        q.consultationAnnouncedOn = localDate(rs, "consultation_announced_on");
        q.consultationClosesAt = instant(rs, "consultation_closes_at");
        q.processInstanceId = rs.getString("process_instance_id");
        q.createdAt = instant(rs, "created_at");
        q.createdBy = rs.getString("created_by");
        return q;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate localDate(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }
}
