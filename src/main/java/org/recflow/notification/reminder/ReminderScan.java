package org.recflow.notification.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalView;
import org.recflow.consultation.Reply;
import org.recflow.deadline.DeadlineKind;
import org.recflow.deadline.WaitingOn;
import org.recflow.kernel.Subject;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.MemberState;
import org.recflow.question.QuestionManagement;
import org.recflow.sim.SimulatedClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the reminders and ACTION_DUE notices due at the clock's instant (issue 17 §6) as {@link ReminderEvents}: a
 * {@link ReminderEvents.ReminderDue} to every Member State that has not replied in a TAP or Question consultation
 * ({@link ReminderRule}), an {@link ReminderEvents.ActionDue} for every deadline waiting on the chairman or TSB
 * ({@link ActionDueRule}). Reads the open deadlines of the deadline read model ({@code recflow.deadline}).
 * <p>
 * Each fires once: its row in {@code recflow.reminder_trigger} (V15) is inserted and its event published in one
 * transaction of its own; a second scan, on this node or another, finds the row (or fails on its key and moves on), and
 * an event whose listener fails rolls the row back, so the next scan tries again. Runs on {@code recflow.notifications.scan-cron}
 * on every node and, in {@code sim}, after each move of the simulated clock ({@link SimulatedClock.Moved}).
 */
@Component
public class ReminderScan {

    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

    private static final String COLUMNS = "d.id, d.subject_type, d.subject_id, d.subject, d.study_group, d.kind, d.waiting_on, d.opened_at, d.due_at";

    /** One open deadline as the scan reads it. */
    record Open(long id, Subject subject, DeadlineKind kind, WaitingOn waitingOn, Instant openedAt, Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApprovalManagement approvals;
    private final QuestionManagement questions;
    private final MemberRegistry registry;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final ReminderRule reminders;
    private final ActionDueRule actions;

    ReminderScan(JdbcClient jdbc, Clock clock, ApprovalManagement approvals, QuestionManagement questions,
            MemberRegistry registry, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ReminderProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.approvals = approvals;
        this.questions = questions;
        this.registry = registry;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reminders = new ReminderRule(properties.reminders());
        this.actions = new ActionDueRule(properties.actionSoon());
    }

    @Scheduled(cron = "${recflow.notifications.scan-cron:0 * * * * *}")
    void onSchedule() {
        scan();
    }

    @EventListener
    void onClockMoved(SimulatedClock.Moved moved) {
        scan();
    }

    /** Fires everything due at the clock's instant that has not fired yet; answers how many events this call published. */
    public synchronized int scan() {
        Instant now = clock.instant();
        return scanReminders(now) + scanActions(now);
    }

    private int scanReminders(Instant now) {
        List<Open> closing = jdbc.sql("SELECT " + COLUMNS + " FROM recflow.deadline d WHERE d.closed_at IS NULL"
                        + " AND d.due_at >= ? AND d.due_at <= ? AND d.kind IN (?, ?) ORDER BY d.closed_at, d.due_at, d.id")
                .params(Timestamp.from(now.minusSeconds(1)), Timestamp.from(now.plus(reminders.longest())),
                        DeadlineKind.CONSULTATION_CLOSE.name(), DeadlineKind.QUESTION_CONSULTATION_CLOSE.name())
                .query(ReminderScan::map).list();
        int fired = 0;
        for (Open d : closing) {
            Duration before = reminders.dueAt(d.openedAt(), d.dueAt(), now).orElse(null);
            if (before == null) {
                continue;
            }
            String moment = before.toString();
            Set<String> done = new HashSet<>(jdbc.sql("SELECT recipient FROM recflow.reminder_trigger WHERE deadline_id = ? AND moment = ? AND due_at = ?")
                    .params(d.id(), moment, Timestamp.from(d.dueAt())).query(String.class).list());
            for (String memberState : ReminderRule.recipients(eligible(d.subject()), replied(d.subject()))) {
                if (!done.contains(memberState) && fire(d, memberState, moment, d.dueAt(), now,
                        new ReminderEvents.ReminderDue(d.subject(), d.subject().studyGroup(), memberState, d.dueAt(), before))) {
                    fired++;
                }
            }
        }
        return fired;
    }

    private int scanActions(Instant now) {
        // the deadlines not yet announced as opened, and those due within the SOON lead that are not yet announced overdue
        List<Open> waiting = jdbc.sql("SELECT " + COLUMNS + " FROM recflow.deadline d WHERE d.closed_at IS NULL AND d.waiting_on IN (?, ?)"
                        + " AND (NOT EXISTS (SELECT 1 FROM recflow.reminder_trigger t WHERE t.deadline_id = d.id AND t.moment = 'OPENED')"
                        + " OR (d.due_at <= ? AND NOT EXISTS (SELECT 1 FROM recflow.reminder_trigger t WHERE t.deadline_id = d.id"
                        + " AND t.moment = 'OVERDUE' AND t.due_at = d.due_at))) ORDER BY d.due_at, d.id")
                .params(WaitingOn.CHAIR.name(), WaitingOn.TSB.name(), Timestamp.from(now.plus(actions.soon())))
                .query(ReminderScan::map).list();
        int fired = 0;
        for (Open d : waiting) {
            Set<String> done = jdbc.sql("SELECT moment, due_at FROM recflow.reminder_trigger WHERE deadline_id = ?")
                    .param(d.id()).query((rs, n) -> rs.getString("moment") + "@" + rs.getTimestamp("due_at").toInstant())
                    .set();
            for (ActionDueRule.Moment moment : actions.reached(d.openedAt(), d.dueAt(), now)) {
                Instant about = moment == ActionDueRule.Moment.OPENED ? d.openedAt() : d.dueAt();
                if (!done.contains(moment.name() + "@" + about) && fire(d, d.waitingOn().name(), moment.name(), about, now,
                        new ReminderEvents.ActionDue(d.subject(), d.subject().studyGroup(), d.kind().name(), d.waitingOn().name(),
                                d.dueAt(), moment.name()))) {
                    fired++;
                }
            }
        }
        return fired;
    }

    /** Inserts the trigger's row and publishes its event in one new transaction; false when it had fired already. */
    private boolean fire(Open d, String recipient, String moment, Instant about, Instant now, Object event) {
        try {
            ownTransaction.executeWithoutResult(s -> {
                jdbc.sql("""
                        INSERT INTO recflow.reminder_trigger (deadline_id, recipient, moment, due_at, subject_type, subject_id, fired_at)
                        VALUES (?,?,?,?,?,?,?)""")
                        .params(d.id(), recipient, moment, Timestamp.from(about), d.subject().type(), d.subject().id(),
                                Timestamp.from(now))
                        .update();
                events.publishEvent(event);
            });
            return true;
        } catch (DataAccessException e) {
            // another node fired it between our read and our insert: its row is there now
            if (alreadyFired(d.id(), recipient, moment, about)) {
                log.debug("{} {} of deadline {} fired elsewhere", moment, recipient, d.id());
                return false;
            }
            throw e;
        }
    }

    private boolean alreadyFired(long deadlineId, String recipient, String moment, Instant about) {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.reminder_trigger WHERE deadline_id = ? AND recipient = ? AND moment = ? AND due_at = ?")
                .params(deadlineId, recipient, moment, Timestamp.from(about)).query(Long.class).single() > 0;
    }

    /** The Member States that may reply: a TAP text's regional group (Res. 1 §9.3.5), else every Member State. */
    private Set<String> eligible(Subject subject) {
        Set<String> all = registry.memberStates().stream().map(MemberState::code).collect(Collectors.toSet());
        if (approvals.subjectType().equals(subject.type())) {
            ApprovalView approval = approvals.get(subject.id());
            if (approval.regionalGroup() != null) {
                return registry.regionalGroup(approval.regionalGroup()).orElse(all);
            }
        }
        return all;
    }

    private Set<String> replied(Subject subject) {
        List<Reply> replies = approvals.subjectType().equals(subject.type()) ? approvals.replies(subject.id())
                : questions.replies(subject.id());
        return replies.stream().map(Reply::memberState).collect(Collectors.toSet());
    }

    private static Open map(ResultSet rs, int n) throws SQLException {
        return new Open(rs.getLong("id"),
                new Subject(rs.getString("subject_type"), rs.getLong("subject_id"), rs.getString("subject"), rs.getString("study_group")),
                DeadlineKind.valueOf(rs.getString("kind")), WaitingOn.valueOf(rs.getString("waiting_on")),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("due_at").toInstant());
    }
}
