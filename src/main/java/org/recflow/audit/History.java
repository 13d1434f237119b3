package org.recflow.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.recflow.membership.Actor;
import org.recflow.kernel.RequestId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to and reads the history of a subject ("APPROVAL", 42). There is no update and no delete. */
@Component
public class History {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    History(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public void record(String subjectType, long subjectId, Actor actor, String action, String detail) {
        jdbc.sql("INSERT INTO recflow.history_entry (subject_type, subject_id, at, actor, role, action, detail, request_id) "
                        + "VALUES (?,?,?,?,?,?,?,?)")
                .params(subjectType, subjectId, Timestamp.from(clock.instant()), actor.username(), actor.role().name(), action,
                        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…", RequestId.current())
                .update();
        // the one place every step passes: the submission and period-close counters, the automatic step's log line
        events.publishEvent(new HistoryRecorded(subjectType, subjectId, action, Actor.system().equals(actor), detail));
    }

    public List<HistoryEntry> of(String subjectType, long subjectId) {
        return jdbc.sql("SELECT at, actor, role, action, detail, request_id FROM recflow.history_entry "
                        + "WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, subjectId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("role"), rs.getString("action"), rs.getString("detail"), rs.getString("request_id")))
                .list();
    }
}
