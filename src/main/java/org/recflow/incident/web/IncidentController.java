package org.recflow.incident.web;

import java.util.List;
import org.recflow.incident.Incident;
import org.recflow.incident.IncidentManagement;
import org.recflow.incident.IncidentRetry;
import org.recflow.membership.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents} and {@code POST /api/incidents/{id}/retry} (api.md, second wave, Operations): TSB only,
 * others 403 NOT_ELIGIBLE; an unknown id 404 NOT_FOUND.
 */
@RestController
@RequestMapping(path = "/api/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
class IncidentController {

    private final IncidentManagement incidents;

    IncidentController(IncidentManagement incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    List<Incident> list(Actor actor) {
        return incidents.list(actor);
    }

    /** 200 with the outcome, whether the job ran through or failed again (the new incident is in the answer). */
    @PostMapping("/{id}/retry")
    IncidentRetry retry(Actor actor, @PathVariable String id) {
        return incidents.retry(actor, id);
    }
}
