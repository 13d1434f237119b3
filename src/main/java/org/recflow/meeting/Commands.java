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
     * (contract: send texts whose notice breaks back to wait for another meeting) is not yet supported and refused when true.
     */
    public record Reschedule(@NotNull LocalDate start, @NotNull LocalDate end, @Size(max = 200) String place,
            @NotBlank @Size(max = 4000) String reason, Boolean detachTexts) {
    }
}
