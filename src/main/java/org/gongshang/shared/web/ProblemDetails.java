package org.gongshang.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.gongshang.shared.DomainException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details in the request's language: a {@code title} for the kind of
 * problem, a {@code detail} for this one, a stable {@code code} (the message key) for clients, and
 * an {@code errors} list of {@code {"field","message"}}.
 */
@Component
public class ProblemDetails {

    private static final String TYPE_BASE = "https://gongshang.org.cn/problems/";

    private final Messages messages;

    ProblemDetails(Messages messages) {
        this.messages = messages;
    }

    public ProblemDetail of(DomainException exception) {
        List<FieldMessage> errors = exception.fieldProblems().stream()
                .map(p -> new FieldMessage(p.field(), messages.get(p.messageKey(), p.args())))
                .toList();
        return of(HttpStatusCode.valueOf(exception.kind().status()), exception.messageKey(),
                messages.get(exception.messageKey(), exception.args()), errors);
    }

    public ProblemDetail of(HttpStatusCode status, String code, String detail, List<FieldMessage> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(messages.get("problem.title." + status.value()));
        problem.setProperty("code", code);
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }

    public ProblemDetail of(HttpStatusCode status, String code) {
        return of(status, code, messages.get(code), List.of());
    }

    public record FieldMessage(String field, String message) {
    }
}
