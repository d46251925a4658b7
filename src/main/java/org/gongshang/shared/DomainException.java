package org.gongshang.shared;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain said no. Carries a message key (translated where it is shown: problem
 * details on the API, a message on pages) and the kind of refusal, which decides the HTTP status.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_MANY(429),
        /** Busy for a moment (too many image decodes at once): try again shortly. */
        UNAVAILABLE(503);

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
    private final @Nullable Duration retryAfter;

    protected DomainException(Kind kind, String messageKey, Object[] args, List<FieldProblem> fieldProblems) {
        this(kind, messageKey, args, fieldProblems, null);
    }

    private DomainException(Kind kind, String messageKey, Object[] args, List<FieldProblem> fieldProblems,
            @Nullable Duration retryAfter) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.retryAfter = retryAfter;
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

    public static DomainException unavailable(String messageKey, Object... args) {
        return new DomainException(Kind.UNAVAILABLE, messageKey, args, List.of());
    }

    /** The same refusal, telling the caller when to try again (HTTP {@code Retry-After}). */
    public DomainException withRetryAfter(Duration wait) {
        return new DomainException(kind, messageKey, args, fieldProblems, wait);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
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
