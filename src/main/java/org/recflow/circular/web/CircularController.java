package org.recflow.circular.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.recflow.circular.CircularKind;
import org.recflow.circular.CircularManagement;
import org.recflow.circular.CircularStatus;
import org.recflow.circular.CircularSummary;
import org.recflow.circular.CircularView;
import org.recflow.circular.Commands;
import org.recflow.circular.Language;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The circulars of api.md (second wave): each call one step of {@link CircularManagement}. */
@RestController
@RequestMapping(path = "/api/circulars")
class CircularController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final CircularManagement circulars;

    CircularController(CircularManagement circulars) {
        this.circulars = circulars;
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw RecflowException.notFound("circular " + raw);
        }
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CircularView> draft(Actor actor, @Valid @RequestBody Commands.DraftCircular body) {
        CircularView v = circulars.draft(actor, body);
        return ResponseEntity.created(URI.create("/api/circulars/" + v.id())).body(v);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<CircularSummary> list(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) CircularKind kind,
            @RequestParam(required = false) CircularStatus status) {
        return circulars.list(studyGroup, kind, status);
    }

    @GetMapping(path = "/{id:[^.]+}", produces = MediaType.APPLICATION_JSON_VALUE)
    CircularView get(@PathVariable String id) {
        return circulars.get(id(id));
    }

    @GetMapping(path = "/{id:[^.]+}.html")
    ResponseEntity<String> html(@PathVariable String id, @RequestParam(required = false) String lang) {
        Language l = Language.of(lang);
        return ResponseEntity.ok().contentType(HTML).header("Content-Language", l.code()).body(circulars.html(id(id), l));
    }

    @GetMapping(path = "/{id:[^.]+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String lang) {
        Language l = Language.of(lang);
        byte[] pdf = circulars.pdf(id(id), l);
        return ResponseEntity.ok().contentType(PDF).header("Content-Language", l.code())
                .header("Content-Disposition", "inline; filename=\"circular-" + id + "-" + l.code() + ".pdf\"").body(pdf);
    }

    @PutMapping(path = "/{id:[^.]+}", produces = MediaType.APPLICATION_JSON_VALUE)
    CircularView edit(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.EditCircular body) {
        return circulars.edit(actor, id(id), body);
    }

    @PostMapping(path = "/{id:[^.]+}/issue", produces = MediaType.APPLICATION_JSON_VALUE)
    CircularView issue(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.IssueCircular body) {
        return circulars.issue(actor, id(id), body);
    }
}
