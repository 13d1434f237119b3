package org.recflow.deletion.web;

import java.util.function.UnaryOperator;
import org.recflow.deletion.Commands;
import org.recflow.deletion.DeletionManagement;
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
 * Starting a deletion from the pages (issue 15 item 3): {@code GET /dashboard/deletions/new} renders the inputs of {@link Commands.RecordDeletion} as one form
 * ({@link StartForms}: the study group narrowed to the chairman's own); {@code POST /dashboard/deletions/new/steps/start-deletion} binds it
 * as the API's {@code POST /api/deletions} does and calls the same {@link DeletionManagement#agree}, then answers 303 to
 * the new deletion's page. A refusal (a chairman of another study group: 403 NOT_ELIGIBLE's words; a field refused:
 * INVALID_REQUEST's) goes back to the form with the problem's words beside the field, and nothing is created.
 */
@Controller
class DeletionStartPageController {

    static final StartForms.Start<Commands.RecordDeletion> START = new StartForms.Start<>("start-deletion", "/dashboard/deletions/new", "/api/deletions",
            "start.deletion.title", "/dashboard/deletions/", Commands.RecordDeletion.class);

    private final DeletionManagement deletions;
    private final StartForms forms;

    DeletionStartPageController(DeletionManagement deletions, StartForms forms) {
        this.deletions = deletions;
        this.forms = forms;
    }

    @GetMapping("/dashboard/deletions/new")
    String form(Actor actor, Model model) {
        return forms.form(actor, model, START);
    }

    @PostMapping("/dashboard/deletions/new/steps/start-deletion")
    String start(Actor actor, @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        return forms.take(actor, form, next, START, UnaryOperator.identity(), command -> deletions.agree(actor, command).id());
    }
}
