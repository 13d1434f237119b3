package org.recflow.membership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing: no Micrometer observation per security filter, per authentication and per
 * authorisation decision. With an observation registry present (Actuator), Spring Security otherwise wraps each of the
 * dozen filters of a chain in an observation and records an event per filter, a timer per chain and per sign-in: in a
 * profile of the reply step (issue 20, docs/BENCHMARKS.md) this was most of the security chain's CPU, for meters nobody
 * reads (no dashboard or alert of docs/OPERATIONS.md uses {@code spring.security.*}). The request itself is still
 * observed once ({@code http.server.requests}, with its status and latency), and every refusal is still answered and
 * logged as before: this changes what is measured, not what is checked. Applies to both doors (demo accounts and
 * {@code prod}'s bearer tokens).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    /** No filter-chain, authentication or authorisation observations (Spring Security 6.4+). */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
