package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.TSB;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.CommentKind;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.membership.MemberRegistry;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17, e-mail end to end through a real SMTP server (GreenMail on a free loopback port): an AAP Last Call opening
 * reaches every eligible subscribed account (Member States, Sector Members, SG20's Associates) once, in its language,
 * with the deadline as an iCalendar attachment and the link to the approval's page; an account that chose not to hear
 * of periods opening and the ineligible accounts get nothing; a second dispatcher run sends nothing more.
 */
@SpringTest
class NotificationMailTest extends MailTestSupport {

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired Dispatcher dispatcher;
    @Autowired Notifications notifications;
    @Autowired MemberRegistry registry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAapLastCallReachesEveryEligibleSubscribedAccountOnce() throws Exception {
        // France wants outcomes only; Germany reads its mail elsewhere; China's account reads Chinese by default
        notifications.subscribe(Actors.memberState("FRA"), new SubscriptionChange("fra@example.org", "en", null, List.of(NotificationType.OUTCOME)));
        notifications.subscribe(Actors.memberState("DEU"), new SubscriptionChange("notify@bnetza.example.de", "en", null,
                List.of(NotificationType.PERIOD_OPENED)));

        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW, "Digital twin reference model",
                "SG20", List.of("Q2/20"), "Defines a reference model for digital twins of cities.", "SG20-TD1234", LocalDate.parse("2027-01-08"),
                null, null)).id();
        clock.set("2027-01-18T08:00:00Z");
        Instant closes = approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-01-18"))).lastCall().closesAt();

        Set<String> expected = new HashSet<>();
        registry.memberStates().forEach(ms -> expected.add(ms.code().toLowerCase(Locale.ROOT) + "@example.org"));
        expected.remove("fra@example.org");
        expected.remove("deu@example.org");
        expected.add("notify@bnetza.example.de");
        registry.sectorMembers().forEach(sm -> expected.add(sm.id() + "@example.org"));
        registry.associates().stream().filter(as -> "SG20".equals(as.studyGroup())).forEach(as -> expected.add(as.id() + "@example.org"));
        assertThat(registry.associates()).anyMatch(as -> !"SG20".equals(as.studyGroup()));

        int sent = dispatcher.runDue();
        int again = dispatcher.runDue();

        assertThat(sent).isEqualTo(expected.size());
        assertThat(again).isZero();
        Map<String, List<MimeMessage>> byAddress = new HashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                byAddress.computeIfAbsent(((InternetAddress) to).getAddress(), k -> new ArrayList<>()).add(m);
            }
        }
        assertThat(byAddress.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byAddress.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        assertThat(byAddress).doesNotContainKeys("chair-sg20@example.org", "tsb@example.org", "fra@example.org");

        MimeMessage english = byAddress.get("bra@example.org").get(0);
        assertThat(english.getSubject()).contains("Period opened").contains("Y.4480");
        String text = part(english, "text/plain");
        assertThat(text).contains("Last Call").contains("https://recflow.example.org/dashboard/approvals/" + id);
        assertThat(part(english, "text/html")).contains("href=\"https://recflow.example.org/dashboard/approvals/" + id + "\"");
        VEvent event = calendar(english).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(closes);

        MimeMessage chinese = byAddress.get("chn@example.org").get(0);
        assertThat(chinese.getSubject()).contains("期限开始");
        assertThat(part(chinese, "text/plain")).contains("最后征询期").doesNotContain("Last Call");

        List<DeliveryView> log = notifications.log(TSB, null, "DELIVERED", "PERIOD_OPENED").stream()
                .filter(d -> d.subject().contains("Y.4480")).toList();
        assertThat(log).hasSize(expected.size()).allSatisfy(d -> {
            assertThat(d.channel()).isEqualTo(Channel.EMAIL);
            assertThat(d.attempts()).isEqualTo(1);
        });
        assertThat(notifications.log(Actors.memberState("BRA"), null, null, null)).extracting(DeliveryView::recipient).containsOnly("ms-bra");
    }

    @Test
    void aClosedLastCallIsToldToTheChairTsbAndThoseWhoCommented() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4489", Revision.NEW, "Digital twin glossary",
                "SG20", List.of("Q2/20"), "Terms for digital twins.", "SG20-TD1240", LocalDate.parse("2027-01-08"), null, null)).id();
        clock.set("2027-01-18T08:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-01-18")));
        clock.set("2027-02-01T10:00:00Z");
        approvals.comment(Actors.memberState("KEN"), id, new Commands.SubmitComment(CommentKind.TYPOGRAPHICAL, "a typo in clause 3", null));
        approvals.comment(Actors.ERICSSON, id, new Commands.SubmitComment(CommentKind.TYPOGRAPHICAL, "a typo in clause 5", null));
        clock.moveTo("2027-02-16T00:00:00Z", id);
        dispatcher.runDue();

        Set<String> closedTo = new HashSet<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().contains("Period closed") && m.getSubject().contains("Y.4489")) {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    assertThat(closedTo.add(((InternetAddress) to).getAddress())).isTrue();
                }
            }
        }
        assertThat(closedTo).containsExactlyInAnyOrder("chair-sg20@example.org", "tsb@example.org", "ken@example.org", "ericsson@example.org");
    }

    private static Calendar calendar(MimeMessage m) throws Exception {
        BodyPart p = find((MimeMultipart) m.getContent(), "text/calendar");
        assertThat(p).as("the iCalendar attachment").isNotNull();
        try (InputStream in = p.getInputStream()) {
            return new CalendarBuilder().build(in);
        }
    }
}
