package org.recflow.question.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.recflow.consultation.Reply;
import org.recflow.membership.Actor;
import org.recflow.question.Commands;
import org.recflow.question.QuestionManagement;
import org.recflow.question.QuestionStatus;
import org.recflow.question.QuestionSummary;
import org.recflow.question.QuestionView;
import org.recflow.kernel.RecflowException;
import org.recflow.kernel.HalForms;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.MediaTypes;
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

/** The Questions of api.md: each step one call into {@link QuestionManagement}. */
@RestController
@RequestMapping(path = "/api/questions", produces = MediaType.APPLICATION_JSON_VALUE)
class QuestionController {

    private final QuestionManagement questions;

    QuestionController(QuestionManagement questions) {
        this.questions = questions;
    }

    static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw RecflowException.notFound("Question " + raw);
        }
    }

    @PostMapping
    ResponseEntity<QuestionView> agree(Actor actor, @Valid @RequestBody Commands.AgreeQuestion body) {
        QuestionView v = questions.agree(actor, body);
        return ResponseEntity.created(URI.create("/api/questions/" + v.id())).body(v);
    }

    @GetMapping
    List<QuestionSummary> list(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) QuestionStatus status) {
        return questions.list(studyGroup, status);
    }

    @GetMapping("/{id}")
    QuestionView get(Actor actor, @PathVariable String id) {
        return questions.get(actor, id(id));
    }

    /** The same in HAL-FORMS: a template for the {@code reply} step when the caller may take it now. */
    @io.swagger.v3.oas.annotations.Hidden // the same resource as the JSON GET, in another media type
    @GetMapping(path = "/{id}", produces = MediaTypes.HAL_FORMS_JSON_VALUE)
    EntityModel<QuestionView> getWithAffordances(Actor actor, @PathVariable String id) {
        QuestionView v = questions.get(actor, id(id));
        return HalForms.of(v, "/api/questions/" + v.id(), v.nextActions(), action -> Commands.SubmitReply.class, actor.member());
    }

    @PutMapping("/{id}/replies/{memberState}")
    Reply reply(Actor actor, @PathVariable String id, @PathVariable String memberState, @Valid @RequestBody Commands.SubmitReply body) {
        return questions.reply(actor, id(id), memberState, body);
    }

    @GetMapping("/{id}/replies")
    List<Reply> replies(@PathVariable String id) {
        return questions.replies(id(id));
    }

    @GetMapping("/{id}/replies/{memberState}/versions")
    List<org.recflow.consultation.ReplyVersion> replyVersions(@PathVariable String id, @PathVariable String memberState) {
        return questions.replyVersions(id(id), memberState);
    }
}
