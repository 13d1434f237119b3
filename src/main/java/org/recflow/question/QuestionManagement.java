package org.recflow.question;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Consultations;
import org.recflow.consultation.Reply;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.RecflowException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Question module's API: every step of api.md for Questions (Res. 1 §7.3). Each method runs in one transaction
 * with the engine, locks the Question's row, lets the aggregate guard the transition, publishes what happened ({@link QuestionEvents}: history and deadlines are their listeners' to write),
 * and starts or continues the process. A refusal rolls all of it back.
 */
@Service
@Transactional
public class QuestionManagement implements org.recflow.kernel.SubjectStatus {

    static final String SUBJECT_TYPE = "QUESTION";

    private final QuestionRepository questions;
    private final ApplicationEventPublisher events;
    private final ProcedureCalendar calendar;
    private final MemberRegistry registry;
    private final RuntimeService runtime;
    private final QuestionViews views;
    private final Consultations consultations;

    QuestionManagement(QuestionRepository questions, ApplicationEventPublisher events, ProcedureCalendar calendar,
            MemberRegistry registry, RuntimeService runtime, QuestionViews views, Consultations consultations) {
        this.questions = questions;
        this.events = events;
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

    /** The Question as {@code actor} sees it: {@code nextActions} lists the reply only when it may reply now. */
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

    /**
     * Every version of one Member State's reply in the current round, oldest first (api.md, "Replies keep their
     * history"); the code is case-insensitive as in paths. 404 for an unknown question or Member State; empty when that
     * Member State has not replied.
     */
    @Transactional(readOnly = true)
    public List<org.recflow.consultation.ReplyVersion> replyVersions(long id, String memberStateCode) {
        Question q = find(id);
        String code = registry.memberState(memberStateCode).map(m -> m.code())
                .orElseThrow(() -> RecflowException.notFound("Member State " + memberStateCode));
        return consultations.versions(SUBJECT_TYPE, q.id, Question.ROUND, code);
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
        events.publishEvent(new QuestionEvents.QuestionAgreed(subject(q), actor, q.label(), q.policyImplications));
        if (q.inConsultation()) {
            events.publishEvent(new QuestionEvents.ConsultationOpened(subject(q), q.consultationAnnouncedOn, q.consultationClosesAt));
        } else {
            events.publishEvent(new QuestionEvents.OutcomeDecided(subject(q), q.status, q.outcomeReason, true));
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
                cmd.proposedChanges(), actor.username(), actor.role().name(), now);
        events.publishEvent(new QuestionEvents.ReplySubmitted(subject(q), actor, code, cmd.position(), r.version()));
        return r;
    }

    /** The consultation's timer: the 70% rule decides (§7.3.2.3). Answers whether the Question was approved. */
    boolean closeConsultation(long id) {
        Question q = lock(id);
        ConsultationTally t = consultations.tally(SUBJECT_TYPE, q.id, Question.ROUND);
        boolean approved = q.closeConsultation(t, calendar.now());
        questions.update(q);
        events.publishEvent(new QuestionEvents.ConsultationClosed(subject(q), t, approved, q.studyGroup));
        events.publishEvent(new QuestionEvents.OutcomeDecided(subject(q), q.status, q.outcomeReason, false));
        return approved;
    }

    // --- shared ----------------------------------------------------------------------------------------

    /** A timer date for the engine: an ISO instant with Z, so no JVM zone can shift it. */
    private static String timer(Instant closesAt) {
        return ProcedureCalendar.timerFor(closesAt).toString();
    }

    static Subject subject(Question q) {
        return new Subject(SUBJECT_TYPE, q.id, q.label(), q.studyGroup);
    }


    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    /** The status of {@code id} (for modules that may not depend on this one); NOT_FOUND when there is none. */
    @Override
    @Transactional(readOnly = true)
    public String statusOf(long id) {
        return find(id).status.name();
    }

    /** Whether {@code memberState} replied in the consultation on Question {@code id}; false for no such Question. */
    @Override
    @Transactional(readOnly = true)
    public boolean repliedBy(long id, String memberState) {
        return questions.find(id).map(q -> !consultations.versions(SUBJECT_TYPE, q.id, Question.ROUND, memberState).isEmpty()).orElse(false);
    }

    private Question find(long id) {
        return questions.find(id).orElseThrow(() -> RecflowException.notFound("Question " + id));
    }

    private Question lock(long id) {
        return questions.lock(id).orElseThrow(() -> RecflowException.notFound("Question " + id));
    }
}
