package org.gongshang.shared.web;

import java.util.List;

import org.gongshang.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the JSON API, as {@code application/problem+json} in the caller's language, with
 * {@code errors:[{field, message}]} for input: Bean Validation of a {@code @Valid @RequestBody}
 * record or of handler parameters, a value of the wrong type (in the body or a parameter), and a
 * {@link DomainException}'s field problems. Security exceptions pass through to Spring Security,
 * which answers 401 or 403 itself.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemDetails problems;
    private final Messages messages;

    ApiExceptionHandler(ProblemDetails problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException exception) {
        ProblemDetail problem = problems.of(exception);
        return exception.retryAfter()
                .map(wait -> ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(RetryAfter.seconds(wait))).body(problem))
                .orElseGet(() -> respond(problem));
    }

    /** Two changes based on the same version of an aggregate: the second is told to reload, as any conflict. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile() {
        return domain(DomainException.conflict("error.changed-meanwhile"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
        String field = exception.getName();
        return respond(problems.of(HttpStatus.BAD_REQUEST, "error.invalid-input", messages.get("error.invalid-input"),
                List.of(new ProblemDetails.FieldMessage(field, messages.get("error.field.type", field)))));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException exception) {
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected error in an API call", exception);
        return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A constraint on the whole record (no field) is reported under the body's name.
        List<ProblemDetails.FieldMessage> errors = exception.getBindingResult().getAllErrors().stream()
                .map(error -> new ProblemDetails.FieldMessage(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(), messages.get(error)))
                .toList();
        return asObject(respond(problems.of(HttpStatus.BAD_REQUEST, "error.invalid-input",
                messages.get("error.invalid-input"), errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemDetails.FieldMessage> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new ProblemDetails.FieldMessage(
                                result.getMethodParameter().getParameterName(), messages.get(error))))
                .toList();
        return asObject(respond(problems.of(HttpStatus.BAD_REQUEST, "error.invalid-input",
                messages.get("error.invalid-input"), errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getMostSpecificCause() instanceof JsonText.NulCharacterException nul) {
            String field = field(nul);
            return asObject(respond(problems.of(HttpStatus.BAD_REQUEST, "error.nul-character", messages.get("error.nul-character"),
                    field.isEmpty() ? List.of() : List.of(new ProblemDetails.FieldMessage(field, messages.get("error.nul-character"))))));
        }
        if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = field(mismatch);
            return asObject(respond(problems.of(HttpStatus.BAD_REQUEST, "error.invalid-input", messages.get("error.invalid-input"),
                    List.of(new ProblemDetails.FieldMessage(field, messages.get("error.field.type", field))))));
        }
        return asObject(respond(problems.of(HttpStatus.BAD_REQUEST, "error.unreadable-body")));
    }

    /**
     * The other Spring MVC exceptions (405, 415, missing parameter, ...), translated. Nothing when the
     * answer is under way already: an event stream that timed out (every open page's, after its
     * lifetime) has sent its headers and events, and a problem written after them would fail again.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && servlet.getResponse().isCommitted()) {
            return null;
        }
        String code = "problem.title." + status.value();
        String detail = exception instanceof ErrorResponse ? messages.get(code) : messages.get("error.unexpected");
        return asObject(respond(problems.of(status, code, detail, List.of())));
    }

    /** The JSON path of a value of the wrong type, as the field names of Bean Validation write it: {@code rows[2].code}. */
    private static String field(MismatchedInputException mismatch) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : mismatch.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
