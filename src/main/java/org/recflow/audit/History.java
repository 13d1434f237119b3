package org.recflow.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.recflow.membership.Actor;
import org.recflow.kernel.RequestId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to and reads the history of a subject ("APPROVAL", 42). There is no update and no delete.
 *
 * <p>Since release 0.5.0 (migration V18) a subject's history is the view {@code history_entry}: the steps recorded
 * here ({@code history_step}), the entries recorded before that release ({@code history_entry_0_4}), and the
 * consultation replies, whose version rows are their own entries ({@code consultation_reply_version}, action
 * {@code REPLY_SUBMITTED}): a reply is written once, not once as a version and again as an entry (issue 20). Steps
 * and replies since then are numbered by one sequence, so the history reads in the order they were recorded.
 */
@Component
public class History {

    /** The action of a consultation reply's entry. */
    public static final String REPLY_SUBMITTED = "REPLY_SUBMITTED";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    History(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Appends a step to the subject's history, in the caller's transaction, at the clock's instant (UTC), stamped with
     * the request id of the thread ({@link RequestId#current()}, null for a timer); a detail over 4,000 characters is
     * cut to 4,000. Publishes {@link HistoryRecorded}. Not for consultation replies: see {@link #replyRecorded}.
     */
    public void record(String subjectType, long subjectId, Actor actor, String action, String detail) {
        jdbc.sql("INSERT INTO recflow.history_step (subject_type, subject_id, at, actor, role, action, detail, request_id) "
                        + "VALUES (?,?,?,?,?,?,?,?)")
                .params(subjectType, subjectId, Timestamp.from(clock.instant()), actor.username(), actor.role().name(), action,
                        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…", RequestId.current())
                .update();
        // the one place every step passes: the submission and period-close counters, the automatic step's log line
        events.publishEvent(new HistoryRecorded(subjectType, subjectId, action, Actor.system().equals(actor), detail));
    }

    /**
     * A consultation reply was stored: its version row, written by the consultation module with the author, role and
     * request id, is its history entry (action {@link #REPLY_SUBMITTED}, shown by the view), so nothing is written
     * here. Publishes {@link HistoryRecorded} as {@link #record} does, with {@code detail} the sentence the view shows.
     */
    public void replyRecorded(String subjectType, long subjectId, Actor actor, String detail) {
        events.publishEvent(new HistoryRecorded(subjectType, subjectId, REPLY_SUBMITTED, Actor.system().equals(actor), detail));
    }

    /**
     * The sentence of a reply's entry, as the view {@code history_entry} writes it from the version row (V18): "DEU
     * replied SUPPORT" for version 1, "DEU changed its reply to AGAINST" after.
     */
    public static String replySentence(String memberState, int version, String position) {
        return memberState + (version > 1 ? " changed its reply to " : " replied ") + position;
    }

    /** The subject's history, oldest first: entries from before release 0.5.0, then the steps and replies since. */
    public List<HistoryEntry> of(String subjectType, long subjectId) {
        return jdbc.sql("SELECT at, actor, role, action, detail, request_id FROM recflow.history_entry "
                        + "WHERE subject_type = ? AND subject_id = ? ORDER BY era, id")
                .params(subjectType, subjectId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("role"), rs.getString("action"), rs.getString("detail"), rs.getString("request_id")))
                .list();
    }
}
