package org.recflow.deletion;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.RecflowException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deletion module's API: every step of api.md for deletions (Res. 1 §9.8.2, A.8 §8.2). Each method runs in one
 * transaction with the engine, locks the deletion's row, lets the aggregate guard the transition, publishes what
 * happened ({@link DeletionEvents}: history and deadlines are their listeners' to write), and starts the process. A refusal rolls all of it back.
 */
@Service
@Transactional
public class DeletionManagement implements org.recflow.kernel.SubjectStatus {

    static final String SUBJECT_TYPE = "DELETION";

    private final DeletionRepository deletions;
    private final DeletionObjectionRepository objections;
    private final ApplicationEventPublisher events;
    private final ProcedureCalendar calendar;
    private final MemberRegistry registry;
    private final RuntimeService runtime;
    private final DeletionViews views;

    DeletionManagement(DeletionRepository deletions, DeletionObjectionRepository objections, ApplicationEventPublisher events,
            ProcedureCalendar calendar, MemberRegistry registry, RuntimeService runtime, DeletionViews views) {
        this.deletions = deletions;
        this.objections = objections;
        this.events = events;
        this.calendar = calendar;
        this.registry = registry;
        this.runtime = runtime;
        this.views = views;
    }

    // --- reading ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public DeletionView get(long id) {
        return get(Actor.system(), id);
    }

    /** The deletion as {@code actor} sees it: {@code nextActions} lists the objection only when it may object now. */
    @Transactional(readOnly = true)
    public DeletionView get(Actor actor, long id) {
        return views.of(find(id), actor);
    }

    @Transactional(readOnly = true)
    public List<DeletionSummary> list(String studyGroup, DeletionStatus status) {
        return deletions.list(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), status).stream()
                .map(d -> new DeletionSummary(d.id, d.recommendation, d.studyGroup, d.procedure, d.status, d.outcomeReason,
                        d.windowClosesAt, d.createdAt))
                .toList();
    }

    /** The objections, readable in every status: a deletion returned to the study group goes back with them. */
    @Transactional(readOnly = true)
    public List<DeletionObjection> objections(long id) {
        Deletion d = find(id);
        return objections.of(d.id);
    }

    // --- agreement ------------------------------------------------------------------------------------

    /**
     * The chairman (or TSB on the chairman's behalf) records the study group's agreement to delete a Recommendation:
     * the circular goes out today and the 3-month window for objections opens at once (Res. 1 §9.8.2.1, A.8 §8.2.1).
     * How the agreement was reached (AAP: without opposition, else §5.4; TAP: no objection) is the meeting's, recorded
     * as {@code procedure}, not recounted here.
     */
    public DeletionView agree(Actor actor, Commands.RecordDeletion cmd) {
        String sg = registry.studyGroup(cmd.studyGroup())
                .orElseThrow(() -> invalid("studyGroup", "unknown study group '" + cmd.studyGroup() + "'")).code();
        Eligibility.chairOf(actor, sg);
        LocalDate today = calendar.today();
        if (cmd.agreedOn().isAfter(today)) {
            throw invalid("agreedOn", "the study group's agreement cannot lie in the future");
        }
        Deletion d = new Deletion();
        d.recommendation = cmd.recommendation().trim();
        d.studyGroup = sg;
        d.procedure = cmd.procedure();
        d.reason = cmd.reason().trim();
        d.agreedOn = cmd.agreedOn();
        d.createdAt = calendar.now();
        d.createdBy = actor.username();
        d.agree(today);
        deletions.insert(d);
        startProcess(d);
        deletions.update(d);
        events.publishEvent(new DeletionEvents.DeletionAgreed(subject(d), actor, d.label(), d.studyGroup, d.agreedOn, d.procedure));
        events.publishEvent(new DeletionEvents.ObjectionPeriodOpened(subject(d), d.windowAnnouncedOn, d.windowClosesAt));
        return views.of(d, actor);
    }

    private void startProcess(Deletion d) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(DeletionProcess.ID, org.recflow.kernel.Subject.key(SUBJECT_TYPE, d.id), Map.of(
                DeletionProcess.VAR_DELETION_ID, d.id,
                DeletionProcess.VAR_OBJECTION_WINDOW_CLOSES_AT, timer(d.windowClosesAt)));
        d.processInstanceId = pi.getId();
    }

    // --- the objection window ---------------------------------------------------------------------------

    /**
     * A Member State or a Sector Member objects (A.8 §8.2.1). The row is locked before the window is checked and the
     * objection stored, so the close, which locks it too, sees every objection accepted before it.
     */
    public DeletionObjection object(Actor actor, long id, Commands.ObjectToDeletion cmd) {
        Eligibility.mayObject(actor);
        Deletion d = lock(id);
        Instant now = calendar.now();
        d.acceptObjection(actor.member(), objections.objectingMembers(d.id), now);
        String reasons = cmd == null || cmd.reasons() == null || cmd.reasons().isBlank() ? null : cmd.reasons();
        DeletionObjection o = objections.insert(new DeletionObjection(0, d.id, actor.member(), actor.role().name(),
                actor.username(), reasons, now));
        events.publishEvent(new DeletionEvents.ObjectionSubmitted(subject(d), actor, o.id(), actor.member(), reasons != null));
        return o;
    }

    /** The window's timer: deleted without objection, else returned to the study group. Answers whether it was deleted. */
    boolean closeWindow(long id) {
        Deletion d = lock(id);
        int count = objections.count(d.id);
        boolean deleted = d.closeWindow(count, calendar.now());
        deletions.update(d);
        events.publishEvent(new DeletionEvents.ObjectionPeriodClosed(subject(d), count, d.status, d.outcomeReason, d.studyGroup));
        return deleted;
    }

    // --- shared ----------------------------------------------------------------------------------------

    /** A timer date for the engine: an ISO instant with Z, so no JVM zone can shift it. */
    private static String timer(Instant closesAt) {
        return ProcedureCalendar.timerFor(closesAt).toString();
    }

    static Subject subject(Deletion d) {
        return new Subject(SUBJECT_TYPE, d.id, "Deletion of " + d.label(), d.studyGroup);
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

    private Deletion find(long id) {
        return deletions.find(id).orElseThrow(() -> RecflowException.notFound("deletion " + id));
    }

    private Deletion lock(long id) {
        return deletions.lock(id).orElseThrow(() -> RecflowException.notFound("deletion " + id));
    }
}
