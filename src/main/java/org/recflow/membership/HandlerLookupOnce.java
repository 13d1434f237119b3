package org.recflow.membership;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;

/**
 * Spring MVC looks each request's handler up once, in the dispatcher, not a second time before the security chain.
 *
 * <p>Spring Security 6 wraps its filter chain ({@code springSecurityFilterChain}) in a composite whose first filter
 * asks Spring MVC's {@code HandlerMappingIntrospector} for the request's handler and caches it for the request, so that
 * {@code MvcRequestMatcher}s and a CORS source built on the introspector need not look it up themselves. recflow has
 * neither: every matcher is a {@code PathPatternRequestMatcher} (the pattern strings of the page door too, through the
 * builder bean below, Spring Security 6.5's opt-in; the default from Spring Security 7), and no door configures CORS.
 * The cached lookup was then pure cost: 3.8% of the reply step's CPU in the profile of issue 20 (docs/BENCHMARKS.md).
 * This configuration takes that composite out, keeping the plain {@code FilterChainProxy} (behind Spring Security's
 * filter that parses the request path once for the path patterns); the chains, their matchers and every decision are
 * the same objects as before. If a later Spring Security wraps the chain otherwise,
 * the definition is left as it is (the chain then works as before, with the second lookup).
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookupOnce {

    /** The name Spring Security gives its filter chain bean. */
    static final String CHAIN = "springSecurityFilterChain";

    /** Pattern strings in {@code requestMatchers(String...)} become path patterns over the request's whole path. */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Replaces Spring Security's composite (introspector cache, chain) by the chain it wraps, wherever it is: as the bean
     * itself, or inside Spring Security's other composite (the request path parsed once for path patterns, then the
     * chain), which stays.
     */
    @Bean
    static BeanFactoryPostProcessor securityChainWithoutHandlerLookup() {
        return factory -> {
            if (!(factory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
                return;
            }
            BeanDefinition bean = registry.getBeanDefinition(CHAIN);
            BeanDefinition inner = unwrapped(bean);
            if (inner != bean) {
                registry.removeBeanDefinition(CHAIN);
                registry.registerBeanDefinition(CHAIN, inner);
                return;
            }
            if (filters(bean) instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> elements = (List<Object>) list;
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) instanceof BeanDefinition d) {
                        elements.set(i, unwrapped(d));
                    }
                }
            }
        };
    }

    /** The chain inside Spring MVC's composite (introspector cache, chain); {@code d} itself when it is not that. */
    static BeanDefinition unwrapped(BeanDefinition d) {
        String type = d.getBeanClassName();
        if (type != null && type.endsWith("WebMvcSecurityConfiguration$CompositeFilterChainProxy")
                && filters(d) instanceof List<?> list && list.size() == 2 && list.get(1) instanceof BeanDefinition chain) {
            return chain;
        }
        return d;
    }

    private static Object filters(BeanDefinition d) {
        ValueHolder first = d.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        return first == null ? null : first.getValue();
    }
}
