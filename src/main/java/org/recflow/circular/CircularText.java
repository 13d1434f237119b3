package org.recflow.circular;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One text a circular covers, as the procedure's API showed it when the circular was drafted (or issued).
 * {@code subjectType}: APPROVAL, QUESTION or DELETION. {@code section}: TAP (intent and consultation), LAST_CALL,
 * ADDITIONAL_REVIEW, APPROVED (AAP announcement), RESULT, QUESTION, DELETION. {@code closesAt}: the instant the period
 * the circular opens or reports closes (23:59:59Z of {@code closesOn}, written "24:00 hours UTC on …"); null when none.
 * {@code reservations}: "member: note" as the meeting recorded them.
 */
public record CircularText(
        String subjectType, long subjectId, String section, String reference, String revision, String procedure,
        String title, String summary, List<String> questions, String textReference, String status, String outcome,
        String outcomeReason, LocalDate meetingStart, LocalDate meetingEnd, LocalDate closesOn, Instant closesAt,
        LocalDate outcomeOn, List<String> reservations) {
}
