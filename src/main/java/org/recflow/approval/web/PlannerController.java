package org.recflow.approval.web;

import java.time.LocalDate;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/planner?procedure=TAP&meetingStart=2027-03-08}: the latest date of each step for that meeting. */
@RestController
class PlannerController {

    private final Planner planner;

    PlannerController(Planner planner) {
        this.planner = planner;
    }

    @GetMapping(path = "/api/planner", produces = MediaType.APPLICATION_JSON_VALUE)
    Planner.Plan plan(@RequestParam Procedure procedure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingStart) {
        return planner.plan(procedure, meetingStart);
    }
}
