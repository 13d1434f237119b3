package org.recflow.question.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recflow.consultation.Reply;
import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;
import org.recflow.question.Commands;
import org.recflow.question.QuestionManagement;
import org.recflow.question.QuestionView;
import org.recflow.web.StepForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One Question's page (template {@code question.html}, WTSA Res. 1 §7.3) for whoever is signed in: its state, the
 * consultation and its tally, the replies (the caller's own marked and kept in its form to change until the close),
 * open deadlines, history, and the forms of the steps the caller may take ({@code steps.html}, rendered from
 * {@code nextActions}). {@code POST /dashboard/questions/{id}/steps/{action}} takes a step as the API's endpoint
 * does (the same {@link QuestionManagement} method and command), then answers 303 to the page; a refusal is shown
 * beside its field and changes nothing. Unknown ids and steps answer 404 problem+json.
 */
@Controller
class QuestionPageController {

    private final QuestionManagement questions;
    private final StepForms forms;

    QuestionPageController(QuestionManagement questions, StepForms forms) {
        this.questions = questions;
        this.forms = forms;
    }

    @GetMapping("/dashboard/questions/{id}")
    String question(Actor actor, @PathVariable String id, Model model) {
        long key = QuestionController.id(id);
        QuestionView q = questions.get(actor, key);
        List<Reply> replies = q.consultation() == null ? List.of() : questions.replies(key);
        String member = actor.member() == null ? "" : actor.member();
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        replies.stream().filter(r -> r.memberState().equals(member)).findFirst().ifPresent(r -> values.put("reply", mine(r)));
        StepForms.keepSent(model, values);
        model.addAttribute("actor", actor);
        model.addAttribute("q", q);
        model.addAttribute("replies", replies);
        model.addAttribute("myMember", member);
        model.addAttribute("base", "/dashboard/questions/" + key);
        model.addAttribute("values", values);
        return "question";
    }

    @PostMapping("/dashboard/questions/{id}/steps/{action}")
    String take(Actor actor, @PathVariable String id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        long key = QuestionController.id(id);
        if (!action.equals("reply")) {
            throw org.recflow.kernel.RecflowException.notFound("step " + action);
        }
        var offered = questions.get(actor, key).nextActions();
        forms.take(action, form, next, () -> {
            var inputs = StepForms.inputs(offered, action, () -> NextAction.inputsOf(Commands.SubmitReply.class));
            questions.reply(actor, key, actor.member() == null ? "" : actor.member(),
                    forms.bind(StepForms.toJson(inputs, form), Commands.SubmitReply.class));
        });
        return "redirect:/dashboard/questions/" + key + "#step-" + action;
    }

    /** A reply as the values of its form. */
    static Map<String, List<String>> mine(Reply r) {
        Map<String, List<String>> v = new HashMap<>();
        v.put("position", List.of(r.position().name()));
        if (r.reasons() != null) {
            v.put("reasons", List.of(r.reasons()));
        }
        if (r.proposedChanges() != null) {
            v.put("proposedChanges", List.of(r.proposedChanges()));
        }
        return v;
    }
}
