package org.recflow.circular;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalView;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionStatus;
import org.recflow.membership.Actor;
import org.recflow.question.QuestionManagement;
import org.recflow.question.QuestionStatus;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.recflow.kernel.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The circulars' API (api.md, second wave, "Circulars"). TSB drafts a circular from the procedures' data, edits its
 * free paragraphs while it is a draft, reads it as data, HTML or PDF in the six languages, and issues it. Issuing is
 * the announcement: in one transaction it takes, for every text the circular covers, the step the circular announces
 * (see {@link #issue}), numbers it, freezes it and archives its PDFs, or changes nothing if any text is refused.
 */
@Service
@Transactional
public class CircularManagement {

    private static final Pattern NUMBER = Pattern.compile("TSB Circular ([1-9][0-9]{0,5})");

    private final CircularRepository circulars;
    private final CircularDrafts drafts;
    private final CircularDocuments documents;
    private final ApprovalManagement approvals;
    private final QuestionManagement questions;
    private final DeletionManagement deletions;
    private final ProcedureCalendar calendar;
    private final ApplicationEventPublisher events;

    CircularManagement(CircularRepository circulars, CircularDrafts drafts, CircularDocuments documents, ApprovalManagement approvals,
            QuestionManagement questions, DeletionManagement deletions, ProcedureCalendar calendar, ApplicationEventPublisher events) {
        this.events = events;
        this.circulars = circulars;
        this.drafts = drafts;
        this.documents = documents;
        this.approvals = approvals;
        this.questions = questions;
        this.deletions = deletions;
        this.calendar = calendar;
    }

    /** A new DRAFT (TSB only, 403 otherwise); 400 naming the field when the request names nothing a circular can announce. */
    public CircularView draft(Actor actor, Commands.DraftCircular cmd) {
        tsb(actor);
        CircularDrafts.Draft d;
        try {
            d = drafts.draft(cmd);
        } catch (RecflowException e) {
            if (e.code() != ProblemCode.NOT_FOUND) {
                throw e;
            }
            throw invalid(switch (cmd.kind()) {
                case RESULT -> "approvalIds";
                case DELETION -> "deletionIds";
                case QUESTION_CONSULTATION -> "questionId";
                default -> null;
            }, e.getMessage());
        }
        Circular c = new Circular();
        c.kind = cmd.kind();
        c.studyGroup = d.studyGroup();
        c.status = CircularStatus.DRAFT;
        c.params = d.params();
        c.paragraphs = FreeText.check("paragraphs", cmd.paragraphs());
        c.texts = d.texts();
        c.createdAt = calendar.now();
        c.createdBy = actor.username();
        c.updatedAt = c.createdAt;
        circulars.insert(c);
        return view(c);
    }

    /** The circular as data (any signed-in caller); 404 NOT_FOUND for an unknown id. */
    @Transactional(readOnly = true)
    public CircularView get(long id) {
        return view(find(id));
    }

    /**
     * The circulars, oldest first, filtered by each argument that is not null; {@code studyGroup} is matched in upper
     * case ({@code sg12} finds SG12). An unknown study group finds nothing.
     */
    @Transactional(readOnly = true)
    public List<CircularSummary> list(String studyGroup, CircularKind kind, CircularStatus status) {
        return circulars.list(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), kind, status).stream()
                .map(c -> new CircularSummary(c.id, c.kind, c.studyGroup, c.status, c.number(), c.issuedOn, c.texts.size(), c.createdAt))
                .toList();
    }

    /** TSB's free paragraphs, replacing the earlier ones; 409 WRONG_STEP once the circular is issued. */
    public CircularView edit(Actor actor, long id, Commands.EditCircular cmd) {
        tsb(actor);
        Circular c = lock(id);
        c.editParagraphs(FreeText.check("paragraphs", cmd.paragraphs()), calendar.now());
        circulars.update(c);
        return view(c);
    }

    /**
     * Issues the circular as {@code number} ("TSB Circular N", unique in the year of {@code issuedOn}) on
     * {@code issuedOn} (default today, never in the future). For each text, in one transaction:
     * TAP_CONSULTATION opens the consultation with {@code announcedOn} = the issue date (Res. 1 §9.3.1, §9.4.1);
     * RESULT, and the approved texts of an AAP_ANNOUNCEMENT, take the notification step with this circular (A.8 §4.7,
     * Res. 1 §9.5.4); the Last Calls and Additional Reviews of an AAP announcement, a Question consultation and a
     * deletion were opened by their own step, so issuing checks that they are still open (409 WRONG_STEP otherwise).
     * Any refusal rolls everything back and names the text ({@code text} in the problem). 409 WRONG_STEP if already issued.
     * Publishes {@link CircularEvents.CircularIssued} in the transaction, before the steps (see there).
     */
    public CircularView issue(Actor actor, long id, Commands.IssueCircular cmd) {
        tsb(actor);
        Circular c = lock(id);
        c.requireDraft();
        int serial = serial(cmd.number());
        LocalDate on = cmd.issuedOn() == null ? calendar.today() : cmd.issuedOn();
        if (on.isAfter(calendar.today())) {
            throw invalid("issuedOn", "a circular cannot be issued with a date in the future");
        }
        if (circulars.numberTaken(on.getYear(), serial)) {
            throw invalid("number", "TSB Circular " + serial + " was already issued in " + on.getYear());
        }
        String number = "TSB Circular " + serial;
        events.publishEvent(new CircularEvents.CircularIssued(c.id, number, c.kind, c.studyGroup, on, c.texts.stream()
                .map(t -> new Subject(t.subjectType(), t.subjectId(), t.reference(), c.studyGroup)).toList()));
        List<CircularText> asIssued = new ArrayList<>();
        for (CircularText t : c.texts) {
            try {
                announce(actor, c, t, number, on);
            } catch (RecflowException e) {
                throw CircularDrafts.naming(t, e);
            }
            asIssued.add(drafts.refresh(t));
        }
        Instant now = calendar.now();
        c.issue(serial, on, asIssued, actor.username(), now);
        try {
            circulars.update(c);
        } catch (DuplicateKeyException e) {
            throw invalid("number", number + " was already issued in " + on.getYear());
        }
        CircularView v = view(c);
        for (Language l : Language.values()) {
            circulars.archivePdf(c.id, l.code(), documents.pdf(v, l), now);
        }
        return v;
    }

    private void announce(Actor actor, Circular c, CircularText t, String number, LocalDate on) {
        switch (c.kind) {
            case TAP_CONSULTATION -> {
                ApprovalView a = approvals.get(t.subjectId());
                if (a.nextMeeting() == null || !a.nextMeeting().start().equals(c.params.meetingStart())) {
                    throw RecflowException.wrongStep("its meeting is no longer the one starting " + c.params.meetingStart());
                }
                approvals.announceConsultation(actor, t.subjectId(), new org.recflow.approval.Commands.AnnounceConsultation(on, null, null));
            }
            case RESULT -> approvals.notifyResult(actor, t.subjectId(), new org.recflow.approval.Commands.Notify(number, on));
            case AAP_ANNOUNCEMENT -> {
                if (t.section().equals("APPROVED")) {
                    ApprovalView a = approvals.get(t.subjectId());
                    if (a.notification() != null && a.notification().pending()) {
                        approvals.notifyResult(actor, t.subjectId(), new org.recflow.approval.Commands.Notify(number, on));
                    }
                }
            }
            case QUESTION_CONSULTATION -> {
                if (questions.get(t.subjectId()).status() != QuestionStatus.CONSULTATION) {
                    throw RecflowException.wrongStep("the consultation is no longer open");
                }
            }
            case DELETION -> {
                if (deletions.get(t.subjectId()).status() != DeletionStatus.OBJECTION_PERIOD) {
                    throw RecflowException.wrongStep("the objection period is no longer open");
                }
            }
        }
    }

    /** The circular as HTML in that language: live for a draft, as issued for an issued one. */
    @Transactional(readOnly = true)
    public String html(long id, Language lang) {
        return documents.html(view(find(id)), lang);
    }

    /** The circular as PDF in that language: the archived bytes for an issued one, rendered now for a draft. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, Language lang) {
        Circular c = find(id);
        if (c.status == CircularStatus.ISSUED) {
            return circulars.archivedPdf(id, lang.code()).orElseGet(() -> documents.pdf(view(c), lang));
        }
        return documents.pdf(view(c), lang);
    }

    private static int serial(String number) {
        Matcher m = NUMBER.matcher(number.trim());
        if (!m.matches()) {
            throw invalid("number", "number reads 'TSB Circular N', N from 1 to 999999");
        }
        return Integer.parseInt(m.group(1));
    }

    private static void tsb(Actor actor) {
        if (!actor.isTsb()) {
            throw RecflowException.notEligible("only TSB drafts and issues circulars");
        }
    }

    private CircularView view(Circular c) {
        return new CircularView(c.id, c.kind, c.studyGroup, c.status, c.number(), c.issuedOn, c.params.from(), c.params.to(),
                c.params.meetingStart(), c.params.meetingEnd(), replyDeadline(c), c.paragraphs, c.texts, c.createdAt, c.createdBy,
                c.updatedAt, c.issuedAt, c.issuedBy, Arrays.stream(Language.values()).map(Language::code).toList());
    }

    /** After issue the deadline is the one the procedure opened (the same by the same rule), before it the planned one. */
    private static Instant replyDeadline(Circular c) {
        if (c.kind == CircularKind.TAP_CONSULTATION) {
            return c.texts.stream().map(CircularText::closesAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                    .orElse(c.params.replyDeadline());
        }
        return c.params.replyDeadline();
    }

    private Circular find(long id) {
        return circulars.find(id).orElseThrow(() -> RecflowException.notFound("circular " + id));
    }

    private Circular lock(long id) {
        return circulars.lock(id).orElseThrow(() -> RecflowException.notFound("circular " + id));
    }
}
