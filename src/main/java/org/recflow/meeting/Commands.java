package org.recflow.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The inputs of {@link MeetingManagement}, as the REST contract carries them (api.md, second wave, "Meetings"). */
public final class Commands {

    private Commands() {
    }

    /** A new meeting: {@code studyGroup} as SG3; first and last day (UTC dates, end on or after start); {@code place} optional. */
    public record CreateMeeting(@NotBlank @Size(max = 8) String studyGroup, @NotNull LocalDate start, @NotNull LocalDate end,
            @Size(max = 200) String place) {
    }

    /**
     * A move: new first and last day; {@code place} (null keeps it); {@code reason} for the record; {@code detachTexts}
     * true: the texts whose notice the move breaks go back to wait for another meeting instead of the move being refused.
     */
    public record Reschedule(@NotNull LocalDate start, @NotNull LocalDate end, @Size(max = 200) String place,
            @NotBlank @Size(max = 4000) String reason, Boolean detachTexts) {
    }

    /** A cancellation, with its reason for the record. */
    public record Cancel(@NotBlank @Size(max = 4000) String reason) {
    }
}
