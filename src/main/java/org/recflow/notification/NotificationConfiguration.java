package org.recflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
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
        return () -> {
            long backlog = dispatcher.backlog();
            long incomplete = dispatcher.incompletePublications();
            Status status = backlog + incomplete > props.backlogThreshold() ? Status.OUT_OF_SERVICE : Status.UP;
            return Health.status(status).withDetail("deliveriesWaiting", backlog).withDetail("publicationsWaiting", incomplete)
                    .withDetail("threshold", props.backlogThreshold()).build();
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
