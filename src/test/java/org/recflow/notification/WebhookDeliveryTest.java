package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.TSB;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.membership.Actor;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17, webhooks: a receiver on a loopback port checks each request's Standard Webhooks signature with the secret
 * the subscription answered, fails twice, then accepts: three attempts, one effect, each attempt only once its growing
 * delay has passed on the clock (moved, never slept for). A receiver that never accepts is given up after 24 hours.
 */
@SpringTest
class WebhookDeliveryTest {

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired Dispatcher dispatcher;
    @Autowired Notifications notifications;
    @Autowired MockMvc mvc;

    private HttpServer server;
    private Actor subscriber;

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.stop(0);
        }
        if (subscriber != null) {
            notifications.subscribe(subscriber, new SubscriptionChange(null, "en", null, List.of()));
        }
        clock.reset();
    }

    /** What the receiver saw: every attempt (id, whether its signature held) and the ids it acted on. */
    static final class Receiver {
        final List<String> attempts = Collections.synchronizedList(new ArrayList<>());
        final List<String> effects = Collections.synchronizedList(new ArrayList<>());
        final List<Boolean> signaturesValid = Collections.synchronizedList(new ArrayList<>());
        volatile String secret;
    }

    private Receiver listen(int failures) throws IOException {
        Receiver r = new Receiver();
        AtomicInteger failed = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            r.attempts.add(id);
            r.signaturesValid.add(WebhookSignature.sign(r.secret, id, timestamp, body).equals(signature) && body.contains("\"id\":\"" + id + "\""));
            int status;
            if (failed.getAndIncrement() < failures) {
                status = 500;
            } else {
                if (!r.effects.contains(id)) {
                    r.effects.add(id);
                }
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return r;
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private long lastCallOpenedAt(String at) {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4481", Revision.NEW, "Digital twin interfaces", "SG20",
                List.of("Q2/20"), "Interfaces of digital twins.", "SG20-TD1235", LocalDate.parse("2027-01-08"), null, null)).id();
        clock.set(at);
        approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-01-18")));
        return id;
    }

    private List<DeliveryView> webhooksOf(Actor a) {
        return notifications.log(TSB, a.username(), null, "PERIOD_OPENED").stream().filter(d -> d.channel() == Channel.WEBHOOK).toList();
    }

    @Test
    void aReceiverThatFailsTwiceThenAcceptsGetsThreeAttemptsAndOneEffect() throws IOException {
        Receiver receiver = listen(2);
        subscriber = Actors.memberState("BRA");
        SubscriptionView sub = notifications.subscribe(subscriber, new SubscriptionChange(null, "en", url(), List.of(NotificationType.PERIOD_OPENED)));
        receiver.secret = sub.webhookSecret();
        assertThat(receiver.secret).startsWith("whsec_");

        lastCallOpenedAt("2027-01-18T08:00:00Z");
        dispatcher.runDue();
        assertThat(receiver.attempts).hasSize(1);
        DeliveryView first = webhooksOf(subscriber).get(0);
        assertThat(first.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(first.lastError()).isEqualTo("HTTP 500");

        // not yet due: the clock has not moved
        dispatcher.runDue();
        assertThat(receiver.attempts).hasSize(1);

        clock.set(first.nextAttemptAt());
        dispatcher.runDue();
        assertThat(receiver.attempts).hasSize(2);
        DeliveryView second = webhooksOf(subscriber).get(0);
        assertThat(java.time.Duration.between(first.nextAttemptAt(), second.nextAttemptAt()))
                .isGreaterThan(java.time.Duration.between(Instant.parse("2027-01-18T08:00:00Z"), first.nextAttemptAt()));

        clock.set(second.nextAttemptAt());
        dispatcher.runDue();
        clock.set("2027-01-20T00:00:00Z");
        dispatcher.runDue();

        assertThat(receiver.attempts).hasSize(3).containsOnly(receiver.attempts.get(0));
        assertThat(receiver.signaturesValid).containsExactly(true, true, true);
        assertThat(receiver.effects).containsExactly(receiver.attempts.get(0));
        DeliveryView done = webhooksOf(subscriber).get(0);
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.eventId().toString()).isEqualTo(receiver.attempts.get(0));
    }

    @Test
    void aReceiverThatNeverAcceptsIsGivenUpAfterTwentyFourHours() throws IOException {
        Receiver receiver = listen(Integer.MAX_VALUE);
        subscriber = Actors.memberState("KEN");
        receiver.secret = notifications.subscribe(subscriber, new SubscriptionChange(null, "en", url(), List.of(NotificationType.PERIOD_OPENED)))
                .webhookSecret();

        lastCallOpenedAt("2027-01-18T08:00:00Z");
        Instant giveUp = Instant.parse("2027-01-19T08:00:00Z");
        dispatcher.runDue();
        while (webhooksOf(subscriber).get(0).status() == DeliveryStatus.RETRYING) {
            Instant next = webhooksOf(subscriber).get(0).nextAttemptAt();
            assertThat(next).isBeforeOrEqualTo(giveUp);
            clock.set(next);
            dispatcher.runDue();
        }
        DeliveryView failed = webhooksOf(subscriber).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(receiver.attempts).hasSize(failed.attempts()).hasSizeGreaterThan(10);
        clock.set("2027-01-25T00:00:00Z");
        dispatcher.runDue();
        assertThat(receiver.attempts).hasSize(failed.attempts());
        assertThat(notifications.log(TSB, subscriber.username(), "FAILED", null)).extracting(DeliveryView::id).contains(failed.id());

        // the page: TSB sees the failure, with its last error; Kenya sees its own; France sees none of Kenya's
        Document tsbPage = page("tsb", "/notifications?recipient=ms-ken&status=FAILED");
        assertThat(tsbPage.select("#deliveries tbody tr[data-status=FAILED]")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text()).contains("ms-ken", "WEBHOOK", "HTTP 500"));
        assertThat(tsbPage.select("#failed-count").text()).isNotEmpty();
        assertThat(page("ms-ken", "/notifications").select("#deliveries tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text()).contains("ms-ken"));
        assertThat(page("ms-fra", "/notifications").select("#deliveries tbody tr")).noneSatisfy(row -> assertThat(row.text()).contains("ms-ken"));
        assertThat(page("ms-fra", "/notifications?recipient=ms-ken").select("p.error").text()).contains("only TSB");
    }

    private Document page(String user, String path) {
        try {
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                    .andExpect(status().isFound()).andReturn().getRequest().getSession();
            String html = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return Jsoup.parse(html);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
