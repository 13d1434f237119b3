package org.recflow.circular;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recflow.kernel.RecflowException;

/** A circular's row; the aggregate guards its two transitions (edit while a draft, issue once). */
class Circular {

    /** The draft's parameters as given, and what recflow derived from them (the meeting, the reply deadline). */
    record Params(LocalDate from, LocalDate to, LocalDate meetingStart, LocalDate meetingEnd, Instant replyDeadline) {
    }

    long id;
    CircularKind kind;
    String studyGroup;
    CircularStatus status;
    Params params;
    List<String> paragraphs;
    List<CircularText> texts;
    Integer serial;
    Integer issueYear;
    LocalDate issuedOn;
    Instant issuedAt;
    String issuedBy;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;

    /** Free paragraphs change until the circular is issued; an issued circular is what went out (409 WRONG_STEP). */
    void editParagraphs(List<String> newParagraphs, Instant now) {
        requireDraft();
        paragraphs = List.copyOf(newParagraphs);
        updatedAt = now;
    }

    void issue(int serial, LocalDate on, List<CircularText> textsAsIssued, String by, Instant now) {
        requireDraft();
        this.serial = serial;
        this.issueYear = on.getYear();
        this.issuedOn = on;
        this.texts = List.copyOf(textsAsIssued);
        this.issuedBy = by;
        this.issuedAt = now;
        this.updatedAt = now;
        this.status = CircularStatus.ISSUED;
    }

    void requireDraft() {
        if (status != CircularStatus.DRAFT) {
            throw RecflowException.wrongStep("circular " + id + " was issued as " + number() + " and cannot change");
        }
    }

    /** "TSB Circular 123" once issued, else null. */
    String number() {
        return serial == null ? null : "TSB Circular " + serial;
    }
}
