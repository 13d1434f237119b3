package org.recflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notifications' operator beans: {@code recflow.notifications.*} ({@link NotificationProperties}), the
 * {@code outbox} health indicator of the readiness group (OUT_OF_SERVICE when the deliveries waiting plus the outbox
 * publications not yet fanned out exceed {@code backlog-threshold}), and the gauges {@code recflow.notifications.backlog}
 * and {@code recflow.outbox.incomplete}; the counter {@code recflow.notifications} (tags status, channel) counts every
 * attempt's outcome ({@link Dispatcher}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@org.springframework.scheduling.annotation.EnableAsync
class NotificationConfiguration {

    /**
     * The executor of {@link Outbox#fanOut}: {@code fanOutThreads} threads of its own (a queue without bound: a
     * publication waiting there is in the registry, and taken up again after a crash), or the caller's thread for 0.
     */
    @Bean(Outbox.FAN_OUT_EXECUTOR)
    org.springframework.core.task.TaskExecutor notificationFanOutExecutor(NotificationProperties props) {
        if (props.fanOutThreads() <= 0) {
            return new org.springframework.core.task.SyncTaskExecutor();
        }
        org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor executor = new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
        executor.setCorePoolSize(props.fanOutThreads());
        executor.setMaxPoolSize(props.fanOutThreads());
        executor.setThreadNamePrefix("notification-fan-out-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    HealthIndicator outboxHealthIndicator(Dispatcher dispatcher, NotificationProperties props) {
        // AbstractHealthIndicator: a database that is away makes this DOWN, never an error answer of the health endpoint
        return new AbstractHealthIndicator("the outbox's backlog could not be read") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                long backlog = dispatcher.backlog();
                long incomplete = dispatcher.incompletePublications();
                Status status = backlog + incomplete > props.backlogThreshold() ? Status.OUT_OF_SERVICE : Status.UP;
                builder.status(status).withDetail("deliveriesWaiting", backlog).withDetail("publicationsWaiting", incomplete)
                        .withDetail("threshold", props.backlogThreshold());
            }
        };
    }

    @Bean
    MeterBinder notificationGauges(Dispatcher dispatcher) {
        return registry -> {
            Gauge.builder("recflow.notifications.backlog", dispatcher, d -> d.backlog())
                .description("deliveries waiting to be sent (PENDING or RETRYING)").register(registry);
        Gauge.builder("recflow.outbox.incomplete", dispatcher, d -> d.incompletePublications())
                .description("outbox publications not yet fanned out into deliveries").register(registry);
        };
    }
}
