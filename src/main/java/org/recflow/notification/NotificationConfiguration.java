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
class NotificationConfiguration {

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
