package org.recflow.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.hateoas.mediatype.PropertyUtils;

/**
 * A step of a procedure that the caller asking may take now (its state and clock allow it and the step's own
 * check, the one its transition throws from, passes for this caller), as every procedure's view lists it under
 * {@code nextActions}: its name ("announce-last-call"), HTTP method and target, who may take it in words, the
 * judgement routes open (approvals' {@code judge} only, else null), {@code allowed} (always true since only the
 * caller's own steps are listed; kept for clients that read it), and its inputs.
 */
public record NextAction(String action, String method, String href, String who, Set<String> routes, boolean allowed,
        List<Input> inputs) {

    /**
     * One input of a step, read from the step's command record through Spring HATEOAS's property metadata (the
     * same metadata its HAL-FORMS templates use): the JSON name; its type from the Java type ("text" for text and
     * enums, "date" for a day, "number", "checkbox" for a boolean, "list" for a JSON array, "object" for a nested
     * record); whether it is required (Bean Validation's {@code @NotNull}/{@code @NotBlank}); the choices of an
     * enum, or of the values a list of codes may hold (e.g. Member State codes), null otherwise; and, for an
     * "object" or a "list" of records, the inputs of the record (one per element of the list), else absent from
     * the JSON. A page renders any step's form from this description alone.
     */
    public record Input(String name, String type, boolean required, List<String> choices,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            List<Input> inputs) {

        /** An input with no nested inputs. */
        public Input(String name, String type, boolean required, List<String> choices) {
            this(name, type, required, choices, null);
        }
    }

    /** The inputs of a command record, in the order of its components; none for {@code null}. */
    public static List<Input> inputsOf(Class<?> command) {
        if (command == null) {
            return List.of();
        }
        List<String> order = command.isRecord()
                ? Arrays.stream(command.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList() : List.of();
        return PropertyUtils.getExposedProperties(command).stream()
                .sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.getName())))
                .map(p -> {
                    Class<?> type = p.getType().resolve(Object.class);
                    List<String> choices = type.isEnum()
                            ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList() : null;
                    String kind = typeOf(type);
                    List<Input> nested = null;
                    if (kind.equals("object") && type.isRecord()) {
                        nested = inputsOf(type);
                    } else if (kind.equals("list")) {
                        Class<?> element = p.getType().getGeneric(0).resolve(Object.class);
                        if (element.isRecord()) {
                            nested = inputsOf(element);
                        } else if (element.isEnum()) {
                            choices = Arrays.stream(element.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                        }
                    }
                    return new Input(p.getName(), kind, p.isRequired(), choices, nested);
                })
                .toList();
    }

    private static String typeOf(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "text";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "checkbox";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    /** The inputs of a command record, with the choices of {@code field} narrowed to {@code choices}. */
    public static List<Input> inputsOf(Class<?> command, String field, List<String> choices) {
        return withChoices(inputsOf(command), Set.of(field), choices);
    }

    /**
     * {@code inputs} with the choices of the named fields (top level, or "list.component" for a component of a
     * list's records) set to {@code choices}: e.g. the Member State codes of the membership data.
     */
    public static List<Input> withChoices(List<Input> inputs, Set<String> fields, List<String> choices) {
        return inputs.stream().map(i -> {
            List<Input> nested = i.inputs() == null ? null : withChoices(i.inputs(),
                    fields.stream().filter(f -> f.startsWith(i.name() + ".")).map(f -> f.substring(i.name().length() + 1))
                            .collect(java.util.stream.Collectors.toSet()), choices);
            return new Input(i.name(), i.type(), i.required(), fields.contains(i.name()) ? choices : i.choices(), nested);
        }).toList();
    }
}
