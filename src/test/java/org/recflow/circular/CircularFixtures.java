package org.recflow.circular;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Circulars of each kind as data, with fixed dates, for the rendering tests (no database, no clock). */
final class CircularFixtures {

    private CircularFixtures() {
    }

    static final Instant CREATED = Instant.parse("2026-12-20T09:00:00Z");
    static final LocalDate ISSUED_ON = LocalDate.parse("2027-01-06");
    static final Instant TAP_DEADLINE = Instant.parse("2027-03-24T23:59:59Z");

    static CircularView of(CircularKind kind) {
        return switch (kind) {
            case TAP_CONSULTATION -> tapConsultation();
            case AAP_ANNOUNCEMENT -> view(kind, "SG20", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31"), null, null, null, List.of(
                    text(11, "LAST_CALL", "Y.4480", "NEW", "AAP", "Low-power protocol for wide-area wireless networks", "IN_PROGRESS", null, null,
                            Instant.parse("2027-02-01T23:59:59Z"), null, List.of()),
                    text(12, "ADDITIONAL_REVIEW", "Y.4224", "REVISED", "AAP", "Requirements for vehicle-to-everything communication", "IN_PROGRESS", null, null,
                            Instant.parse("2027-02-04T23:59:59Z"), null, List.of()),
                    text(13, "APPROVED", "Y.3090", "NEW", "AAP", "Digital twin network: requirements and architecture", "APPROVED", "NO_COMMENT_IN_LAST_CALL", null,
                            null, LocalDate.parse("2027-01-19"), List.of())));
            case RESULT -> view(kind, "SG3", null, null, null, null, null, List.of(
                    text(21, "RESULT", "D.271", "REVISED", "TAP", "Charging and accounting principles for international telecommunication services", "APPROVED",
                            "ONE_OBJECTION", LocalDate.parse("2027-04-06"), null, LocalDate.parse("2027-04-15"), List.of("DEU: reserves its position on clause 4")),
                    text(22, "RESULT", "D.52", "AMENDMENT", "TAP", "Establishing and charging for regional telecommunication traffic exchange points",
                            "NOT_APPROVED", "CONSULTATION_BELOW_THRESHOLD", null, null, LocalDate.parse("2027-03-25"), List.of())));
            case QUESTION_CONSULTATION -> view(kind, "SG20", null, null, null, null, Instant.parse("2027-03-06T23:59:59Z"), List.of(
                    new CircularText("QUESTION", 31, "QUESTION", "Q5/20", null, null, "Research and emerging technologies for smart cities", null,
                            List.of("Q5/20"), "SG20-TD1500", "CONSULTATION", null, null, null, null, LocalDate.parse("2027-03-06"),
                            Instant.parse("2027-03-06T23:59:59Z"), null, List.of())));
            case DELETION -> view(kind, "SG20", null, null, null, null, Instant.parse("2027-04-06T23:59:59Z"), List.of(
                    new CircularText("DELETION", 41, "DELETION", "Y.2060", null, "AAP", null, "Superseded by Recommendation ITU-T Y.4000",
                            List.of(), null, "OBJECTION_PERIOD", null, null, LocalDate.parse("2026-12-18"), null, LocalDate.parse("2027-04-06"),
                            Instant.parse("2027-04-06T23:59:59Z"), null, List.of())));
        };
    }

    /** A TAP consultation for the SG3 meeting of 6-15 April 2027 with three texts. */
    static CircularView tapConsultation() {
        LocalDate start = LocalDate.parse("2027-04-06");
        LocalDate end = LocalDate.parse("2027-04-15");
        List<CircularText> texts = List.of(
                tap(1, "D.271", "REVISED", "Charging and accounting principles for international telecommunication services",
                        "This revision sets out how international telecommunication services are charged and accounted between operators, "
                                + "including the principles for settlement rates and the transition to cost-oriented charging.",
                        List.of("Q1/3", "Q2/3"), "SG3-R12", start, end),
                tap(2, "D.52", "AMENDMENT", "Establishing and charging for regional telecommunication traffic exchange points",
                        "The amendment adds guidance on regional Internet exchange points and their cost recovery.", List.of("Q4/3"), "SG3-R13",
                        start, end),
                tap(3, "D.1140", "NEW", "Policy framework for cross-border data flows in telecommunication services",
                        "This new Recommendation gives principles for the economic and policy aspects of cross-border data flows.",
                        List.of("Q6/3"), "SG3-TD45", start, end));
        return view(CircularKind.TAP_CONSULTATION, "SG3", null, null, start, end, TAP_DEADLINE, texts);
    }

    static CircularView issued(CircularView v) {
        return new CircularView(v.id(), v.kind(), v.studyGroup(), CircularStatus.ISSUED, "TSB Circular 123", ISSUED_ON, v.from(), v.to(),
                v.meetingStart(), v.meetingEnd(), v.replyDeadline(), List.of("TSB thanks the Member States for their replies."), v.texts(),
                v.createdAt(), v.createdBy(), CREATED, CREATED, "tsb", v.languages());
    }

    private static CircularText tap(long id, String rec, String revision, String title, String summary, List<String> questions, String textRef,
            LocalDate start, LocalDate end) {
        return new CircularText("APPROVAL", id, "TAP", rec, revision, "TAP", title, summary, questions, textRef, "REQUESTED", null, null,
                start, end, LocalDate.parse("2027-03-24"), TAP_DEADLINE, null, List.of());
    }

    private static CircularText text(long id, String section, String rec, String revision, String procedure, String title, String status,
            String reason, LocalDate meetingStart, Instant closesAt, LocalDate outcomeOn, List<String> reservations) {
        return new CircularText("APPROVAL", id, section, rec, revision, procedure, title, "Summary of " + rec + ".", List.of("Q2/20"),
                "TD-" + rec, status, status.equals("APPROVED") || status.equals("NOT_APPROVED") ? status : null, reason, meetingStart,
                meetingStart == null ? null : meetingStart.plusDays(9), closesAt == null ? null : closesAt.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                closesAt, outcomeOn, reservations);
    }

    private static CircularView view(CircularKind kind, String sg, LocalDate from, LocalDate to, LocalDate meetingStart, LocalDate meetingEnd,
            Instant deadline, List<CircularText> texts) {
        return issued(new CircularView(7, kind, sg, CircularStatus.DRAFT, null, null, from, to, meetingStart, meetingEnd, deadline, List.of(),
                texts, CREATED, "tsb", CREATED, null, null, List.of("en", "zh", "fr", "es", "ru", "ar")));
    }
}
