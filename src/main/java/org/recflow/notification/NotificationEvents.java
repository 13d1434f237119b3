package org.recflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.recflow.approval.ApprovalEvents;
import org.recflow.circular.CircularEvents;
import org.recflow.deletion.DeletionEvents;
import org.recflow.kernel.Subject;
import org.recflow.notification.reminder.ReminderEvents;
import org.recflow.question.QuestionEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the procedures' domain events into {@link Notification}s (api.md's table "type → to whom") and publishes them
 * in the same transaction, where Spring Modulith's registry writes them to {@code event_publication} (the outbox).
 * Events that tell no one (a reply, a comment, a judgement...) cost one type test and nothing more; a period's close
 * names who submitted in it, read at the fan-out (after the commit), to tell them too. A trigger published
 * outside a transaction (a reminder) gets one of its own, so its publication is stored all the same.
 *
 * <p>One circular is one {@code CIRCULAR} per recipient: a circular issued by recflow
 * ({@link CircularEvents.CircularIssued}) tells its addressees, and the {@code ResultNotified} of the texts it
 * announces in that same transaction tell no one more; a result notified by a circular written outside recflow
 * ({@code POST …/notification}, which only records its number) still tells the result's audience.
 */
@Component
class NotificationEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    NotificationEvents(ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    @EventListener
    void on(ApprovalEvents.ApprovalEvent e) {
        Subject s = e.subject();
        String sg = s.studyGroup();
        Notification n = null;
        if (e instanceof ApprovalEvents.LastCallAnnounced a) {
            n = notification(NotificationType.PERIOD_OPENED, s, "LAST_CALL", a.closesAt(),
                    "Last Call opened for " + s.label() + " until " + a.closesAt(), new Audience(true, null, true, sg, null, false, List.of()));
        } else if (e instanceof ApprovalEvents.AdditionalReviewAnnounced a) {
            n = notification(NotificationType.PERIOD_OPENED, s, "ADDITIONAL_REVIEW",
                    a.closesAt(), "Additional Review opened for " + s.label() + " until " + a.closesAt(),
                    new Audience(true, null, true, null, null, false, List.of()));
        } else if (e instanceof ApprovalEvents.ConsultationAnnounced a) {
            n = notification(NotificationType.PERIOD_OPENED, s, "CONSULTATION", a.closesAt(),
                    "Consultation of the Member States opened for " + s.label() + " until " + a.closesAt(),
                    new Audience(true, a.regionalGroup(), false, null, null, false, List.of()));
        } else if (e instanceof ApprovalEvents.LastCallClosed c) {
            n = closed(s, "LAST_CALL", "Last Call closed for " + s.label() + " with " + c.comments() + " comment(s)",
                    c.comments() == 0 ? null : Audience.Submitters.LAST_CALL_COMMENTS);
        } else if (e instanceof ApprovalEvents.AdditionalReviewClosed c) {
            n = closed(s, "ADDITIONAL_REVIEW", "Additional Review closed for " + s.label() + " with " + c.comments() + " comment(s)",
                    c.comments() == 0 ? null : Audience.Submitters.ADDITIONAL_REVIEW_COMMENTS);
        } else if (e instanceof ApprovalEvents.ConsultationClosed c) {
            n = closed(s, "CONSULTATION", "Consultation closed for " + s.label(),
                    Audience.Submitters.APPROVAL_REPLIES);
        } else if (e instanceof ApprovalEvents.MoreTimeClosed c) {
            n = closed(s, "MORE_TIME", "The time for late objections closed for " + s.label(),
                    Audience.Submitters.APPROVAL_OBJECTIONS);
        } else if (e instanceof ApprovalEvents.OutcomeDecided o) {
            n = notification(NotificationType.OUTCOME, s, o.outcome(), o.notificationDue(),
                    s.label() + ": " + o.outcome() + " (" + o.reason() + ")", new Audience(true, null, true, sg, sg, true, List.of()));
        } else if (e instanceof ApprovalEvents.ResultNotified r && !issuing().contains(r.circular() + "|" + r.issuedOn())) {
            n = notification(NotificationType.CIRCULAR, s, "RESULT", null,
                    r.circular() + " of " + r.issuedOn() + " announces the result for " + s.label(),
                    new Audience(true, null, true, sg, sg, true, List.of()));
        }
        publish(n);
    }

    /**
     * A circular issued by recflow: a {@code CIRCULAR} notification (kind: the circular's kind, TAP_CONSULTATION…)
     * whose subject is the circular itself (type CIRCULAR, its id, "TSB Circular N", its study group) and whose
     * {@code href} is its PDF ({@code /api/circulars/{id}.pdf}; the dispatcher adds the recipient's {@code ?lang=}
     * and attaches that PDF to the e-mail). To the circular's addressees as its first page names them: every Member
     * State administration, every Sector Member, the Associates of its study group, and, among the copies, the chair
     * of its study group (recflow holds no accounts for Academia, vice-chairs or the BDT and BR directors; TSB issued
     * it and is not told). The same audience for every kind of circular.
     */
    @EventListener
    void on(CircularEvents.CircularIssued c) {
        issuing().add(c.number() + "|" + c.issuedOn());
        Subject s = new Subject("CIRCULAR", c.circularId(), c.number(), c.studyGroup());
        publish(new Notification(UUID.randomUUID(), NotificationType.CIRCULAR, clock.instant(), s, c.kind().name(), null,
                c.number() + " of " + c.issuedOn() + " (" + c.kind() + ", " + c.covers().size() + " text(s)) issued for " + c.studyGroup(),
                "/api/circulars/" + c.circularId() + ".pdf",
                new Audience(true, null, true, c.studyGroup(), c.studyGroup(), false, List.of())));
    }

    private static final String ISSUING = NotificationEvents.class.getName() + ".issuing";

    /**
     * The circulars ("number|issuedOn") issued in the current transaction, bound to it and dropped at its end; an
     * empty set that remembers nothing outside a transaction.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> issuing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<String> issued = (Set<String>) TransactionSynchronizationManager.getResource(ISSUING);
        if (issued == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(ISSUING, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ISSUING);
                }
            });
            issued = fresh;
        }
        return issued;
    }

    @EventListener
    void on(QuestionEvents.QuestionEvent e) {
        Subject s = e.subject();
        Notification n = null;
        if (e instanceof QuestionEvents.ConsultationOpened o) {
            n = notification(NotificationType.PERIOD_OPENED, s, "QUESTION_CONSULTATION", o.closesAt(),
                    "Consultation of the Member States opened for " + s.label() + " until " + o.closesAt(),
                    new Audience(true, null, false, null, null, false, List.of()));
        } else if (e instanceof QuestionEvents.ConsultationClosed c) {
            n = closed(s, "QUESTION_CONSULTATION", "Consultation closed for " + s.label(),
                    Audience.Submitters.QUESTION_REPLIES);
        } else if (e instanceof QuestionEvents.OutcomeDecided o) {
            n = notification(NotificationType.OUTCOME, s, o.status().name(), null,
                    s.label() + ": " + o.status() + " (" + o.reason() + ")", new Audience(true, null, false, null, s.studyGroup(), true, List.of()));
        }
        publish(n);
    }

    @EventListener
    void on(DeletionEvents.DeletionEvent e) {
        Subject s = e.subject();
        if (e instanceof DeletionEvents.ObjectionPeriodOpened o) {
            publish(notification(NotificationType.PERIOD_OPENED, s, "DELETION", o.closesAt(),
                    "Objections to deleting " + s.label() + " may be made until " + o.closesAt(),
                    new Audience(true, null, true, null, null, false, List.of())));
        } else if (e instanceof DeletionEvents.ObjectionPeriodClosed c) {
            publish(closed(s, "DELETION", "The window for objections to deleting " + s.label() + " closed with " + c.objections() + " objection(s)",
                    c.objections() == 0 ? null : Audience.Submitters.DELETION_OBJECTIONS));
            publish(notification(NotificationType.OUTCOME, s, c.status().name(), null, s.label() + ": " + c.status() + " (" + c.reason() + ")",
                    new Audience(true, null, true, null, s.studyGroup(), true, List.of())));
        }
    }

    @EventListener
    void on(ReminderEvents.ReminderDue r) {
        publish(notification(NotificationType.REMINDER, r.subject(), "REPLY", r.closesAt(),
                r.subject().label() + ": the consultation closes at " + r.closesAt() + " and " + r.memberState() + " has not replied",
                Audience.accounts(Recipients.memberStateAccount(r.memberState()))));
    }

    @EventListener
    void on(ReminderEvents.ActionDue a) {
        Audience to = "TSB".equals(a.waitingOn()) ? new Audience(false, null, false, null, null, true, List.of())
                : new Audience(false, null, false, null, a.studyGroup(), false, List.of());
        publish(notification(NotificationType.ACTION_DUE, a.subject(), a.deadlineKind(), a.dueAt(),
                a.subject().label() + ": " + a.deadlineKind() + " due at " + a.dueAt() + " (" + a.moment() + ")", to));
    }

    /** A period closed: to the chair, TSB and those who submitted in it ({@code submitters}, null: no one did). */
    private Notification closed(Subject s, String kind, String summary, Audience.Submitters submitters) {
        return notification(NotificationType.PERIOD_CLOSED, s, kind, null, summary,
                new Audience(false, null, false, null, s.studyGroup(), true, List.of(), submitters));
    }

    private Notification notification(NotificationType type, Subject s, String kind, Instant dueAt, String summary, Audience to) {
        return new Notification(UUID.randomUUID(), type, clock.instant(), s, kind, dueAt, summary, href(s), to);
    }

    /** The page where one acts on the subject, relative to the public base URL. */
    static String href(Subject s) {
        return "APPROVAL".equals(s.type()) ? "/dashboard/approvals/" + s.id() : "/dashboard";
    }

    private void publish(Notification n) {
        if (n == null) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            events.publishEvent(n);
        } else {
            tx.executeWithoutResult(status -> events.publishEvent(n));
        }
    }
}
