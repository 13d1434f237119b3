package org.recflow.sim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** In the {@code sim} profile, every request first brings this node's clock up to the shared simulated time. */
@Component
@Profile("sim")
class SimClockSyncFilter extends OncePerRequestFilter {

    private final SimulatedClock clock;

    SimClockSyncFilter(SimulatedClock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        clock.catchUp();
        chain.doFilter(request, response);
    }
}
