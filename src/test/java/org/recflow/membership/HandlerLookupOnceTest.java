package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security chain runs without Spring MVC's introspector cache in front of it (the dispatcher alone looks the
 * handler up), and the pages' pattern strings are path patterns; the doors still decide as before (the page, API and
 * actuator tests show the decisions).
 */
@SpringTest
class HandlerLookupOnceTest {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    @Test
    void theSecurityFilterChainHasNoIntrospectorCacheInFront() throws Exception {
        Object chain = context.getBean(HandlerLookupOnce.CHAIN);
        assertThat(chain.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");
        java.lang.reflect.Field delegate = chain.getClass().getDeclaredField("doFilterDelegate");
        delegate.setAccessible(true);
        Object composite = delegate.get(chain);
        java.lang.reflect.Field filters = org.springframework.web.filter.CompositeFilter.class.getDeclaredField("filters");
        filters.setAccessible(true);
        List<?> inFront = (List<?>) filters.get(composite);
        assertThat(inFront).extracting(f -> f.getClass().getName())
                .noneMatch(n -> n.contains("HandlerMappingIntrospector") || n.contains("WebMvcSecurityConfiguration"))
                .anyMatch(n -> n.equals(FilterChainProxy.class.getName()));
    }

    @Test
    void thePagePatternsArePathPatterns() {
        FilterChainProxy chain = context.getBean(HandlerLookupOnce.CHAIN, FilterChainProxy.class);
        SecurityFilterChain pages = chain.getFilterChains().get(chain.getFilterChains().size() - 1);
        assertThat(pages.getFilters()).isNotEmpty();
        assertThat(context.getBean(PathPatternRequestMatcher.Builder.class)).isNotNull();
    }

    @Test
    void thePagesAndTheApiStillAnswerAsTheirDoorsSay() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/approvals")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
