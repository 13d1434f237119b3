package org.recflow.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.recflow.web.MultilineText;

/** The inputs of {@link ApprovalManagement}, as the REST contract carries them (api.md). */
public final class Commands {

    private Commands() {
    }

    /**
     * The meeting a text is to be approved at: either {@code meetingId} (a SCHEDULED meeting of the text's study group,
     * api.md second wave) or its first and last day {@code start}, {@code end} (UTC dates; the meeting of the study group
     * with those dates is found, or scheduled). Giving both is refused with 400 INVALID_REQUEST.
     */
    public record MeetingDates(LocalDate start, LocalDate end, Long meetingId) {
        /** By dates only, as before meetings were a resource. */
        public MeetingDates(LocalDate start, LocalDate end) {
            this(start, end, null);
        }

        Meeting toMeeting() {
            return new Meeting(start, end);
        }
    }

    public record StartApproval(
            @NotNull Procedure procedure,
            @NotBlank @Size(max = 64) String recommendation,
            @NotNull Revision revision,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 8) String studyGroup,
            @Size(max = 20) List<@NotBlank @Size(max = 32) String> questions,
            @MultilineText @NotBlank @Size(max = 4000) String summary,
            @NotBlank @Size(max = 200) String textReference,
            @NotNull LocalDate agreedOn,
            @Valid MeetingDates nextMeeting,
            @Size(max = 32) String regionalGroup) {
    }

    public record Announce(LocalDate announcedOn) {
    }

    public record SubmitComment(
            @NotNull CommentKind kind,
            @MultilineText @NotBlank @Size(max = 20000) String text,
            @MultilineText @Size(max = 20000) String proposedChanges) {
    }

    public record Judge(@NotNull Route route) {
    }

    public record Resolve(@NotBlank @Size(max = 200) String textReference, @NotBlank @Size(max = 200) String resolutionReference) {
    }

    public record AnnounceMeeting(@NotNull LocalDate meetingStart, @NotNull LocalDate meetingEnd) {
    }

    public record Reservation(@NotBlank @Size(max = 64) String member, @MultilineText @Size(max = 4000) String note) {
    }

    public record RecordMeetingOutcome(
            LocalDate meetingEnd,
            @Size(max = 194) List<@NotBlank @Size(max = 3) String> objections,
            @Size(max = 194) List<@NotBlank @Size(max = 3) String> moreTimeRequestedBy,
            @Size(max = 194) List<@NotBlank @Size(max = 3) String> abstentions,
            @Size(max = 500) List<@Valid @NotNull Reservation> reservations,
            @Size(max = 3) String policyImplicationsRaisedBy) {
    }

    /** A.8 §5.6.1 asks that an objection "should" give reasons and proposed changes: asked for, not required. */
    public record SubmitObjection(@MultilineText @Size(max = 20000) String reasons,
            @MultilineText @Size(max = 20000) String proposedChanges) {
    }

    public record Notify(@NotBlank @Size(max = 200) String circular, LocalDate issuedOn) {
    }

    public record Restart(@Valid MeetingDates nextMeeting) {
    }

    /** TAP: the announcement of the intent, which opens the consultation; the meeting defaults to {@code nextMeeting}. */
    public record AnnounceConsultation(LocalDate announcedOn, LocalDate meetingStart, LocalDate meetingEnd) {
    }

    public record DistributeTexts(LocalDate distributedOn) {
    }

    /**
     * A consultation reply. Res. 1 §9.4.4 asks that a Member State not in support <em>should</em> give its
     * reasons and possible changes: recflow asks for them and accepts the reply without (docs/SEED-NOTES.md).
     */
    public record SubmitReply(
            @jakarta.validation.constraints.NotNull org.recflow.consultation.Position position,
            @MultilineText @Size(max = 20000) String reasons,
            @MultilineText @Size(max = 20000) String proposedChanges) {
    }

    /** Res. 1 §8.3: the decision of an SG or WP meeting to change the procedure. */
    public record ChangeProcedure(@NotNull Procedure procedure, @MultilineText @NotBlank @Size(max = 4000) String reason, LocalDate decidedOn,
            @Valid MeetingDates nextMeeting) {
    }

    public record Defer(@MultilineText @NotBlank @Size(max = 4000) String reason) {
    }

    public record Withdraw(@MultilineText @NotBlank @Size(max = 4000) String reason) {
    }
}
