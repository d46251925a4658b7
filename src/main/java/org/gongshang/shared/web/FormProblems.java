package org.gongshang.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.shared.DomainException;

/**
 * What a page shows with a form that a {@link DomainException} refused: the translated messages
 * next to the fields they concern, and those that concern no field of this form above it. Pages
 * render the form again with the input kept and these problems, instead of the error page.
 *
 * @param byField messages by form field name
 * @param general messages that belong to no field of the form
 */
public record FormProblems(Map<String, List<String>> byField, List<String> general) {

    private static final FormProblems NONE = new FormProblems(Map.of(), List.of());

    public static FormProblems none() {
        return NONE;
    }

    /**
     * @param formFields the names of the form's fields; problems of other fields are shown as general ones
     */
    public static FormProblems of(DomainException exception, Messages messages, String... formFields) {
        Set<String> fields = Set.of(formFields);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (DomainException.FieldProblem problem : exception.fieldProblems()) {
            String message = messages.get(problem.messageKey(), problem.args());
            if (fields.contains(problem.field())) {
                byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(message);
            } else {
                general.add(message);
            }
        }
        if (exception.fieldProblems().isEmpty()) {
            general.add(messages.get(exception.messageKey(), exception.args()));
        }
        return new FormProblems(byField, general);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Every message, of the fields and general, e.g. for a form that cannot be shown again. */
    public List<String> all() {
        List<String> all = new ArrayList<>();
        byField.values().forEach(all::addAll);
        all.addAll(general);
        return all;
    }

    /** The messages of one field as one sentence, or empty. */
    public String of(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }
}
