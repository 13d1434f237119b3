package org.recflow.kernel;

import java.util.List;
import java.util.function.Function;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.mediatype.Affordances;
import org.springframework.hateoas.mediatype.ConfigurableAffordance;
import org.springframework.http.HttpMethod;

/**
 * A procedure's view in HAL-FORMS ({@code application/prs.hal-forms+json}): its fields, a self link, and one
 * template per step of {@code nextActions} that the caller may take ({@code allowed}), each with its method,
 * target and the inputs of its command record, so that a form is built from the same description as the JSON
 * field. A target's {@code {memberState}} becomes the caller's own member code.
 */
public final class HalForms {

    private HalForms() {
    }

    /**
     * @param view the view as the JSON answer carries it
     * @param self its URI path ("/api/approvals/42")
     * @param next its {@code nextActions}
     * @param commandOf the command record of a step, by its action name
     * @param member the caller's member code (a Member State's), or null
     */
    public static <T> EntityModel<T> of(T view, String self, List<NextAction> next, Function<String, Class<?>> commandOf,
            String member) {
        Link link = Link.of(self).withSelfRel();
        ConfigurableAffordance affordance = null;
        for (NextAction n : next) {
            if (!n.allowed()) {
                continue;
            }
            HttpMethod method = HttpMethod.valueOf(n.method());
            affordance = (affordance == null ? Affordances.of(link).afford(method) : affordance.andAfford(method))
                    .withName(n.action())
                    .withInput(commandOf.apply(n.action()))
                    .withTarget(Link.of(n.href().replace("{memberState}", member == null ? "" : member)));
        }
        return EntityModel.of(view, affordance == null ? link : affordance.toLink());
    }
}
