package org.recflow.notification.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalEvents;
import org.recflow.kernel.Subject;
import org.recflow.question.QuestionEvents;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The announcements' read model is written in the transaction of the step: an event whose transaction rolls back
 * leaves no announcement, one that commits leaves exactly one, stamped with the clock's instant.
 */
@SpringTest
class AnnouncementsTest {

    static final Instant CLOSES = Instant.parse("2031-02-15T23:59:59Z");

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Announcements announcements;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long count(Subject s) {
        return announcements.newest("SG17", 5000).stream()
                .filter(a -> a.subjectType().equals(s.type()) && a.subjectId() == s.id()).count();
    }

    @Test
    void aStepRolledBackAnnouncesNothingAndOneCommittedAnnouncesOnce() {
        Subject s = new Subject("APPROVAL", 9_300_001L, "ITU-T X.9999 (new) feed test", "SG17");
        clock.set("2031-01-18T08:00:00Z");
        tx.executeWithoutResult(t -> {
            events.publishEvent(new ApprovalEvents.LastCallAnnounced(s, Actors.TSB, LocalDate.parse("2031-01-18"), CLOSES));
            t.setRollbackOnly();
        });
        assertThat(count(s)).isZero();

        tx.executeWithoutResult(t -> events.publishEvent(
                new ApprovalEvents.LastCallAnnounced(s, Actors.TSB, LocalDate.parse("2031-01-18"), CLOSES)));
        assertThat(announcements.newest("SG17", 5000)).filteredOn(a -> a.subjectId() == s.id()).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo("LAST_CALL_OPENED");
                    assertThat(a.announcedAt()).isEqualTo(Instant.parse("2031-01-18T08:00:00Z"));
                    assertThat(a.subject()).isEqualTo("ITU-T X.9999 (new) feed test");
                    assertThat(a.summary()).contains(CLOSES.toString());
                });
    }

    @Test
    void onlyAnnouncementsOfTheStudyGroupAskedForAreRead() {
        Subject sg17 = new Subject("QUESTION", 9_300_002L, "Question Q99/17", "SG17");
        Subject sg13 = new Subject("QUESTION", 9_300_003L, "Question Q99/13", "SG13");
        clock.set("2031-01-19T08:00:00Z");
        tx.executeWithoutResult(t -> {
            events.publishEvent(new QuestionEvents.ConsultationOpened(sg17, LocalDate.parse("2031-01-19"), CLOSES));
            events.publishEvent(new QuestionEvents.ConsultationOpened(sg13, LocalDate.parse("2031-01-19"), CLOSES));
        });
        assertThat(count(sg17)).isEqualTo(1);
        assertThat(announcements.newest("SG17", 5000)).noneMatch(a -> a.subjectId() == sg13.id())
                .allMatch(a -> a.studyGroup().equals("SG17"));
        assertThat(announcements.newest(null, 5000)).anyMatch(a -> a.subjectId() == sg13.id());
    }
}
