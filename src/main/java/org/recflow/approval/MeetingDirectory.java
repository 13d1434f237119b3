package org.recflow.approval;

import java.time.LocalDate;
import java.util.Optional;
import org.recflow.membership.Actor;

/**
 * Where the approval module finds the study-group meetings a text is to be approved at (issue 16). Declared here and
 * implemented by the meeting module, so that approval does not depend on meeting (the meeting module depends on
 * approval for the texts tied to a meeting).
 */
public interface MeetingDirectory {

    /** A meeting: id, study group (SG3), first and last day (UTC dates), and whether it is still SCHEDULED. */
    record Entry(long id, String studyGroup, LocalDate start, LocalDate end, boolean scheduled) {
    }

    /** The meeting with that id, if any. */
    Optional<Entry> find(long meetingId);

    /**
     * The SCHEDULED meeting of {@code studyGroup} opening on {@code start} and closing on {@code end} (the first made,
     * if several have those dates), or a new SCHEDULED one, scheduled on behalf of {@code actor}. The caller has
     * checked {@code end} is not before {@code start}.
     */
    Entry findOrSchedule(Actor actor, String studyGroup, LocalDate start, LocalDate end);
}
