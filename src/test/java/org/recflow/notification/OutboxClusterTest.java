package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recflow.RecflowApplication;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.postgres.PostgresDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17, "two nodes on PostgreSQL: each event delivered once". Two recflow nodes (application contexts with engines
 * of their own) on one PostgreSQL database: Last Calls opened through each node, one notification fanned out by both
 * nodes at the same moment (a resubmission racing the first run), and both nodes' dispatchers running at the same time
 * until nothing is due. A loopback webhook receiver counts what reaches each account: every notification once.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Two nodes on one PostgreSQL deliver each notification to each account once")
class OutboxClusterTest {

    private static final int ACCOUNTS = 20;

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private HttpServer server;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final List<Actor> subscribers = new ArrayList<>();

    private ConfigurableApplicationContext node(String url, String name) {
        return new SpringApplicationBuilder(RecflowApplication.class).run(
                "--spring.profiles.active=postgres",
                "--recflow.demo-accounts-on-any-database=true",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.USER,
                "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                "--spring.datasource.hikari.data-source-properties.currentSchema=public",
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--recflow.notifications.dispatcher-enabled=false",
                "--recflow.notifications.allow-loopback-http=true",
                // the fan-out on the committing thread, so that the test reads its rows as soon as the change returns
                "--recflow.notifications.fan-out-threads=0",
                "--spring.main.banner-mode=off",
                "--logging.level.org.camunda.bpm=WARN",
                "--logging.level.org.flywaydb=WARN");
    }

    @BeforeAll
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("webhook-id"),
                    k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String url = PostgresDatabase.fresh("outbox");
        // one after the other: the first node creates the tables, the second finds them
        nodeA = node(url, "outbox-a");
        nodeB = node(url, "outbox-b");
    }

    @AfterAll
    void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (server != null) {
            server.stop(0);
        }
        ClockUtil.reset();
    }

    private static void clock(String iso) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(iso)));
    }

    private static void lastCall(ConfigurableApplicationContext node, String recommendation) {
        ApprovalManagement approvals = node.getBean(ApprovalManagement.class);
        clock("2027-01-11T09:00:00Z");
        long id = approvals.start(new Actor("chair-sg20", Role.CHAIR, null, "SG20"), new Commands.StartApproval(Procedure.AAP, recommendation,
                Revision.NEW, "Digital twins " + recommendation, "SG20", List.of("Q2/20"), "A text on digital twins.", "SG20-TD1234",
                LocalDate.parse("2027-01-08"), null, null)).id();
        clock("2027-01-18T08:00:00Z");
        approvals.announceLastCall(new Actor("tsb", Role.TSB, null, null), id, new Commands.Announce(LocalDate.parse("2027-01-18")));
    }

    /** Runs {@code a} on node A and {@code b} on node B at the same moment; answers their results (an exception counts as -1). */
    private static List<Integer> together(java.util.concurrent.Callable<Integer> a, java.util.concurrent.Callable<Integer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier barrier = new CyclicBarrier(2);
        try {
            List<Future<Integer>> f = new ArrayList<>();
            for (var task : List.of(a, b)) {
                f.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return -1;
                    }
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> r : f) {
                results.add(r.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachNotificationReachesEachAccountOnceWhateverNodeSendsIt() throws Exception {
        Notifications notifications = nodeA.getBean(Notifications.class);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/";
        List<String> codes = List.of("FRA", "DEU", "BRA", "JPN", "KEN", "CHN", "IND", "USA", "GBR", "ITA", "ESP", "EGY", "ARG", "AUS", "CAN",
                "MEX", "NGA", "KOR", "SWE", "ZAF");
        assertThat(codes).hasSize(ACCOUNTS);
        for (String code : codes) {
            Actor ms = new Actor("ms-" + code.toLowerCase(), Role.MEMBER_STATE, code, null);
            subscribers.add(ms);
            notifications.subscribe(ms, new SubscriptionChange(null, "en", base + ms.username(), List.of(NotificationType.PERIOD_OPENED)));
        }

        lastCall(nodeA, "Y.4500");
        lastCall(nodeB, "Y.4501");
        // one notification fanned out by both nodes at once, as a resubmission racing the first fan-out would
        Notification n = new Notification(UUID.randomUUID(), NotificationType.PERIOD_OPENED, Instant.parse("2027-01-18T08:30:00Z"),
                new Subject("APPROVAL", 999_999, "ITU-T Y.4502 (new)", "SG20"), "LAST_CALL", Instant.parse("2027-02-15T23:59:59Z"),
                "a race", "/dashboard", new Audience(false, null, false, null, null, false, subscribers.stream().map(Actor::username).toList()));
        Outbox outboxA = nodeA.getBean(Outbox.class);
        Outbox outboxB = nodeB.getBean(Outbox.class);
        together(() -> {
            outboxA.fanOut(n);
            return 0;
        }, () -> {
            outboxB.fanOut(n);
            return 0;
        });
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recflow.notification_delivery WHERE channel = 'WEBHOOK'").query(Long.class).single())
                .isEqualTo(3L * ACCOUNTS);

        Dispatcher a = nodeA.getBean(Dispatcher.class);
        Dispatcher b = nodeB.getBean(Dispatcher.class);
        clock("2027-01-18T09:00:00Z");
        int sentA = 0;
        int sentB = 0;
        for (int round = 0; round < 5; round++) {
            List<Integer> r = together(a::runDue, b::runDue);
            sentA += r.get(0);
            sentB += r.get(1);
        }

        assertThat(sentA + sentB).isEqualTo(3 * ACCOUNTS);
        assertThat(received).hasSize(3 * ACCOUNTS);
        assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recflow.notification_delivery WHERE status = 'DELIVERED' AND attempts = 1")
                .query(Long.class).single()).isEqualTo(3L * ACCOUNTS);
    }
}
