package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.TSB;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.circular.CircularKind;
import org.recflow.circular.CircularManagement;
import org.recflow.circular.CircularView;
import org.recflow.circular.Language;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.MemberRegistry;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 item 5: issuing a circular tells its addressees (every Member State administration, every Sector Member,
 * the Associates of its study group, its study group's chair) once each by e-mail through a real SMTP server, with
 * the circular's PDF in the recipient's language attached (and a webhook's {@code href} to that PDF); a result told by
 * the circular is not told again on its own; a refused issue tells no one.
 */
@SpringTest
class CircularNotificationMailTest extends MailTestSupport {

    @Autowired ApprovalManagement approvals;
    @Autowired CircularManagement circulars;
    @Autowired TestClock clock;
    @Autowired Dispatcher dispatcher;
    @Autowired Notifications notifications;
    @Autowired MemberRegistry registry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** TAP texts of SG20 determined on 2026-11-30 for the meeting starting {@code start}, and the draft that lists them. */
    private long draftedTapCircular(LocalDate start, String... recs) {
        clock.set("2026-12-01T09:00:00Z");
        for (String rec : recs) {
            approvals.start(CHAIR_SG20, new Commands.StartApproval(Procedure.TAP, rec, Revision.NEW, "Title of " + rec, "SG20", List.of("Q1/20"),
                    "Summary of " + rec + ".", "SG20-TD-" + rec, LocalDate.parse("2026-11-30"), new Commands.MeetingDates(start, start.plusDays(9)),
                    null));
        }
        clock.set("2027-01-05T09:00:00Z");
        return circulars.draft(TSB, new org.recflow.circular.Commands.DraftCircular(CircularKind.TAP_CONSULTATION, null, null, null, null, null, null,
                "SG20", start, null)).id();
    }

    private static boolean aboutCircular(String subject, String number) {
        return subject != null && subject.contains(number);
    }

    @Test
    void anIssuedTapConsultationCircularReachesItsAddresseesOnceWithThePdfInTheirLanguage() throws Exception {
        // the other mail test changes these two; here they hear of everything at their usual address
        for (String code : List.of("FRA", "DEU")) {
            notifications.subscribe(Actors.memberState(code), new SubscriptionChange(code.toLowerCase(Locale.ROOT) + "@example.org", "en", null,
                    List.of(NotificationType.values())));
        }
        long id = draftedTapCircular(LocalDate.parse("2027-05-24"), "Y.4901", "Y.4902");
        clock.set("2027-01-06T10:00:00Z");
        CircularView issued = circulars.issue(TSB, id, new org.recflow.circular.Commands.IssueCircular("TSB Circular 9301", LocalDate.parse("2027-01-06")));
        LocalDate deadline = issued.replyDeadline().atZone(ZoneOffset.UTC).toLocalDate();

        dispatcher.runDue();

        Set<String> expected = new HashSet<>();
        registry.memberStates().forEach(ms -> expected.add(ms.code().toLowerCase(Locale.ROOT) + "@example.org"));
        registry.sectorMembers().forEach(sm -> expected.add(sm.id() + "@example.org"));
        registry.associates().stream().filter(as -> "SG20".equals(as.studyGroup())).forEach(as -> expected.add(as.id() + "@example.org"));
        expected.add("chair-sg20@example.org");
        Map<String, List<MimeMessage>> byAddress = receivedByAddress(s -> aboutCircular(s, "TSB Circular 9301"));
        assertThat(byAddress.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byAddress.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        assertThat(byAddress).doesNotContainKey("tsb@example.org");

        MimeMessage english = byAddress.get("bra@example.org").get(0);
        assertThat(attachmentName(english)).isEqualTo("TSB-Circular-9301-en.pdf");
        String en = squeeze(pdfText(english));
        assertThat(en).contains(squeeze("24:00 hours UTC on " + Language.EN.date(deadline))).contains("Y.4901").contains("Y.4902");
        assertThat(part(english, "text/plain")).contains("https://recflow.example.org/api/circulars/" + id + ".pdf?lang=en");

        MimeMessage chinese = byAddress.get("chn@example.org").get(0);
        assertThat(chinese.getSubject()).contains("通函");
        assertThat(attachmentName(chinese)).isEqualTo("TSB-Circular-9301-zh.pdf");
        String zh = squeeze(pdfText(chinese));
        assertThat(zh).contains(squeeze(Language.ZH.date(deadline) + "24:00（UTC）")).contains("电信标准化局第9301号通函")
                .doesNotContain(squeeze("24:00 hours UTC"));
        assertThat(part(chinese, "text/plain")).contains("/api/circulars/" + id + ".pdf?lang=zh");

        // the deliveries are logged as CIRCULAR about the circular, and a second run sends nothing more
        assertThat(notifications.log(TSB, null, "DELIVERED", "CIRCULAR").stream().filter(d -> d.subject().contains("TSB Circular 9301")))
                .hasSize(expected.size());
        assertThat(dispatcher.runDue()).isZero();
    }

    @Test
    void aRefusedIssueTellsNoOne() throws Exception {
        long id = draftedTapCircular(LocalDate.parse("2027-06-21"), "Y.4911", "Y.4912");
        long withdrawn = circulars.get(id).texts().get(1).subjectId();
        approvals.withdraw(CHAIR_SG20, withdrawn, new Commands.Withdraw("merged into Y.4911"));
        clock.set("2027-01-06T10:00:00Z");

        assertThatThrownBy(() -> circulars.issue(TSB, id, new org.recflow.circular.Commands.IssueCircular("TSB Circular 9302",
                LocalDate.parse("2027-01-06")))).isInstanceOf(RecflowException.class);
        dispatcher.runDue();

        assertThat(receivedByAddress(s -> aboutCircular(s, "TSB Circular 9302"))).isEmpty();
        assertThat(notifications.log(TSB, null, null, "CIRCULAR")).noneMatch(d -> d.subject().contains("TSB Circular 9302"));
        // nor did the consultation of the text before the refused one open
        assertThat(receivedByAddress(s -> s != null && s.contains("Y.4911") && !s.contains("Withdrawn"))).isEmpty();
    }

    @Test
    void aResultNotifiedByAnIssuedCircularIsToldOnceAsThatCircular() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long text = approvals.start(CHAIR_SG20, new Commands.StartApproval(Procedure.TAP, "Y.4921", Revision.NEW, "Title of Y.4921", "SG20",
                List.of("Q1/20"), "Summary of Y.4921.", "SG20-TD-Y.4921", LocalDate.parse("2026-11-30"),
                new Commands.MeetingDates(LocalDate.parse("2027-07-05"), LocalDate.parse("2027-07-14")), null)).id();
        clock.set("2027-01-06T08:00:00Z");
        var consultation = approvals.announceConsultation(TSB, text, new Commands.AnnounceConsultation(LocalDate.parse("2027-01-06"), null, null))
                .consultation();
        approvals.reply(Actors.FRA, text, "FRA", new Commands.SubmitReply(org.recflow.consultation.Position.AGAINST, "r", "p"));
        clock.moveTo(consultation.closesAt().plusSeconds(1).toString(), text);
        long id = circulars.draft(TSB, new org.recflow.circular.Commands.DraftCircular(CircularKind.RESULT, List.of(text), null, null, null, null,
                null, null, null, null)).id();
        dispatcher.runDue();
        SMTP.purgeEmailFromAllMailboxes();
        // Russia reads Russian and has a webhook too: the webhook's href and the attachment are in Russian
        List<String> hooks = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Boolean> signed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        String[] secret = new String[1];
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            hooks.add(body);
            signed.add(WebhookSignature.sign(secret[0], h.getFirst("webhook-id"), Long.parseLong(h.getFirst("webhook-timestamp")), body)
                    .equals(h.getFirst("webhook-signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            secret[0] = notifications.subscribe(Actors.memberState("RUS"), new SubscriptionChange("rus@example.org", "ru",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", List.of(NotificationType.CIRCULAR))).webhookSecret();

            circulars.issue(TSB, id, new org.recflow.circular.Commands.IssueCircular("TSB Circular 9303", null));
            dispatcher.runDue();
        } finally {
            server.stop(0);
            notifications.subscribe(Actors.memberState("RUS"), new SubscriptionChange("rus@example.org", "en", null, List.of(NotificationType.values())));
        }
        assertThat(hooks).singleElement().satisfies(body -> assertThat(body).contains("\"type\":\"CIRCULAR\"")
                .contains("\"href\":\"https://recflow.example.org/api/circulars/" + id + ".pdf?lang=ru\""));
        assertThat(signed).containsExactly(true);

        // one CIRCULAR per recipient, about the circular; none about the text (its result step is this circular's)
        Map<String, List<MimeMessage>> byAddress = receivedByAddress(s -> s.contains("Circular") || s.contains("通函"));
        assertThat(byAddress).isNotEmpty().containsKey("chair-sg20@example.org");
        assertThat(byAddress.values()).allSatisfy(list -> assertThat(list).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("TSB Circular 9303")));
        assertThat(notifications.log(TSB, null, null, "CIRCULAR")).noneMatch(d -> d.subject().contains("Y.4921"));
        assertThat(attachmentName(byAddress.get("rus@example.org").get(0))).isEqualTo("TSB-Circular-9303-ru.pdf");
    }

    private static String attachmentName(MimeMessage m) throws Exception {
        BodyPart p = find((MimeMultipart) m.getContent(), "application/pdf");
        assertThat(p).as("the PDF attachment").isNotNull();
        return p.getFileName();
    }

    private static String pdfText(MimeMessage m) throws Exception {
        BodyPart p = find((MimeMultipart) m.getContent(), "application/pdf");
        assertThat(p).as("the PDF attachment").isNotNull();
        try (InputStream in = p.getInputStream(); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Without white space: PDF text extraction breaks lines where the layout does. */
    private static String squeeze(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
