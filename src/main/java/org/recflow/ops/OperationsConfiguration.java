package org.recflow.ops;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The operator's beans: the request log filter, just after the request id filter, and the job executor's health
 * indicator. Readiness is the group {@code management.endpoint.health.group.readiness.include} of
 * config/application.yaml ({@code readinessState, db, jobExecutor}); a later indicator (the outbox's backlog) joins it
 * as one more {@code HealthIndicator} bean, e.g. {@code outboxHealthIndicator}, and its name, {@code outbox}, in that
 * list.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    FilterRegistrationBean<RequestLog> recflowRequestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setName("recflowRequestLog");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Watches the acquisition of every job executor before it starts ({@link JobAcquisitionWatch}). */
    @Bean
    static BeanPostProcessor jobAcquisitionWatch() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JobExecutor executor && !(executor.getAcquireJobsCmdFactory() instanceof JobAcquisitionWatch)) {
                    JobAcquisitionWatch.install(executor);
                }
                return bean;
            }
        };
    }

    /** Named as the Camunda starter's indicator, which then stands back: the component is {@code jobExecutor}. */
    @Bean
    HealthIndicator jobExecutorHealthIndicator(ObjectProvider<ProcessEngine> engine,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        return new JobExecutorHealth(engine, enabled);
    }
}
