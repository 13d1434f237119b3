package org.recflow.circular;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.recflow.web.MultilineText;

/** The inputs of {@link CircularManagement}, as the REST contract carries them (api.md, second wave, "Circulars"). */
public final class Commands {

    private Commands() {
    }

    /**
     * A draft. Which fields count depends on {@code kind}: RESULT {@code approvalIds}; AAP_ANNOUNCEMENT {@code from},
     * {@code to} (optionally {@code studyGroup}); QUESTION_CONSULTATION {@code questionId}; DELETION {@code deletionIds};
     * TAP_CONSULTATION {@code meetingId} (every TAP text tied to that meeting awaiting its announcement), or, as before
     * meetings were a resource (issue 16), {@code studyGroup} and {@code meetingStart} (every TAP text of that study
     * group awaiting its announcement whose next meeting starts that day). {@code paragraphs}: free paragraphs.
     */
    public record DraftCircular(
            @NotNull CircularKind kind,
            @Size(max = 200) List<@NotNull Long> approvalIds,
            LocalDate from,
            LocalDate to,
            Long questionId,
            @Size(max = 200) List<@NotNull Long> deletionIds,
            Long meetingId,
            @Size(max = 8) String studyGroup,
            LocalDate meetingStart,
            @MultilineText @Size(max = 50) List<@NotBlank @Size(max = 4000) String> paragraphs) {
    }

    /**
     * TSB's free paragraphs of a draft, in order; they follow the paragraphs recflow writes. Together they take at most
     * 100,000 characters as stored (JSON): beyond, 400 naming {@code paragraphs}.
     */
    public record EditCircular(@NotNull @MultilineText @Size(max = 50) List<@NotBlank @Size(max = 4000) String> paragraphs) {
    }

    /** {@code number} as TSB writes it, {@code TSB Circular 123}; {@code issuedOn} defaults to today and is never in the future. */
    public record IssueCircular(@NotBlank @Size(max = 40) String number, LocalDate issuedOn) {
    }
}
