package org.recflow.deletion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.recflow.web.MultilineText;

/** The inputs of {@link DeletionManagement}, as the REST contract carries them (api.md, "Questions and deletions"). */
public final class Commands {

    private Commands() {
    }

    /**
     * The study group's agreement to delete a Recommendation, as its chairman records it. {@code reason} is the summary
     * of the reasons the circular gives (Res. 1 §9.8.2.1, A.8 §8.2.1); {@code agreedOn} the day of the SG or WP meeting.
     */
    public record RecordDeletion(
            @NotBlank @Size(max = 64) String recommendation,
            @NotBlank @Size(max = 8) String studyGroup,
            @NotNull Procedure procedure,
            @MultilineText @NotBlank @Size(max = 4000) String reason,
            @NotNull LocalDate agreedOn) {
    }

    /** An objection "should" give its reasons: asked for, not required (docs/SEED-NOTES.md). */
    public record ObjectToDeletion(@MultilineText @Size(max = 20000) String reasons) {
    }
}
