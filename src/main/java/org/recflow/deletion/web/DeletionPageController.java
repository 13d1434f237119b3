package org.recflow.deletion.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recflow.deletion.Commands;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionView;
import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;
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
 * One deletion's page (template {@code deletion.html}, WTSA Res. 1 §9.8 / A.8 §8) for whoever is signed in: its
 * state, the objection window, the objections (the caller's own marked), open deadlines, history, and the forms of
 * the steps the caller may take ({@code steps.html}, rendered from {@code nextActions}).
 * {@code POST /dashboard/deletions/{id}/steps/{action}} takes a step as the API's endpoint does (the same
 * {@link DeletionManagement} method and command), then answers 303 to the page; a refusal is shown beside its field
 * and changes nothing. Unknown ids and steps answer 404 problem+json.
 */
@Controller
class DeletionPageController {

    private final DeletionManagement deletions;
    private final StepForms forms;

    DeletionPageController(DeletionManagement deletions, StepForms forms) {
        this.deletions = deletions;
        this.forms = forms;
    }

    @GetMapping("/dashboard/deletions/{id}")
    String deletion(Actor actor, @PathVariable String id, Model model) {
        long key = DeletionController.id(id);
        DeletionView d = deletions.get(actor, key);
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        StepForms.keepSent(model, values);
        model.addAttribute("actor", actor);
        model.addAttribute("d", d);
        model.addAttribute("objections", deletions.objections(key));
        model.addAttribute("me", actor.username());
        model.addAttribute("myMember", actor.member() == null ? "" : actor.member());
        model.addAttribute("base", "/dashboard/deletions/" + key);
        model.addAttribute("values", values);
        return "deletion";
    }

    @PostMapping("/dashboard/deletions/{id}/steps/{action}")
    String take(Actor actor, @PathVariable String id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        long key = DeletionController.id(id);
        if (!action.equals("object")) {
            throw org.recflow.kernel.RecflowException.notFound("step " + action);
        }
        var offered = deletions.get(actor, key).nextActions();
        forms.take(action, form, next, () -> {
            var inputs = StepForms.inputs(offered, action, () -> NextAction.inputsOf(Commands.ObjectToDeletion.class));
            deletions.object(actor, key, forms.bind(StepForms.toJson(inputs, form), Commands.ObjectToDeletion.class));
        });
        return "redirect:/dashboard/deletions/" + key + "#step-" + action;
    }
}
