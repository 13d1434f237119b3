package org.recflow.deletion;

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

/** Deletions as rows of {@code recflow.deletion}. Every change locks the row first ({@link #lock}). */
@Repository
class DeletionRepository {

    private final JdbcClient jdbc;

    DeletionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Deletion> find(long id) {
        return jdbc.sql("SELECT * FROM recflow.deletion WHERE id = ?").param(id).query(this::map).optional();
    }

    /** Reads the deletion and holds its row until the transaction ends: an objection and the close queue up. */
    Optional<Deletion> lock(long id) {
        return jdbc.sql("SELECT * FROM recflow.deletion WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
    }

    List<Deletion> list(String studyGroup, DeletionStatus status) {
        StringBuilder sql = new StringBuilder("SELECT * FROM recflow.deletion WHERE 1 = 1");
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

    Deletion insert(Deletion d) {
        Map<String, Object> cols = columns(d);
        String names = String.join(", ", cols.keySet());
        String marks = String.join(", ", cols.keySet().stream().map(k -> "?").toList());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO recflow.deletion (" + names + ") VALUES (" + marks + ")")
                .params(new ArrayList<>(cols.values()))
                .update(keys, "id");
        d.id = keys.getKey().longValue();
        return d;
    }

    void update(Deletion d) {
        Map<String, Object> cols = columns(d);
        String sets = String.join(", ", cols.keySet().stream().map(k -> k + " = ?").toList());
        List<Object> params = new ArrayList<>(cols.values());
        params.add(d.id);
        jdbc.sql("UPDATE recflow.deletion SET " + sets + " WHERE id = ?").params(params).update();
    }

    private static Map<String, Object> columns(Deletion d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("recommendation", d.recommendation);
        c.put("study_group", d.studyGroup);
        c.put("procedure", d.procedure.name());
        c.put("reason", d.reason);
        c.put("agreed_on", date(d.agreedOn));
        c.put("status", d.status.name());
        c.put("outcome_reason", d.outcomeReason);
        c.put("outcome_at", ts(d.outcomeAt));
        c.put("window_announced_on", date(d.windowAnnouncedOn));
        c.put("window_closes_at", ts(d.windowClosesAt));
        c.put("process_instance_id", d.processInstanceId);
        c.put("created_at", ts(d.createdAt));
        c.put("created_by", d.createdBy);
        return c;
    }

    private Deletion map(ResultSet rs, int n) throws SQLException {
        Deletion d = new Deletion();
        d.id = rs.getLong("id");
        d.recommendation = rs.getString("recommendation");
        d.studyGroup = rs.getString("study_group");
        d.procedure = Procedure.valueOf(rs.getString("procedure"));
        d.reason = rs.getString("reason");
        d.agreedOn = localDate(rs, "agreed_on");
        d.status = DeletionStatus.valueOf(rs.getString("status"));
        d.outcomeReason = rs.getString("outcome_reason");
        d.outcomeAt = instant(rs, "outcome_at");
        d.windowAnnouncedOn = localDate(rs, "window_announced_on");
        d.windowClosesAt = instant(rs, "window_closes_at");
        d.processInstanceId = rs.getString("process_instance_id");
        d.createdAt = instant(rs, "created_at");
        d.createdBy = rs.getString("created_by");
        return d;
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
