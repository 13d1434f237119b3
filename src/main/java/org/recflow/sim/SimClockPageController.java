package org.recflow.sim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clock control of the dashboard ({@code sim} profile only, issue 15): the pages get the simulated now
 * (model attribute {@code simClock}, an ISO-8601 instant in UTC), and TSB moves it with
 * {@code POST /dashboard/sim/clock} (form field {@code now}: a date-time in UTC, {@code 2027-03-01T12:00} or with
 * seconds), which calls the same {@link SimulatedClock#moveTo} as {@code PUT /api/sim/clock}: every timer that
 * falls due runs before the answer, 303 back to the dashboard saying how many ran. A time before the simulated
 * now, or one that does not parse, is refused with its words on the dashboard and moves nothing; another account
 * than TSB's gets 403 NOT_ELIGIBLE.
 */
@Controller
@Profile("sim")
class SimClockPageController {

    /** The simulated now on every page's model, for the dashboard's clock control. */
    @ControllerAdvice
    @Profile("sim")
    static class Now {

        private final SimulatedClock clock;

        Now(SimulatedClock clock) {
            this.clock = clock;
        }

        @ModelAttribute("simClock")
        String simClock() {
            return clock.now().toString();
        }
    }

    private final SimulatedClock clock;

    SimClockPageController(SimulatedClock clock) {
        this.clock = clock;
    }

    @PostMapping("/dashboard/sim/clock")
    String move(Actor actor, @RequestParam(required = false) String now, RedirectAttributes next) {
        if (!actor.isTsb()) {
            throw RecflowException.notEligible("only TSB moves the simulated clock from the dashboard");
        }
        try {
            if (now == null || now.isBlank()) {
                throw RecflowException.invalid("now", "give the date and time to move the clock to");
            }
            Instant target;
            try {
                target = LocalDateTime.parse(now.trim()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw RecflowException.invalid("now", "'" + now + "' is not a date and time (2027-03-01T12:00)");
            }
            next.addFlashAttribute("clockMoved", clock.moveTo(target));
        } catch (RecflowException e) {
            next.addFlashAttribute("clockRefused", e.getMessage());
        }
        return "redirect:/dashboard#sim-clock";
    }
}
