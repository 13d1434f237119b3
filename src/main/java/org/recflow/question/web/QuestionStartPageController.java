package org.recflow.question.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.recflow.question.QuestionManagement;
import org.recflow.question.Commands;
import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.Role;
import org.recflow.membership.StudyGroup;
import org.recflow.web.StepForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting a Question agreed from the pages (issue 15 item 3): {@code GET /dashboard/questions/new} renders the start
 * command's inputs ({@link NextAction#inputsOf} of {@link Commands.AgreeQuestion}, fragment {@code steps.html}) as
 * one form, the study group narrowed to the chairman's own (TSB, acting for any chairman, chooses among all);
 * {@code POST /dashboard/questions/new/steps/start-question} binds the form as the API's {@code POST /api/questions} does and
 * calls the same {@link QuestionManagement#agree}, then answers 303 to the new question's page (post/redirect/get).
 * A refusal (a chairman of another study group: 403 NOT_ELIGIBLE's words; a field refused: INVALID_REQUEST's) goes
 * back to the form with the problem's words beside the field and the values sent, and nothing is created.
 */
@Controller
class QuestionStartPageController {

    /** The action of the start form: its legend is {@code step.start-question}. */
    static final String ACTION = "start-question";
    static final String BASE = "/dashboard/questions/new";

    private final QuestionManagement questions;
    private final StepForms forms;
    private final MemberRegistry registry;

    QuestionStartPageController(QuestionManagement questions, StepForms forms, MemberRegistry registry) {
        this.questions = questions;
        this.forms = forms;
        this.registry = registry;
    }

    /** The start command's inputs for {@code actor}: the study groups it may start in as the study group's choices. */
    List<NextAction.Input> inputs(Actor actor) {
        List<String> groups = actor.is(Role.CHAIR) && actor.studyGroup() != null ? List.of(actor.studyGroup())
                : registry.studyGroups().stream().map(StudyGroup::code).sorted().toList();
        return NextAction.inputsOf(Commands.AgreeQuestion.class, "studyGroup", groups);
    }

    @GetMapping(BASE)
    String form(Actor actor, Model model) {
        NextAction start = new NextAction(ACTION, "POST", "/api/questions", "the chairman of the study group", null, true, inputs(actor));
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        if (model.getAttribute("sent") instanceof Map<?, ?> sent && model.getAttribute("refusal") != null) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> form = (Map<String, List<String>>) sent;
            values.put(ACTION, form);
        } else if (actor.studyGroup() != null) {
            values.put(ACTION, Map.of("studyGroup", List.of(actor.studyGroup())));
        }
        model.addAttribute("actor", actor);
        model.addAttribute("heading", "start.question.title");
        model.addAttribute("actions", List.of(start));
        model.addAttribute("base", "/dashboard/questions/new");
        model.addAttribute("values", values);
        return "start";
    }

    @PostMapping(BASE + "/steps/" + ACTION)
    String start(Actor actor, @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        AtomicLong created = new AtomicLong();
        boolean taken = forms.take(ACTION, form, next, () -> {
            Commands.AgreeQuestion command = forms.bind(withUnchecked(StepForms.toJson(inputs(actor), form)), Commands.AgreeQuestion.class);
            created.set(questions.agree(actor, command).id());
        });
        return taken ? "redirect:/dashboard/questions/" + created.get() : "redirect:" + BASE + "#step-" + ACTION;
    }

    /** A checkbox left unticked is not sent: on this form it says "no policy implications" (false), not "not said". */
    static com.fasterxml.jackson.databind.node.ObjectNode withUnchecked(com.fasterxml.jackson.databind.node.ObjectNode body) {
        if (!body.has("policyImplications")) {
            body.put("policyImplications", false);
        }
        return body;
    }
}
