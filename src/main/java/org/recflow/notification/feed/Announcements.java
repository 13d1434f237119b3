package org.recflow.notification.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recflow.approval.ApprovalEvents;
import org.recflow.deletion.DeletionEvents;
import org.recflow.kernel.Subject;
import org.recflow.question.QuestionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of what TSB announces (issue 17 §5; V15 {@code recflow.announcement}): every period opened to the
 * members (Last Call and Additional Review of A.8, the consultations of Res. 1 §9.4 and §7.3.2, the objection window of
 * a deletion) and every outcome, one row each, written by listeners of the procedures' events in the transaction of
 * the step, so the feed never shows a step that was rolled back. Instants are UTC.
 */
@Component
class Announcements {

    /** One announcement as stored; {@code kind} is LAST_CALL_OPENED, ADDITIONAL_REVIEW_OPENED, CONSULTATION_OPENED, OBJECTION_PERIOD_OPENED or OUTCOME. */
    record Announcement(long id, String subjectType, long subjectId, String subject, String studyGroup, String kind,
            Instant announcedAt, String summary) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Announcements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private void add(Subject subject, String kind, String summary) {
        jdbc.sql("""
                INSERT INTO recflow.announcement (subject_type, subject_id, subject, study_group, kind, announced_at, summary)
                VALUES (?,?,?,?,?,?,?)""")
                .params(subject.type(), subject.id(), subject.label(), subject.studyGroup(), kind, Timestamp.from(clock.instant()),
                        summary.length() <= 4000 ? summary : summary.substring(0, 3999) + "…")
                .update();
    }

    @EventListener
    void on(ApprovalEvents.LastCallAnnounced e) {
        add(e.subject(), "LAST_CALL_OPENED", "Last Call on " + e.subject().label() + " announced on " + e.announcedOn()
                + "; comments by " + e.closesAt() + " (A.8 §4.1)");
    }

    @EventListener
    void on(ApprovalEvents.AdditionalReviewAnnounced e) {
        add(e.subject(), "ADDITIONAL_REVIEW_OPENED", "Additional Review of " + e.subject().label() + " announced on "
                + e.announcedOn() + "; comments by " + e.closesAt() + " (A.8 §4.5)");
    }

    @EventListener
    void on(ApprovalEvents.ConsultationAnnounced e) {
        add(e.subject(), "CONSULTATION_OPENED", "Intent to approve " + e.subject().label() + " at the meeting of "
                + e.meetingStart() + " to " + e.meetingEnd() + "; " + (e.regionalGroup() == null ? "Member States" : e.regionalGroup())
                + " reply by " + e.closesAt() + " (Res. 1 §9.4.1)");
    }

    @EventListener
    void on(ApprovalEvents.OutcomeDecided e) {
        add(e.subject(), "OUTCOME", e.subject().label() + ": " + e.outcome() + " (" + e.reason() + ")");
    }

    @EventListener
    void on(QuestionEvents.ConsultationOpened e) {
        add(e.subject(), "CONSULTATION_OPENED", "Consultation of the Member States on " + e.subject().label() + " from "
                + e.announcedOn() + "; replies by " + e.closesAt() + " (Res. 1 §7.3.2)");
    }

    @EventListener
    void on(QuestionEvents.OutcomeDecided e) {
        add(e.subject(), "OUTCOME", e.subject().label() + ": " + e.status() + " (" + e.reason() + ")");
    }

    @EventListener
    void on(DeletionEvents.ObjectionPeriodOpened e) {
        add(e.subject(), "OBJECTION_PERIOD_OPENED", e.subject().label() + " announced on " + e.announcedOn()
                + "; objections by " + e.closesAt() + " (Res. 1 §9.8.2, A.8 §8.2)");
    }

    @EventListener
    void on(DeletionEvents.ObjectionPeriodClosed e) {
        add(e.subject(), "OUTCOME", e.subject().label() + ": " + e.status() + " (" + e.reason() + ")");
    }

    /** The newest {@code limit} announcements (of {@code studyGroup}; null: all), newest first. */
    List<Announcement> newest(String studyGroup, int limit) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (studyGroup != null) {
            where = " WHERE study_group = ?";
            params.add(studyGroup);
        }
        return jdbc.sql("SELECT id, subject_type, subject_id, subject, study_group, kind, announced_at, summary FROM recflow.announcement"
                        + where + " ORDER BY " + (studyGroup == null ? "" : "study_group DESC, ") + "announced_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new Announcement(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
                        rs.getString("subject"), rs.getString("study_group"), rs.getString("kind"),
                        rs.getTimestamp("announced_at").toInstant(), rs.getString("summary")))
                .list();
    }
}
