package org.gongshang.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What a page shows with a form that was refused: the translated messages next to the fields they
 * concern, and those that concern no field of the form above it. Pages render the form again with
 * the input kept, instead of the error page. Templates use the fragments in
 * {@code fragments/forms.html}. Forms that go through {@link Forms#submit} get theirs from
 * {@link #of(BindingResult, Messages)}, put into the model by {@link FormErrorsModel}.
 *
 * @param byField messages by form field name
 * @param generalMessages messages that belong to no field of the form
 */
public record FormErrors(Map<String, List<String>> byField, List<String> generalMessages) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    /**
     * The problems of a bound form: Bean Validation's and conversion's, and those that
     * {@link Forms#submit} took from a {@link DomainException}.
     */
    public static FormErrors of(BindingResult binding, Messages messages) {
        if (!binding.hasErrors()) {
            return NONE;
        }
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String message = messages.get(error);
            if (error instanceof FieldError fieldError) {
                byField.computeIfAbsent(fieldError.getField(), field -> new ArrayList<>()).add(message);
            } else {
                general.add(message);
            }
        }
        return new FormErrors(byField, general);
    }

    /** Whether the bound form has a field of that name (a record component or a bean property). */
    static boolean hasField(BindingResult binding, String field) {
        Object target = binding.getTarget();
        if (target != null && target.getClass().isRecord()) {
            // a map's or list's entry, e.g. scores[topic], belongs to the component it is in
            String component = field.split("[\\[.]", 2)[0];
            for (var recordComponent : target.getClass().getRecordComponents()) {
                if (recordComponent.getName().equals(component)) {
                    return true;
                }
            }
            return false;
        }
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    /** Every field problem next to its field. */
    public static FormErrors of(DomainException exception, Messages messages) {
        return of(exception, messages, (Set<String>) null);
    }

    /** @param formFields the form's fields; problems of other fields are shown above the form */
    public static FormErrors of(DomainException exception, Messages messages, String... formFields) {
        return of(exception, messages, Set.of(formFields));
    }

    private static FormErrors of(DomainException exception, Messages messages, @Nullable Set<String> formFields) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (DomainException.FieldProblem problem : exception.fieldProblems()) {
            String message = messages.get(problem.messageKey(), problem.args());
            if (formFields == null || formFields.contains(problem.field())) {
                byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(message);
            } else {
                general.add(message);
            }
        }
        if (exception.fieldProblems().isEmpty()) {
            general.add(messages.get(exception.messageKey(), exception.args()));
        }
        return new FormErrors(byField, general);
    }

    /** One problem of one field, e.g. two passwords that differ. */
    public static FormErrors field(String field, @Nullable String message) {
        return new FormErrors(Map.of(field, List.of(message == null ? "" : message)), List.of());
    }

    public boolean any() {
        return !byField.isEmpty() || !generalMessages.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of one field as one sentence, or null. */
    public @Nullable String get(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join(" ", messages);
    }

    /** The messages that belong to no field, as one sentence, or null. */
    public @Nullable String general() {
        return generalMessages.isEmpty() ? null : String.join(" ", generalMessages);
    }

    /** Every message, of the fields and general, e.g. for a form that cannot be shown again. */
    public List<String> all() {
        List<String> all = new ArrayList<>();
        byField.values().forEach(all::addAll);
        all.addAll(generalMessages);
        return all;
    }

    /** Field name → messages, for callers that only have the field map. */
    public Map<String, List<String>> fields() {
        return byField;
    }
}
