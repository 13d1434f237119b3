package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalEvents;
import org.recflow.consultation.Position;
import org.recflow.kernel.Subject;
import org.recflow.notification.reminder.ReminderEvents;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's first half: a notification's publication row is written in the transaction of the change that causes
 * it (there before the commit, gone with a rollback), is fanned out once the change committed, and a reply writes
 * none. A trigger published outside any transaction is stored all the same.
 */
@SpringTest
class OutboxTransactionTest {

    private static final AtomicLong IDS = new AtomicLong(880_000);

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    private long incompletePublications() {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }

    private long notificationsOf(Subject s) {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.notification_event WHERE subject_type = ? AND subject_id = ?").params(s.type(), s.id())
                .query(Long.class).single();
    }

    private static Subject subject() {
        return new Subject("QUESTION", IDS.incrementAndGet(), "Q9/20 (new)", "SG20");
    }

    private static ReminderEvents.ReminderDue reminder(Subject s) {
        return new ReminderEvents.ReminderDue(s, "SG20", "FRA", Instant.parse("2031-03-01T23:59:59Z"), Duration.ofDays(7));
    }

    @Test
    void thePublicationIsWrittenInTheChangesTransactionAndGoesWithItsRollback() {
        Subject s = subject();
        long before = incompletePublications();
        tx.executeWithoutResult(status -> {
            events.publishEvent(reminder(s));
            assertThat(incompletePublications()).isEqualTo(before + 1);
            assertThat(notificationsOf(s)).isZero();
            status.setRollbackOnly();
        });
        assertThat(incompletePublications()).isEqualTo(before);
        assertThat(notificationsOf(s)).isZero();
    }

    @Test
    void aCommittedChangeIsFannedOutAndItsPublicationCompleted() {
        Subject s = subject();
        long before = incompletePublications();
        tx.executeWithoutResult(status -> events.publishEvent(reminder(s)));
        assertThat(notificationsOf(s)).isEqualTo(1);
        assertThat(incompletePublications()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT type FROM recflow.notification_event WHERE subject_type = ? AND subject_id = ?").params(s.type(), s.id())
                .query(String.class).single()).isEqualTo("REMINDER");
    }

    @Test
    void aTriggerOutsideAnyTransactionIsStoredAllTheSame() {
        Subject s = subject();
        events.publishEvent(reminder(s));
        assertThat(notificationsOf(s)).isEqualTo(1);
    }

    @Test
    void aReplyWritesNoPublication() {
        long before = incompletePublications();
        tx.executeWithoutResult(status -> {
            events.publishEvent(new ApprovalEvents.ReplySubmitted(new Subject("APPROVAL", IDS.incrementAndGet(), "ITU-T D.50 (rev.)", "SG3"),
                    Actors.FRA, "FRA", Position.values()[0], 1));
            assertThat(incompletePublications()).isEqualTo(before);
            status.setRollbackOnly();
        });
    }
}
