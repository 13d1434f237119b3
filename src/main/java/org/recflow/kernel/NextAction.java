package org.recflow.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.hateoas.mediatype.PropertyUtils;

/**
 * A step of a procedure that is open now (its state and clock allow it), as every procedure's view lists it
 * under {@code nextActions}: its name ("announce-last-call"), HTTP method and target, who may take it in words,
 * the judgement routes open (approvals' {@code judge} only, else null), whether the caller asking may take it
 * ({@code allowed}: the step's own check, the same one its transition throws from), and its inputs.
 */
public record NextAction(String action, String method, String href, String who, Set<String> routes, boolean allowed,
        List<Input> inputs) {

    /**
     * One input of a step, read from the step's command record through Spring HATEOAS's property metadata (the
     * same metadata its HAL-FORMS templates use): the JSON name, the HTML input type ("text", "date", "number";
     * null when HATEOAS gives none, e.g. for lists and nested objects), whether it is required (Bean Validation's
     * {@code @NotNull}/{@code @NotBlank}), and the choices of an enum (null otherwise).
     */
    public record Input(String name, String type, boolean required, List<String> choices) {
    }

    /** The inputs of a command record, in declaration order; none for {@code null}. */
    public static List<Input> inputsOf(Class<?> command) {
        if (command == null) {
            return List.of();
        }
        return PropertyUtils.getExposedProperties(command).stream()
                .map(p -> {
                    Class<?> type = p.getType().resolve(Object.class);
                    List<String> choices = type.isEnum()
                            ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList() : null;
                    return new Input(p.getName(), p.getInputType(), p.isRequired(), choices);
                })
                .toList();
    }

    /** The inputs of a command record, with the choices of {@code field} narrowed to {@code choices}. */
    public static List<Input> inputsOf(Class<?> command, String field, List<String> choices) {
        return inputsOf(command).stream()
                .map(i -> i.name().equals(field) ? new Input(i.name(), i.type(), i.required(), choices) : i)
                .toList();
    }
}
