package org.recflow.circular;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.ApprovalSummary;
import org.recflow.approval.ApprovalView;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionStatus;
import org.recflow.deletion.DeletionView;
import org.recflow.membership.MemberRegistry;
import org.recflow.question.QuestionManagement;
import org.recflow.question.QuestionStatus;
import org.recflow.question.QuestionView;
import org.recflow.kernel.RecflowException;
import org.springframework.stereotype.Component;

/**
 * Reads what a circular states from the procedures' management API (never their tables) and checks that the texts
 * can be announced by it. A refusal is 400 naming the field of the draft request.
 */
@Component
class CircularDrafts {

    /** What a draft covers: its study group (null for an AAP announcement of every group), parameters and texts. */
    record Draft(String studyGroup, Circular.Params params, List<CircularText> texts) {
    }

    private final ApprovalManagement approvals;
    private final QuestionManagement questions;
    private final DeletionManagement deletions;
    private final Planner planner;
    private final MemberRegistry registry;

    CircularDrafts(ApprovalManagement approvals, QuestionManagement questions, DeletionManagement deletions, Planner planner,
            MemberRegistry registry) {
        this.approvals = approvals;
        this.questions = questions;
        this.deletions = deletions;
        this.planner = planner;
        this.registry = registry;
    }

    Draft draft(Commands.DraftCircular cmd) {
        return switch (cmd.kind()) {
            case TAP_CONSULTATION -> tapConsultation(cmd);
            case AAP_ANNOUNCEMENT -> aapAnnouncement(cmd);
            case RESULT -> results(cmd);
            case QUESTION_CONSULTATION -> questionConsultation(cmd);
            case DELETION -> deletions(cmd);
        };
    }

    /**
     * Res. 1 §9.3.1, §9.4.1: every TAP text waiting for the Director's announcement at one meeting: {@code meetingId}
     * (api.md, second wave: the texts tied to that meeting), or, as before meetings were a resource,
     * {@code studyGroup} and {@code meetingStart} (the texts of that study group whose next meeting starts that day).
     * Giving both is refused (400 naming {@code meetingId}); so is a meeting with no such text.
     */
    private Draft tapConsultation(Commands.DraftCircular cmd) {
        if (cmd.meetingId() != null) {
            if (cmd.meetingStart() != null) {
                throw invalid("meetingId", "give meetingId, or studyGroup and meetingStart, not both");
            }
            return tapConsultationAt(cmd.meetingId(), cmd.studyGroup() == null ? null : studyGroup(cmd.studyGroup()));
        }
        String sg = studyGroup(cmd.studyGroup());
        if (cmd.meetingStart() == null) {
            throw invalid("meetingStart", "meetingId, or meetingStart with studyGroup, is required for a TAP consultation circular");
        }
        List<CircularText> texts = new ArrayList<>();
        LocalDate end = null;
        for (ApprovalSummary s : approvals.list(sg, Procedure.TAP, ApprovalStatus.REQUESTED)) {
            ApprovalView a = approvals.get(s.id());
            if (a.nextMeeting() != null && cmd.meetingStart().equals(a.nextMeeting().start())) {
                end = end == null || a.nextMeeting().end().isAfter(end) ? a.nextMeeting().end() : end;
                texts.add(tapText(a, null));
            }
        }
        if (texts.isEmpty()) {
            throw invalid("meetingStart", "no TAP text of " + sg + " waits for its announcement for a meeting starting " + cmd.meetingStart());
        }
        Instant deadline = planner.plan(Procedure.TAP, cmd.meetingStart()).steps().stream()
                .filter(step -> step.step().equals("CONSULTATION_CLOSE")).findFirst().orElseThrow().closesAt();
        List<CircularText> dated = texts.stream().map(t -> withClose(t, deadline)).toList();
        return new Draft(sg, new Circular.Params(null, null, cmd.meetingStart(), end, deadline), dated);
    }

    /** The TAP texts tied to meeting {@code meetingId} that wait for their announcement (of {@code sg} when not null). */
    private Draft tapConsultationAt(long meetingId, String sg) {
        List<CircularText> texts = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        String group = null;
        for (ApprovalSummary s : approvals.list(sg, Procedure.TAP, ApprovalStatus.REQUESTED)) {
            ApprovalView a = approvals.get(s.id());
            if (a.meetingId() != null && a.meetingId() == meetingId && a.nextMeeting() != null) {
                start = a.nextMeeting().start();
                end = a.nextMeeting().end();
                group = a.studyGroup();
                texts.add(tapText(a, null));
            }
        }
        if (texts.isEmpty()) {
            throw invalid("meetingId", "no TAP text" + (sg == null ? "" : " of " + sg) + " waits for its announcement at meeting " + meetingId);
        }
        Instant deadline = planner.plan(Procedure.TAP, start).steps().stream()
                .filter(step -> step.step().equals("CONSULTATION_CLOSE")).findFirst().orElseThrow().closesAt();
        List<CircularText> dated = texts.stream().map(t -> withClose(t, deadline)).toList();
        return new Draft(group, new Circular.Params(null, null, start, end, deadline), dated);
    }

    /** A.8 §4: Last Calls and Additional Reviews opened, and AAP texts approved, between {@code from} and {@code to}. */
    private Draft aapAnnouncement(Commands.DraftCircular cmd) {
        if (cmd.from() == null || cmd.to() == null) {
            throw invalid(cmd.from() == null ? "from" : "to", "from and to are required for an AAP announcement");
        }
        if (cmd.to().isBefore(cmd.from())) {
            throw invalid("to", "the window cannot end before it starts");
        }
        String sg = cmd.studyGroup() == null ? null : studyGroup(cmd.studyGroup());
        List<CircularText> lastCalls = new ArrayList<>();
        List<CircularText> reviews = new ArrayList<>();
        List<CircularText> approved = new ArrayList<>();
        for (ApprovalSummary s : approvals.list(sg, Procedure.AAP, null)) {
            ApprovalView a = approvals.get(s.id());
            if (a.lastCall() != null && within(a.lastCall().announcedOn(), cmd.from(), cmd.to())) {
                lastCalls.add(approvalText(a, "LAST_CALL", a.lastCall().closesAt()));
            }
            if (a.additionalReview() != null && within(a.additionalReview().announcedOn(), cmd.from(), cmd.to())) {
                reviews.add(approvalText(a, "ADDITIONAL_REVIEW", a.additionalReview().closesAt()));
            }
            if (a.status() == ApprovalStatus.APPROVED && a.outcomeAt() != null && within(utcDate(a.outcomeAt()), cmd.from(), cmd.to())) {
                approved.add(approvalText(a, "APPROVED", null));
            }
        }
        List<CircularText> texts = new ArrayList<>(lastCalls);
        texts.addAll(reviews);
        texts.addAll(approved);
        if (texts.isEmpty()) {
            throw invalid("from", "no AAP text was announced or approved from " + cmd.from() + " to " + cmd.to());
        }
        return new Draft(sg, new Circular.Params(cmd.from(), cmd.to(), null, null, null), texts);
    }

    /** A.8 §4.7, Res. 1 §9.5.4: results of approvals that reached an outcome and wait for their circular. */
    private Draft results(Commands.DraftCircular cmd) {
        List<Long> ids = distinct("approvalIds", cmd.approvalIds());
        List<CircularText> texts = new ArrayList<>();
        String sg = null;
        for (long id : ids) {
            ApprovalView a = approvals.get(id);
            if (a.notification() == null || !a.notification().pending()) {
                throw invalid("approvalIds", "approval " + id + " (" + a.recommendation() + ") has no result waiting for its circular: it is "
                        + a.status());
            }
            sg = sameGroup(sg, a.studyGroup(), "approvalIds");
            texts.add(approvalText(a, "RESULT", null));
        }
        return new Draft(sg, new Circular.Params(null, null, null, null, null), texts);
    }

    /** Res. 1 §7.3.2.2: the consultation of the Member States on a new or revised Question, opened when it was agreed. */
    private Draft questionConsultation(Commands.DraftCircular cmd) {
        if (cmd.questionId() == null) {
            throw invalid("questionId", "questionId is required for a Question consultation circular");
        }
        QuestionView q = questions.get(cmd.questionId());
        if (q.status() != QuestionStatus.CONSULTATION || q.consultation() == null) {
            throw invalid("questionId", "Question " + q.question() + " is not in consultation: it is " + q.status());
        }
        CircularText t = new CircularText("QUESTION", q.id(), "QUESTION", q.question(), null, null, q.title(), null, List.of(q.question()),
                q.textReference(), q.status().name(), null, null, null, null, utcDate(q.consultation().closesAt()),
                q.consultation().closesAt(), null, List.of());
        return new Draft(q.studyGroup(), new Circular.Params(null, null, null, null, q.consultation().closesAt()), List.of(t));
    }

    /** Res. 1 §9.8.2.1, A.8 §8.2.1: deletions agreed by one study group, in their 3-month window. */
    private Draft deletions(Commands.DraftCircular cmd) {
        List<Long> ids = distinct("deletionIds", cmd.deletionIds());
        List<CircularText> texts = new ArrayList<>();
        String sg = null;
        Instant latest = null;
        for (long id : ids) {
            DeletionView d = deletions.get(id);
            if (d.status() != DeletionStatus.OBJECTION_PERIOD) {
                throw invalid("deletionIds", "deletion " + id + " (" + d.recommendation() + ") is no longer open to objections: it is " + d.status());
            }
            sg = sameGroup(sg, d.studyGroup(), "deletionIds");
            latest = latest == null || d.window().closesAt().isAfter(latest) ? d.window().closesAt() : latest;
            texts.add(new CircularText("DELETION", d.id(), "DELETION", d.recommendation(), null, d.procedure().name(), null, d.reason(),
                    List.of(), null, d.status().name(), null, null, d.agreedOn(), null, utcDate(d.window().closesAt()),
                    d.window().closesAt(), null, List.of()));
        }
        return new Draft(sg, new Circular.Params(null, null, null, null, latest), texts);
    }

    /** The text as it is now, for the issued circular: the same section, the period as the procedure opened it. */
    CircularText refresh(CircularText t) {
        return switch (t.subjectType()) {
            case "APPROVAL" -> {
                ApprovalView a = approvals.get(t.subjectId());
                yield switch (t.section()) {
                    case "TAP" -> tapText(a, a.consultation() == null ? t.closesAt() : a.consultation().closesAt());
                    default -> approvalText(a, t.section(), t.closesAt());
                };
            }
            default -> t;
        };
    }

    static CircularText tapText(ApprovalView a, Instant closesAt) {
        return withClose(approvalText(a, "TAP", null), closesAt);
    }

    static CircularText approvalText(ApprovalView a, String section, Instant closesAt) {
        List<String> reservations = a.meetingOutcome() == null ? List.of() : a.meetingOutcome().reservations().stream()
                .map(r -> r.member() + (r.note() == null || r.note().isBlank() ? "" : ": " + r.note())).toList();
        LocalDate meetingStart = a.nextMeeting() == null ? null : a.nextMeeting().start();
        LocalDate meetingEnd = a.meetingOutcome() != null ? a.meetingOutcome().meetingEnd() : a.nextMeeting() == null ? null : a.nextMeeting().end();
        return new CircularText("APPROVAL", a.id(), section, a.recommendation(), a.revision().name(), a.procedure().name(), a.title(),
                a.summary(), a.questions(), a.textReference(), a.status().name(), a.outcome(), a.outcomeReason(), meetingStart, meetingEnd,
                closesAt == null ? null : utcDate(closesAt), closesAt, a.outcomeAt() == null ? null : utcDate(a.outcomeAt()), reservations);
    }

    private static CircularText withClose(CircularText t, Instant closesAt) {
        return new CircularText(t.subjectType(), t.subjectId(), t.section(), t.reference(), t.revision(), t.procedure(), t.title(),
                t.summary(), t.questions(), t.textReference(), t.status(), t.outcome(), t.outcomeReason(), t.meetingStart(),
                t.meetingEnd(), closesAt == null ? null : utcDate(closesAt), closesAt, t.outcomeOn(), t.reservations());
    }

    /** A closing instant is 23:59:59Z of its closing date, so the UTC date is the date the circular writes. */
    static LocalDate utcDate(Instant i) {
        return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    private String studyGroup(String code) {
        if (code == null || code.isBlank()) {
            throw invalid("studyGroup", "studyGroup is required");
        }
        return registry.studyGroup(code).orElseThrow(() -> invalid("studyGroup", "unknown study group '" + code + "'")).code();
    }

    private static List<Long> distinct(String field, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw invalid(field, field + " must list at least one id");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static String sameGroup(String sg, String next, String field) {
        if (sg != null && !sg.equals(next)) {
            throw invalid(field, "one circular covers one study group: " + sg + " and " + next.toUpperCase(Locale.ROOT));
        }
        return next;
    }

    static RecflowException naming(CircularText t, RecflowException e) {
        java.util.Map<String, Object> props = new java.util.LinkedHashMap<>(e.properties());
        props.put("text", java.util.Map.of("type", t.subjectType(), "id", t.subjectId(), "reference", t.reference()));
        return new RecflowException(e.code(), t.reference() + " (" + t.subjectType().toLowerCase(Locale.ROOT) + " " + t.subjectId() + "): "
                + e.getMessage(), props);
    }
}
