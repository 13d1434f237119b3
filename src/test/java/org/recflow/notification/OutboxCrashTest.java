package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recflow.RecflowApplication;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17, "the server killed between commit and delivery, then restarted: delivered once". The application runs on
 * an H2 file database and is stopped at the two points a crash can fall between a change's commit and the delivery:
 * <ol>
 * <li>after the change committed (with its outbox publication) and before the fan-out committed: the fan-out dies
 * (an injected failure in the middle of it, as a process dying there would leave it: rolled back);</li>
 * <li>after the fan-out committed and before anything was sent (the dispatcher never ran).</li>
 * </ol>
 * A new application on the same file resubmits the incomplete publication at start, and its dispatcher delivers each
 * notification to a loopback webhook receiver exactly once, however often it and the resubmission run again.
 */
@Tag("restart")
@DisplayName("A crash between commit and delivery loses no notification and sends none twice")
class OutboxCrashTest {

    /** While set, the fan-out dies half-way (after its first query, before it writes anything lasting). */
    static final AtomicBoolean CRASH_IN_FAN_OUT = new AtomicBoolean();

    @TempDir Path dir;

    private ConfigurableApplicationContext context;
    private HttpServer server;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    @AfterEach
    void tearDown() {
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.stop(0);
        }
        CRASH_IN_FAN_OUT.set(false);
        ClockUtil.reset();
    }

    /** A test-only fault: the recipients' lookup of the fan-out fails while {@link #CRASH_IN_FAN_OUT} is set. */
    static class CrashingFanOut {
        @org.springframework.context.annotation.Bean
        static BeanPostProcessor crashInFanOut() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof Recipients)) {
                        return bean;
                    }
                    ProxyFactory proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((org.aopalliance.intercept.MethodInterceptor) invocation -> {
                        if (CRASH_IN_FAN_OUT.get() && invocation.getMethod().getName().equals("of")) {
                            throw new IllegalStateException("injected: the process died in the fan-out");
                        }
                        return invocation.proceed();
                    });
                    return proxy.getProxy();
                }
            };
        }
    }

    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        context = new SpringApplicationBuilder(RecflowApplication.class, CrashingFanOut.class).main(RecflowApplication.class).run(
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=false",
                "--recflow.notifications.dispatcher-enabled=false",
                "--recflow.notifications.allow-loopback-http=true",
                // the fan-out on the committing thread, so that the test reads its rows as soon as the change returns
                "--recflow.notifications.fan-out-threads=0",
                "--spring.main.banner-mode=off",
                "--logging.level.org.camunda.bpm=WARN",
                "--logging.level.org.flywaydb=WARN");
        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
        return context;
    }

    private void stop() {
        context.close();
        context = null;
    }

    private static void clock(String iso) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(iso)));
    }

    private long lastCall(ApprovalManagement approvals, String recommendation) {
        Actor chair = new Actor("chair-sg20", Role.CHAIR, null, "SG20");
        clock("2027-01-11T09:00:00Z");
        long id = approvals.start(chair, new Commands.StartApproval(Procedure.AAP, recommendation, Revision.NEW, "Digital twins " + recommendation,
                "SG20", List.of("Q2/20"), "A text on digital twins.", "SG20-TD1234", LocalDate.parse("2027-01-08"), null, null)).id();
        clock("2027-01-18T08:00:00Z");
        approvals.announceLastCall(new Actor("tsb", Role.TSB, null, null), id, new Commands.Announce(LocalDate.parse("2027-01-18")));
        return id;
    }

    private long count(String sql) {
        return context.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
    }

    @Test
    void aNotificationCommittedButNotDeliveredIsDeliveredOnceAfterARestart() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger()).incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String hook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";

        start();
        Actor france = new Actor("ms-fra", Role.MEMBER_STATE, "FRA", null);
        context.getBean(Notifications.class).subscribe(france, new SubscriptionChange(null, "en", hook, List.of(NotificationType.PERIOD_OPENED)));
        ApprovalManagement approvals = context.getBean(ApprovalManagement.class);
        // 1: the change commits with its publication, the fan-out dies
        CRASH_IN_FAN_OUT.set(true);
        lastCall(approvals, "Y.4490");
        CRASH_IN_FAN_OUT.set(false);
        assertThat(count("SELECT COUNT(*) FROM recflow.event_publication WHERE completion_date IS NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM recflow.notification_event")).isZero();
        // 2: the change and its fan-out commit, nothing is sent
        lastCall(approvals, "Y.4491");
        assertThat(count("SELECT COUNT(*) FROM recflow.notification_event")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM recflow.notification_delivery WHERE status = 'PENDING'")).isEqualTo(1);
        stop();
        assertThat(received).isEmpty();

        start();
        // the start resubmitted the publication left incomplete
        assertThat(count("SELECT COUNT(*) FROM recflow.event_publication WHERE completion_date IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM recflow.notification_event")).isEqualTo(2);
        Dispatcher dispatcher = context.getBean(Dispatcher.class);
        clock("2027-01-18T09:00:00Z");
        dispatcher.runDue();
        dispatcher.resubmitIncomplete();
        clock("2027-01-19T09:00:00Z");
        dispatcher.runDue();

        assertThat(received).hasSize(2);
        assertThat(received.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(count("SELECT COUNT(*) FROM recflow.notification_delivery WHERE status = 'DELIVERED' AND attempts = 1")).isEqualTo(2);
    }
}
