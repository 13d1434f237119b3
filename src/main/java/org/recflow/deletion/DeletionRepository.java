package org.recflow.deletion;

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

/** Deletions as rows of {@code recflow.deletion}. Every change locks the row first ({@link #lock}). */
@Repository
class DeletionRepository {

    private final Table<Deletion> table;

    DeletionRepository(JdbcClient jdbc, RowLocks locks) {
        this.table = new Table<>(jdbc, "recflow.deletion", this::map, locks);
    }

    Optional<Deletion> find(long id) {
        return table.find(id);
    }

    Optional<Deletion> lock(long id) {
        return table.lock(id);
    }

    List<Deletion> list(String studyGroup, DeletionStatus status) {
        Map<String, Object> equal = new LinkedHashMap<>();
        equal.put("study_group", studyGroup);
        equal.put("status", status == null ? null : status.name());
        return table.list(equal);
    }

    Deletion insert(Deletion d) {
        d.id = table.insert(columns(d));
        return d;
    }

    void update(Deletion d) {
        table.update(d.id, columns(d));
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
}
