package org.recflow.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.recflow.approval.MeetingDirectory;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.membership.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings as the approval module sees them ({@link MeetingDirectory}): a start body's {@code nextMeeting} names a
 * meeting by id, or by dates, which finds the SCHEDULED meeting of the study group with those dates or schedules one
 * (api.md second wave, "Meetings"). Runs in the caller's transaction.
 */
@Component
@Transactional
class MeetingDirectoryAdapter implements MeetingDirectory {

    private final MeetingRepository meetings;
    private final ProcedureCalendar calendar;
    private final History history;

    MeetingDirectoryAdapter(MeetingRepository meetings, ProcedureCalendar calendar, History history) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.history = history;
    }

    @Override
    public Optional<Entry> find(long meetingId) {
        return meetings.find(meetingId).map(MeetingDirectoryAdapter::entry);
    }

    @Override
    public Entry findOrSchedule(Actor actor, String studyGroup, LocalDate start, LocalDate end) {
        return meetings.scheduled(studyGroup, start, end).map(MeetingDirectoryAdapter::entry).orElseGet(() -> {
            long id = meetings.insert(studyGroup, start, end, null, calendar.now());
            history.record(MeetingManagement.SUBJECT, id, actor, "MEETING_SCHEDULED", studyGroup + " " + start + ".." + end
                    + " (named by a text's nextMeeting)");
            return new Entry(id, studyGroup, start, end, true);
        });
    }

    private static Entry entry(Meeting m) {
        return new Entry(m.id(), m.studyGroup(), m.start(), m.end(), m.status() == MeetingStatus.SCHEDULED);
    }
}
