package org.recflow.question;

import static org.recflow.store.Table.date;
import static org.recflow.store.Table.instant;
import static org.recflow.store.Table.localDate;
import static org.recflow.store.Table.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recflow.store.RowLocks;
import org.recflow.store.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questions as rows of {@code recflow.question}. Every change locks the row first ({@link #lock}). */
@Repository
class QuestionRepository {

    private final Table<Question> table;

    QuestionRepository(JdbcClient jdbc, RowLocks locks) {
        this.table = new Table<>(jdbc, "recflow.question", this::map, locks);
    }

    Optional<Question> find(long id) {
        return table.find(id);
    }

    Optional<Question> lock(long id) {
        return table.lock(id);
    }

    List<Question> list(String studyGroup, QuestionStatus status) {
        Map<String, Object> equal = new LinkedHashMap<>();
        equal.put("study_group", studyGroup);
        equal.put("status", status == null ? null : status.name());
        return table.list(equal);
    }

    Question insert(Question q) {
        q.id = table.insert(columns(q));
        return q;
    }

    void update(Question q) {
        table.update(q.id, columns(q));
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
}
