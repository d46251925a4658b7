package org.gongshang.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A refused form, ready for the page: one translated message per field, and a general message for
 * refusals that concern no single field. Templates show each next to its input.
 */
public record FormErrors(Map<String, String> fields, @Nullable String general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    public static FormErrors of(DomainException exception, Messages messages) {
        Map<String, String> fields = new LinkedHashMap<>();
        exception.fieldProblems().forEach(problem -> fields.putIfAbsent(problem.field(), messages.get(problem.messageKey(), problem.args())));
        String general = fields.isEmpty() ? messages.get(exception.messageKey(), exception.args()) : null;
        return new FormErrors(fields, general);
    }

    public static FormErrors field(String field, String message) {
        return new FormErrors(Map.of(field, message), null);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public @Nullable String get(String field) {
        return fields.get(field);
    }

    public boolean any() {
        return !fields.isEmpty() || general != null;
    }
}
