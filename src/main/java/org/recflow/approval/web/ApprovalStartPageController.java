package org.recflow.approval.web;

import java.util.function.UnaryOperator;
import org.recflow.approval.Commands;
import org.recflow.approval.ApprovalManagement;
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
 * Starting an approval from the pages (issue 15 item 3): {@code GET /dashboard/approvals/new} renders the inputs of {@link Commands.StartApproval} as one form
 * ({@link StartForms}: the study group narrowed to the chairman's own); {@code POST /dashboard/approvals/new/steps/start-approval} binds it
 * as the API's {@code POST /api/approvals} does and calls the same {@link ApprovalManagement#start}, then answers 303 to
 * the new approval's page. A refusal (a chairman of another study group: 403 NOT_ELIGIBLE's words; a field refused:
 * INVALID_REQUEST's) goes back to the form with the problem's words beside the field, and nothing is created.
 */
@Controller
class ApprovalStartPageController {

    static final StartForms.Start<Commands.StartApproval> START = new StartForms.Start<>("start-approval", "/dashboard/approvals/new", "/api/approvals",
            "start.approval.title", "/dashboard/approvals/", Commands.StartApproval.class);

    private final ApprovalManagement approvals;
    private final StartForms forms;

    ApprovalStartPageController(ApprovalManagement approvals, StartForms forms) {
        this.approvals = approvals;
        this.forms = forms;
    }

    @GetMapping("/dashboard/approvals/new")
    String form(Actor actor, Model model) {
        return forms.form(actor, model, START);
    }

    @PostMapping("/dashboard/approvals/new/steps/start-approval")
    String start(Actor actor, @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        return forms.take(actor, form, next, START, UnaryOperator.identity(), command -> approvals.start(actor, command).id());
    }
}
