package org.gongshang.shared;

import java.util.List;

/**
 * A rule of the domain said no. Carries a message key (translated where it is shown: problem
 * details on the API, a message on pages) and the kind of refusal, which decides the HTTP status.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A problem with one input field; {@code field} is the JSON property or form field name. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    protected DomainException(Kind kind, String messageKey, Object[] args, List<FieldProblem> fieldProblems) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static DomainException invalid(String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, messageKey, args, List.of());
    }

    public static DomainException invalidField(String field, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, messageKey, args, List.of(new FieldProblem(field, messageKey, args)));
    }

    public static DomainException invalidFields(List<FieldProblem> problems) {
        return new DomainException(Kind.INVALID, "error.invalid-input", new Object[0], problems);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, messageKey, args, List.of());
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, args, List.of());
    }

    public static DomainException forbidden(String messageKey, Object... args) {
        return new DomainException(Kind.FORBIDDEN, messageKey, args, List.of());
    }

    public static DomainException unauthenticated(String messageKey, Object... args) {
        return new DomainException(Kind.UNAUTHENTICATED, messageKey, args, List.of());
    }

    public static DomainException tooMany(String messageKey, Object... args) {
        return new DomainException(Kind.TOO_MANY, messageKey, args, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
