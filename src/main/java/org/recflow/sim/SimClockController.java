package org.recflow.sim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/sim/clock}: exists in the {@code sim} profile only. */
@RestController
@Profile("sim")
@RequestMapping(path = "/api/sim/clock", produces = MediaType.APPLICATION_JSON_VALUE)
class SimClockController {

    record ClockMove(@NotNull Instant now) {
    }

    record ClockState(Instant now, Integer timersFired) {
    }

    private final SimulatedClock clock;

    SimClockController(SimulatedClock clock) {
        this.clock = clock;
    }

    @GetMapping
    ClockState read() {
        return new ClockState(clock.now(), null);
    }

    @PutMapping
    ClockState move(@Valid @RequestBody ClockMove body) {
        int fired = clock.moveTo(body.now());
        return new ClockState(clock.now(), fired);
    }
}
