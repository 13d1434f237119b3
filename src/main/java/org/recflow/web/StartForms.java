package org.recflow.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.Role;
import org.recflow.membership.StudyGroup;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' start forms, one mechanism for every procedure (issue 15): a procedure's start command is described
 * by {@link NextAction#inputsOf} like any step, its {@code studyGroup} narrowed to the chairman's own (TSB, acting
 * for any chairman, chooses among all), rendered by the {@code steps.html} fragment in template {@code start}, and
 * taken through {@link StepForms} (bound as the API binds it, refusals kept beside their field, post/redirect/get).
 * Each procedure's page controller names its start: {@link Start}.
 */
@Component
public class StartForms {

    /**
     * One procedure's start form.
     *
     * @param action   the form's action, its legend {@code step.<action>} ("start-approval")
     * @param base     the form's page ("/dashboard/approvals/new"); it posts to {@code base/steps/<action>}
     * @param api      the API's path for the same start, shown as the step's target ("/api/approvals")
     * @param heading  the bundle key of the page's heading
     * @param pages    where a created item's page is, its id appended ("/dashboard/approvals/")
     * @param command  the start command's record
     * @param <T>      its type
     */
    public record Start<T>(String action, String base, String api, String heading, String pages, Class<T> command) {
    }

    private final StepForms forms;
    private final MemberRegistry registry;

    StartForms(StepForms forms, MemberRegistry registry) {
        this.forms = forms;
        this.registry = registry;
    }

    /** The start command's inputs for {@code actor}: the study groups it may start in as the study group's choices. */
    public List<NextAction.Input> inputs(Actor actor, Start<?> start) {
        List<String> groups = actor.is(Role.CHAIR) && actor.studyGroup() != null ? List.of(actor.studyGroup())
                : registry.studyGroups().stream().map(StudyGroup::code).sorted().toList();
        return NextAction.inputsOf(start.command(), "studyGroup", groups);
    }

    /**
     * Fills {@code model} for template {@code start}: the form, with the values sent when it comes back refused, else
     * the actor's own study group chosen. Answers the template's name.
     */
    public String form(Actor actor, Model model, Start<?> start) {
        NextAction step = new NextAction(start.action(), "POST", start.api(), "the chairman of the study group", null, true,
                inputs(actor, start));
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        if (!StepForms.keepSent(model, values) && actor.studyGroup() != null) {
            values.put(start.action(), Map.of("studyGroup", List.of(actor.studyGroup())));
        }
        model.addAttribute("actor", actor);
        model.addAttribute("heading", start.heading());
        model.addAttribute("actions", List.of(step));
        model.addAttribute("base", start.base());
        model.addAttribute("values", values);
        return "start";
    }

    /**
     * Takes the start posted in {@code form}: binds it (after {@code adjust}, e.g. an unticked checkbox made false) and
     * calls {@code create}, which answers the new item's id. Answers the redirect: to the new item's page, or back to
     * the form with the refusal's words (nothing created).
     */
    public <T> String take(Actor actor, MultiValueMap<String, String> form, RedirectAttributes next, Start<T> start,
            UnaryOperator<ObjectNode> adjust, Function<T, Long> create) {
        AtomicLong created = new AtomicLong();
        boolean taken = forms.take(start.action(), form, next, () -> {
            T command = forms.bind(adjust.apply(StepForms.toJson(inputs(actor, start), form)), start.command());
            created.set(create.apply(command));
        });
        return taken ? "redirect:" + start.pages() + created.get() : "redirect:" + start.base() + "#step-" + start.action();
    }
}
