package org.recflow.circular;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A circular as data (GET /api/circulars/{id}). {@code number} ("TSB Circular 123") and {@code issuedOn} are null
 * while it is a DRAFT. {@code replyDeadline}: for a TAP consultation the instant the consultation closes (Res. 1
 * §9.4.1: 23:59:59Z seven working days before the meeting), for a Question consultation its 2-month close, for a
 * deletion the close of its 3-month window; null otherwise. {@code paragraphs}: TSB's free paragraphs.
 * {@code links}: the HTML and PDF in each language.
 */
public record CircularView(
        long id, CircularKind kind, String studyGroup, CircularStatus status, String number, LocalDate issuedOn,
        LocalDate from, LocalDate to, LocalDate meetingStart, LocalDate meetingEnd, Instant replyDeadline,
        List<String> paragraphs, List<CircularText> texts, Instant createdAt, String createdBy, Instant updatedAt,
        Instant issuedAt, String issuedBy, List<String> languages) {
}
