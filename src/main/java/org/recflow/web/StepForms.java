package org.recflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.recflow.kernel.NextAction;
import org.recflow.kernel.RecflowException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' side of a step (issue 15 item 1): a form posted by the browser, rendered from the step's
 * description ({@link NextAction.Input}s, fragment {@code steps.html}), is turned into the JSON command the API
 * takes, bound to the step's command record and checked by Bean Validation as the API's {@code @Valid} does, so
 * that a page endpoint calls the same management method as the API with the same command. A refusal
 * ({@link RecflowException}, any problem code) is kept for the next page (flash attribute {@code refusal}) with the
 * form as it was sent ({@code sent}), so that the page shows the problem's words beside the field and changes
 * nothing (post/redirect/get).
 *
 * <p>Form fields: a scalar input is the field {@code name} (left out when blank); a list of codes is the field
 * repeated ({@code name=FRA&name=DEU}); a list of records is {@code name[0].member}, {@code name[0].note}, …
 * (rows left blank are dropped); an object is {@code name.start}, {@code name.end} (left out when all blank);
 * a checkbox is true when sent.
 */
@Component
public class StepForms {

    /**
     * What a page shows of a refused step: the step, the problem's stable code, its detail, its field as the problem
     * names it ("reservations[0].member", or null) and the input of the form it belongs to ("reservations", or null).
     */
    public record Refusal(String action, String code, String detail, String field, String input) implements java.io.Serializable {
    }

    private final ObjectMapper json;
    private final Validator validator;

    public StepForms(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The JSON command of a form, read by the inputs of its step (unknown form fields are ignored). */
    public static ObjectNode toJson(List<NextAction.Input> inputs, MultiValueMap<String, String> form) {
        return object(inputs, "", form);
    }

    private static ObjectNode object(List<NextAction.Input> inputs, String prefix, MultiValueMap<String, String> form) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (NextAction.Input in : inputs) {
            String key = prefix + in.name();
            switch (in.type()) {
                case "list" -> {
                    ArrayNode array = node.arrayNode();
                    if (in.inputs() != null) {
                        java.util.regex.Pattern row = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + "\\[(\\d{1,3})]\\..*");
                        java.util.SortedSet<Integer> rows = new java.util.TreeSet<>();
                        for (String k : form.keySet()) {
                            java.util.regex.Matcher m = row.matcher(k);
                            if (m.matches()) {
                                rows.add(Integer.parseInt(m.group(1)));
                            }
                        }
                        for (int r : rows) {
                            ObjectNode element = object(in.inputs(), key + "[" + r + "].", form);
                            if (!element.isEmpty()) {
                                array.add(element);
                            }
                        }
                    } else {
                        for (String v : form.getOrDefault(key, List.of())) {
                            // a picker sends the field once per value; a text box may hold several, one a line
                            for (String one : v == null ? new String[0] : v.split("[\\r\\n]+")) {
                                if (!one.isBlank()) {
                                    array.add(one.trim());
                                }
                            }
                        }
                    }
                    if (!array.isEmpty()) {
                        node.set(in.name(), array);
                    }
                }
                case "object" -> {
                    if (in.inputs() != null) {
                        ObjectNode nested = object(in.inputs(), key + ".", form);
                        if (!nested.isEmpty()) {
                            node.set(in.name(), nested);
                        }
                    }
                }
                case "checkbox" -> {
                    if (form.containsKey(key)) {
                        node.put(in.name(), true);
                    }
                }
                case "number" -> {
                    String v = form.getFirst(key);
                    if (v != null && !v.isBlank()) {
                        try {
                            node.put(in.name(), new java.math.BigDecimal(v.trim()));
                        } catch (NumberFormatException e) {
                            node.put(in.name(), v); // refused when bound, with the field named
                        }
                    }
                }
                default -> {
                    String v = form.getFirst(key);
                    if (v != null && !v.isBlank()) {
                        node.put(in.name(), in.type().equals("text") && in.choices() == null ? v : v.trim());
                    }
                }
            }
        }
        return node;
    }

    /**
     * Binds {@code body} to {@code command} and checks it as the API does.
     *
     * @throws RecflowException INVALID_REQUEST naming the field, when a value does not bind or breaks a constraint
     */
    public <T> T bind(JsonNode body, Class<T> command) {
        T value;
        try {
            value = json.treeToValue(body, command);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            throw RecflowException.invalid(field, "field '" + field + "' has an invalid value");
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw RecflowException.invalid(null, "the form could not be read");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            String field = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "").replaceAll("<[^>]+>", "");
            throw RecflowException.invalid(field, "field '" + field + "' " + v.getMessage());
        });
        return value;
    }

    /**
     * Takes a step for a page: runs {@code take}; on a refusal keeps the problem and the form sent for the next
     * page and changes nothing (the management's transaction rolls back).
     *
     * @return true when the step was taken
     */
    public boolean take(String action, MultiValueMap<String, String> form, RedirectAttributes next, Runnable take) {
        try {
            take.run();
            next.addFlashAttribute("taken", action);
            return true;
        } catch (RecflowException e) {
            Object field = e.properties().get("field");
            String f = field == null ? null : field.toString();
            next.addFlashAttribute("refusal", new Refusal(action, e.code().name(), e.getMessage(), f,
                    f == null ? null : f.split("[.\\[]", 2)[0]));
            Map<String, List<String>> sent = new LinkedHashMap<>();
            form.forEach((k, v) -> {
                if (!k.equals("_csrf")) {
                    sent.put(k, List.copyOf(v));
                }
            });
            next.addFlashAttribute("sent", sent);
            return false;
        }
    }

    /**
     * Puts back into {@code values} (action to field to values) what the refused form sent, as {@link #take} keeps it in
     * the flash attributes {@code refusal} and {@code sent}, so that the form comes back filled in. Answers whether
     * there was a refusal.
     */
    public static boolean keepSent(org.springframework.ui.Model model, java.util.Map<String, java.util.Map<String, List<String>>> values) {
        if (model.getAttribute("refusal") instanceof Refusal r && model.getAttribute("sent") instanceof java.util.Map<?, ?> sent) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, List<String>> form = (java.util.Map<String, List<String>>) sent;
            values.put(r.action(), form);
            return true;
        }
        return false;
    }

    /** The description of a step no longer offered, so that its form can still be read (the guard then refuses it). */
    public static List<NextAction.Input> inputs(List<NextAction> offered, String action, Supplier<List<NextAction.Input>> fallback) {
        return offered.stream().filter(n -> n.action().equals(action)).findFirst().map(NextAction::inputs).orElseGet(fallback);
    }
}
