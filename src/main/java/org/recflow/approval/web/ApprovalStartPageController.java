package org.recflow.approval.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
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
 * Starting an approval from the pages (issue 15 item 3): {@code GET /dashboard/approvals/new} renders the start
 * command's inputs ({@link NextAction#inputsOf} of {@link Commands.StartApproval}, fragment {@code steps.html}) as
 * one form, the study group narrowed to the chairman's own (TSB, acting for any chairman, chooses among all);
 * {@code POST /dashboard/approvals/new/steps/start-approval} binds the form as the API's {@code POST /api/approvals} does and
 * calls the same {@link ApprovalManagement#start}, then answers 303 to the new approval's page (post/redirect/get).
 * A refusal (a chairman of another study group: 403 NOT_ELIGIBLE's words; a field refused: INVALID_REQUEST's) goes
 * back to the form with the problem's words beside the field and the values sent, and nothing is created.
 */
@Controller
class ApprovalStartPageController {

    /** The action of the start form: its legend is {@code step.start-approval}. */
    static final String ACTION = "start-approval";
    static final String BASE = "/dashboard/approvals/new";

    private final ApprovalManagement approvals;
    private final StepForms forms;
    private final MemberRegistry registry;

    ApprovalStartPageController(ApprovalManagement approvals, StepForms forms, MemberRegistry registry) {
        this.approvals = approvals;
        this.forms = forms;
        this.registry = registry;
    }

    /** The start command's inputs for {@code actor}: the study groups it may start in as the study group's choices. */
    List<NextAction.Input> inputs(Actor actor) {
        List<String> groups = actor.is(Role.CHAIR) && actor.studyGroup() != null ? List.of(actor.studyGroup())
                : registry.studyGroups().stream().map(StudyGroup::code).sorted().toList();
        return NextAction.inputsOf(Commands.StartApproval.class, "studyGroup", groups);
    }

    @GetMapping(BASE)
    String form(Actor actor, Model model) {
        NextAction start = new NextAction(ACTION, "POST", "/api/approvals", "the chairman of the study group", null, true, inputs(actor));
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        if (model.getAttribute("sent") instanceof Map<?, ?> sent && model.getAttribute("refusal") != null) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> form = (Map<String, List<String>>) sent;
            values.put(ACTION, form);
        } else if (actor.studyGroup() != null) {
            values.put(ACTION, Map.of("studyGroup", List.of(actor.studyGroup())));
        }
        model.addAttribute("actor", actor);
        model.addAttribute("heading", "start.approval.title");
        model.addAttribute("actions", List.of(start));
        model.addAttribute("base", "/dashboard/approvals/new");
        model.addAttribute("values", values);
        return "start";
    }

    @PostMapping(BASE + "/steps/" + ACTION)
    String start(Actor actor, @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        AtomicLong created = new AtomicLong();
        boolean taken = forms.take(ACTION, form, next, () -> {
            Commands.StartApproval command = forms.bind(StepForms.toJson(inputs(actor), form), Commands.StartApproval.class);
            created.set(approvals.start(actor, command).id());
        });
        return taken ? "redirect:/dashboard/approvals/" + created.get() : "redirect:" + BASE + "#step-" + ACTION;
    }
}
