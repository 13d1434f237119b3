package org.recflow.question.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recflow.question.Commands;
import org.recflow.question.QuestionManagement;
import org.recflow.membership.Actor;
import org.recflow.web.StartForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting a Question agreed from the pages (issue 15 item 3): {@code GET /dashboard/questions/new} renders the inputs of {@link Commands.AgreeQuestion} as one form
 * ({@link StartForms}: the study group narrowed to the chairman's own); {@code POST /dashboard/questions/new/steps/start-question} binds it
 * as the API's {@code POST /api/questions} does and calls the same {@link QuestionManagement#agree}, then answers 303 to
 * the new Question's page. A refusal (a chairman of another study group: 403 NOT_ELIGIBLE's words; a field refused:
 * INVALID_REQUEST's) goes back to the form with the problem's words beside the field, and nothing is created.
 */
@Controller
class QuestionStartPageController {

    static final StartForms.Start<Commands.AgreeQuestion> START = new StartForms.Start<>("start-question", "/dashboard/questions/new", "/api/questions",
            "start.question.title", "/dashboard/questions/", Commands.AgreeQuestion.class);

    private final QuestionManagement questions;
    private final StartForms forms;

    QuestionStartPageController(QuestionManagement questions, StartForms forms) {
        this.questions = questions;
        this.forms = forms;
    }

    @GetMapping("/dashboard/questions/new")
    String form(Actor actor, Model model) {
        return forms.form(actor, model, START);
    }

    @PostMapping("/dashboard/questions/new/steps/start-question")
    String start(Actor actor, @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        return forms.take(actor, form, next, START, QuestionStartPageController::withUnchecked, command -> questions.agree(actor, command).id());
    }

    /** A checkbox left unticked is not sent: on this form it says "no policy implications" (false), not "not said". */
    static ObjectNode withUnchecked(ObjectNode body) {
        if (!body.has("policyImplications")) {
            body.put("policyImplications", false);
        }
        return body;
    }
}
