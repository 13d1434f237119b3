package org.recflow.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.recflow.consultation.Position;
import org.recflow.web.MultilineText;

/** The inputs of {@link QuestionManagement}, as the REST contract carries them (api.md, "Questions and deletions"). */
public final class Commands {

    private Commands() {
    }

    /**
     * A new or revised Question agreed by a study group. {@code policyImplications} is true when the Question has
     * policy or regulatory implications <em>or</em> there is any doubt about its scope (Res. 1 §7.3.2.1).
     */
    public record AgreeQuestion(
            @NotBlank @Size(max = 8) String studyGroup,
            @NotBlank @Size(max = 32) String question,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String textReference,
            @NotNull Boolean policyImplications) {
    }

    /**
     * A Member State's reply, the same as the TAP's: a reply not in support <em>should</em> give its reasons and
     * proposed changes; recflow asks for them and accepts the reply without (docs/SEED-NOTES.md).
     */
    public record SubmitReply(
            @NotNull Position position,
            @MultilineText @Size(max = 20000) String reasons,
            @MultilineText @Size(max = 20000) String proposedChanges) {
    }
}
