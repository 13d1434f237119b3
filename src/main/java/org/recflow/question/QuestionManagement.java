package org.recflow.question;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Consultations;
import org.recflow.consultation.Reply;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.RecflowException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Question module's API: every step of api.md for Questions (Res. 1 §7.3). Each method runs in one transaction
 * with the engine, locks the Question's row, lets the aggregate guard the transition, records history and deadlines,
 * and starts or continues the process. A refusal rolls all of it back.
 */
@Service
@Transactional
public class QuestionManagement {

    static final String SUBJECT_TYPE = "QUESTION";

    private final QuestionRepository questions;
    private final DeadlineBook deadlines;
    private final History history;
    private final ProcedureCalendar calendar;
    private final MemberRegistry registry;
    private final RuntimeService runtime;
    private final QuestionViews views;
    private final Consultations consultations;

    QuestionManagement(QuestionRepository questions, DeadlineBook deadlines, History history, ProcedureCalendar calendar,
            MemberRegistry registry, RuntimeService runtime, QuestionViews views, Consultations consultations) {
        this.questions = questions;
        this.deadlines = deadlines;
        this.history = history;
        this.calendar = calendar;
        this.registry = registry;
        this.runtime = runtime;
        this.views = views;
        this.consultations = consultations;
    }

    // --- reading ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public QuestionView get(long id) {
        return get(Actor.system(), id);
    }

    /** The Question as {@code actor} sees it: {@code nextActions[].allowed} says whether it may reply now. */
    @Transactional(readOnly = true)
    public QuestionView get(Actor actor, long id) {
        return views.of(find(id), actor);
    }

    @Transactional(readOnly = true)
    public List<QuestionSummary> list(String studyGroup, QuestionStatus status) {
        return questions.list(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), status).stream()
                .map(q -> new QuestionSummary(q.id, q.studyGroup, q.question, q.title, q.policyImplications, q.status,
                        q.outcomeReason, q.createdAt))
                .toList();
    }

    /** The replies, readable in every status: a Question returned to the study group goes back with them (§7.3.2.3). */
    @Transactional(readOnly = true)
    public List<Reply> replies(long id) {
        Question q = find(id);
        return consultations.replies(SUBJECT_TYPE, q.id, Question.ROUND);
    }

    // --- agreement ------------------------------------------------------------------------------------

    /**
     * The chair (or TSB on the chair's behalf) reports a new or revised Question agreed by the study group: approved at
     * once without policy implications (§7.3.3), else the 2-month consultation of the Member States opens today.
     */
    public QuestionView agree(Actor actor, Commands.AgreeQuestion cmd) {
        String sg = registry.studyGroup(cmd.studyGroup())
                .orElseThrow(() -> invalid("studyGroup", "unknown study group '" + cmd.studyGroup() + "'")).code();
        if (!actor.actsAsChairOf(sg)) {
            throw RecflowException.notEligible("only the chairman of " + sg + " (or TSB on the chairman's behalf) may take this step");
        }
        if (cmd.policyImplications() == null) {
            throw invalid("policyImplications", "say whether the Question has policy or regulatory implications, or doubt about its scope");
        }
        Instant now = calendar.now();
        Question q = new Question();
        q.studyGroup = sg;
        q.question = cmd.question().trim();
        q.title = cmd.title().trim();
        q.textReference = cmd.textReference().trim();
        q.createdAt = now;
        q.createdBy = actor.username();
        q.agree(cmd.policyImplications(), calendar.today(), now);
        questions.insert(q);
        startProcess(q);
        questions.update(q);
        record(q, actor, "REQUESTED", "approval of " + q.label() + " requested" + (q.policyImplications
                ? ", with policy or regulatory implications or doubt about its scope (Res. 1 §7.3.2.1)"
                : ", without policy or regulatory implications"));
        if (q.inConsultation()) {
            deadlines.open(subject(q), DeadlineKind.QUESTION_CONSULTATION_CLOSE, q.consultationClosesAt);
            record(q, Actor.system(), "CONSULTATION_OPENED", "the Director consults the Member States from "
                    + q.consultationAnnouncedOn + "; replies by " + q.consultationClosesAt + " (2 months, Res. 1 §7.3.2.2)");
        } else {
            record(q, Actor.system(), "APPROVED", "approved without consultation of the Member States (Res. 1 §7.3.3)");
            outcome(q);
        }
        return views.of(q, actor);
    }

    private void startProcess(Question q) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(QuestionProcess.VAR_QUESTION_ID, q.id);
        vars.put(QuestionProcess.VAR_POLICY_IMPLICATIONS, q.policyImplications);
        if (q.consultationClosesAt != null) {
            vars.put(QuestionProcess.VAR_CONSULTATION_CLOSES_AT, timer(q.consultationClosesAt));
        }
        ProcessInstance pi = runtime.startProcessInstanceByKey(QuestionProcess.ID, org.recflow.kernel.Subject.key(SUBJECT_TYPE, q.id), vars);
        q.processInstanceId = pi.getId();
    }

    // --- the consultation -------------------------------------------------------------------------------

    /** A Member State's reply, for itself only; a later reply before the close replaces the earlier. */
    public Reply reply(Actor actor, long id, String memberStateCode, Commands.SubmitReply cmd) {
        String code = registry.memberState(memberStateCode).map(m -> m.code())
                .orElseThrow(() -> RecflowException.notFound("Member State " + memberStateCode));
        if (!actor.isMemberState(code)) {
            throw RecflowException.notEligible("only " + code + " may reply for " + code);
        }
        Question q = lock(id);
        Instant now = calendar.now();
        q.acceptReply(now);
        Reply r = consultations.reply(SUBJECT_TYPE, q.id, Question.ROUND, code, cmd.position(), cmd.reasons(),
                cmd.proposedChanges(), actor.username(), now);
        record(q, actor, "REPLY_SUBMITTED", code + (r.version() > 1 ? " changed its reply to " : " replied ") + cmd.position());
        return r;
    }

    /** The consultation's timer: the 70% rule decides (§7.3.2.3). Answers whether the Question was approved. */
    boolean closeConsultation(long id) {
        Question q = lock(id);
        ConsultationTally t = consultations.tally(SUBJECT_TYPE, q.id, Question.ROUND);
        boolean approved = q.closeConsultation(t, calendar.now());
        questions.update(q);
        deadlines.close(subject(q), DeadlineKind.QUESTION_CONSULTATION_CLOSE);
        record(q, Actor.system(), "CONSULTATION_CLOSED", t.support() + " support, " + t.against() + " against, "
                + t.noPosition() + " without position" + (t.counted() == 0 ? " (no counted reply)" : " (" + t.supportPercent() + "% support)")
                + (approved ? ": approved" : ": below 70%, returned to " + q.studyGroup + " with the comments"));
        outcome(q);
        return approved;
    }

    // --- shared ----------------------------------------------------------------------------------------

    /** A final outcome: every running deadline closes. */
    private void outcome(Question q) {
        deadlines.closeAll(subject(q));
        record(q, Actor.system(), "OUTCOME", q.status + " (" + q.outcomeReason + ")");
    }

    /** A timer date for the engine: an ISO instant with Z, so no JVM zone can shift it. */
    private static String timer(Instant closesAt) {
        return ProcedureCalendar.timerFor(closesAt).toString();
    }

    private void record(Question q, Actor actor, String action, String detail) {
        history.record(SUBJECT_TYPE, q.id, actor, action, detail);
    }

    static Subject subject(Question q) {
        return new Subject(SUBJECT_TYPE, q.id, q.label(), q.studyGroup);
    }

    private Question find(long id) {
        return questions.find(id).orElseThrow(() -> RecflowException.notFound("Question " + id));
    }

    private Question lock(long id) {
        return questions.lock(id).orElseThrow(() -> RecflowException.notFound("Question " + id));
    }
}
