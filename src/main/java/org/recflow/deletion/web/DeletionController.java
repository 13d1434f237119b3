package org.recflow.deletion.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.recflow.deletion.Commands;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionObjection;
import org.recflow.deletion.DeletionStatus;
import org.recflow.deletion.DeletionSummary;
import org.recflow.deletion.DeletionView;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;
import org.recflow.kernel.HalForms;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deletions of api.md: each step one call into {@link DeletionManagement}. */
@RestController
@RequestMapping(path = "/api/deletions", produces = MediaType.APPLICATION_JSON_VALUE)
class DeletionController {

    private final DeletionManagement deletions;

    DeletionController(DeletionManagement deletions) {
        this.deletions = deletions;
    }

    static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw RecflowException.notFound("deletion " + raw);
        }
    }

    @PostMapping
    ResponseEntity<DeletionView> agree(Actor actor, @Valid @RequestBody Commands.RecordDeletion body) {
        DeletionView v = deletions.agree(actor, body);
        return ResponseEntity.created(URI.create("/api/deletions/" + v.id())).body(v);
    }

    @GetMapping
    List<DeletionSummary> list(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) DeletionStatus status) {
        return deletions.list(studyGroup, status);
    }

    @GetMapping("/{id}")
    DeletionView get(Actor actor, @PathVariable String id) {
        return deletions.get(actor, id(id));
    }

    /** The same in HAL-FORMS: a template for the {@code object} step when the caller may take it now. */
    @io.swagger.v3.oas.annotations.Hidden // the same resource as the JSON GET, in another media type
    @GetMapping(path = "/{id}", produces = MediaTypes.HAL_FORMS_JSON_VALUE)
    EntityModel<DeletionView> getWithAffordances(Actor actor, @PathVariable String id) {
        DeletionView v = deletions.get(actor, id(id));
        return HalForms.of(v, "/api/deletions/" + v.id(), v.nextActions(), action -> Commands.ObjectToDeletion.class, actor.member());
    }

    @PostMapping("/{id}/objections")
    ResponseEntity<DeletionObjection> object(Actor actor, @PathVariable String id,
            @Valid @RequestBody(required = false) Commands.ObjectToDeletion body) {
        DeletionObjection o = deletions.object(actor, id(id), body);
        return ResponseEntity.created(URI.create("/api/deletions/" + o.deletionId() + "/objections/" + o.id())).body(o);
    }

    @GetMapping("/{id}/objections")
    List<DeletionObjection> objections(@PathVariable String id) {
        return deletions.objections(id(id));
    }
}
