package org.recflow.approval;

import static org.recflow.store.Table.date;
import static org.recflow.store.Table.instant;
import static org.recflow.store.Table.localDate;
import static org.recflow.store.Table.ts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recflow.store.RowLocks;
import org.recflow.store.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approvals as rows of {@code recflow.approval}. Every change locks the row first ({@link #lock}). */
@Repository
class ApprovalRepository {

    private final Table<Approval> table;
    private final ObjectMapper json;

    ApprovalRepository(JdbcClient jdbc, RowLocks locks, ObjectMapper json) {
        this.table = new Table<>(jdbc, "recflow.approval", this::map, locks);
        this.json = json.copy().findAndRegisterModules();
    }

    Optional<Approval> find(long id) {
        return table.find(id);
    }

    Optional<Approval> lock(long id) {
        return table.lock(id);
    }

    List<Approval> list(String studyGroup, Procedure procedure, ApprovalStatus status) {
        Map<String, Object> equal = new LinkedHashMap<>();
        equal.put("study_group", studyGroup);
        equal.put("procedure", procedure == null ? null : procedure.name());
        equal.put("status", status == null ? null : status.name());
        return table.list(equal);
    }

    /** The approvals tied to meeting {@code meetingId}, by id. */
    List<Approval> atMeeting(long meetingId) {
        return table.list(Map.of("meeting_id", meetingId));
    }

    Approval insert(Approval a) {
        a.id = table.insert(columns(a));
        return a;
    }

    void update(Approval a) {
        table.update(a.id, columns(a));
    }

    private Map<String, Object> columns(Approval a) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("procedure", a.procedure.name());
        c.put("recommendation", a.recommendation);
        c.put("revision", a.revision.name());
        c.put("title", a.title);
        c.put("study_group", a.studyGroup);
        c.put("questions", write(a.questions));
        c.put("summary", a.summary);
        c.put("text_reference", a.textReference);
        c.put("agreed_on", date(a.agreedOn));
        c.put("regional_group", a.regionalGroup);
        c.put("status", a.status.name());
        c.put("outcome", a.outcome);
        c.put("outcome_reason", a.outcomeReason);
        c.put("outcome_at", ts(a.outcomeAt));
        c.put("moved_to", a.movedTo);
        c.put("moved_from", a.movedFrom);
        c.put("process_instance_id", a.processInstanceId);
        c.put("meeting_start", a.meeting == null ? null : date(a.meeting.start()));
        c.put("meeting_end", a.meeting == null ? null : date(a.meeting.end()));
        c.put("meeting_id", a.meetingId);
        c.put("meeting_announced_on", date(a.meetingAnnouncedOn));
        c.put("period_phase", a.periodPhase);
        c.put("period_announced_on", date(a.periodAnnouncedOn));
        c.put("period_closes_at", ts(a.periodClosesAt));
        c.put("last_call_closes_at", ts(a.lastCallClosesAt));
        c.put("additional_review_closes_at", ts(a.additionalReviewClosesAt));
        c.put("resolution_text_reference", a.resolutionTextReference);
        c.put("resolution_reference", a.resolutionReference);
        c.put("meeting_outcome", a.meetingOutcome == null ? null : write(a.meetingOutcome));
        c.put("more_time_closes_at", ts(a.moreTimeClosesAt));
        c.put("notification_circular", a.notificationCircular);
        c.put("notified_on", date(a.notifiedOn));
        c.put("notification_pending", a.notificationPending);
        c.put("consultation_closes_at", ts(a.consultationClosesAt));
        c.put("texts_distributed_on", date(a.textsDistributedOn));
        c.put("deferral_reason", a.deferralReason);
        c.put("round", a.round);
        c.put("created_at", ts(a.createdAt));
        c.put("created_by", a.createdBy);
        return c;
    }

    private Approval map(ResultSet rs, int n) throws SQLException {
        Approval a = new Approval();
        a.id = rs.getLong("id");
        a.procedure = Procedure.valueOf(rs.getString("procedure"));
        a.recommendation = rs.getString("recommendation");
        a.revision = Revision.valueOf(rs.getString("revision"));
        a.title = rs.getString("title");
        a.studyGroup = rs.getString("study_group");
        a.questions = read(rs.getString("questions"), new TypeReference<List<String>>() { });
        a.summary = rs.getString("summary");
        a.textReference = rs.getString("text_reference");
        a.agreedOn = localDate(rs, "agreed_on");
        a.regionalGroup = rs.getString("regional_group");
        a.status = ApprovalStatus.valueOf(rs.getString("status"));
        a.outcome = rs.getString("outcome");
        a.outcomeReason = rs.getString("outcome_reason");
        a.outcomeAt = instant(rs, "outcome_at");
        a.movedTo = (Long) rs.getObject("moved_to", Long.class);
        a.movedFrom = (Long) rs.getObject("moved_from", Long.class);
        a.processInstanceId = rs.getString("process_instance_id");
        LocalDate ms = localDate(rs, "meeting_start");
        a.meeting = ms == null ? null : new Meeting(ms, localDate(rs, "meeting_end"));
        a.meetingId = (Long) rs.getObject("meeting_id", Long.class);
        a.meetingAnnouncedOn = localDate(rs, "meeting_announced_on");
        a.periodPhase = rs.getString("period_phase");
        a.periodAnnouncedOn = localDate(rs, "period_announced_on");
        a.periodClosesAt = instant(rs, "period_closes_at");
        a.lastCallClosesAt = instant(rs, "last_call_closes_at");
        a.additionalReviewClosesAt = instant(rs, "additional_review_closes_at");
        a.resolutionTextReference = rs.getString("resolution_text_reference");
        a.resolutionReference = rs.getString("resolution_reference");
        String mo = rs.getString("meeting_outcome");
        a.meetingOutcome = mo == null ? null : read(mo, new TypeReference<MeetingOutcome>() { });
        a.moreTimeClosesAt = instant(rs, "more_time_closes_at");
        a.notificationCircular = rs.getString("notification_circular");
        a.notifiedOn = localDate(rs, "notified_on");
        a.notificationPending = rs.getBoolean("notification_pending");
        a.consultationClosesAt = instant(rs, "consultation_closes_at");
        a.textsDistributedOn = localDate(rs, "texts_distributed_on");
        a.deferralReason = rs.getString("deferral_reason");
        a.round = rs.getInt("round");
        a.createdAt = instant(rs, "created_at");
        a.createdBy = rs.getString("created_by");
        return a;
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
