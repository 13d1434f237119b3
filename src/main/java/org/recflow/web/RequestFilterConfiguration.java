package org.recflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The filters of {@code /api} around Spring Security's chain (order {@value SecurityProperties#DEFAULT_FILTER_ORDER}):
 * the body limit before it (a body too large is refused before anything reads it), the Idempotency-Key after it
 * (it needs the signed-in account). Scheduling runs the daily cleanup of old idempotency records.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RequestFilterConfiguration {

    static final int LIMITS_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;
    static final int IDEMPOTENCY_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> recflowRequestLimits(RequestLimits limits, ObjectMapper json) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(new RequestLimitsFilter(limits, json));
        registration.setName("recflowRequestLimits");
        registration.addUrlPatterns("/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(LIMITS_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> recflowIdempotency(IdempotencyStore store, PlatformTransactionManager transactions,
            RequestLimits limits, ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, transactions, limits, json));
        registration.setName("recflowIdempotency");
        registration.addUrlPatterns("/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(IDEMPOTENCY_ORDER);
        return registration;
    }
}
