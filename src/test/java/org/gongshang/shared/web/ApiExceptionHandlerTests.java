package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

/** What the API's error handling does with requests whose answer is already under way. */
class ApiExceptionHandlerTests {

    private final ApiExceptionHandler handler;

    ApiExceptionHandlerTests() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/common");
        source.setDefaultEncoding("UTF-8");
        Messages messages = new Messages(source);
        handler = new ApiExceptionHandler(new ProblemDetails(messages), messages);
    }

    @Test
    void anEventStreamThatTimedOutIsLeftToEndWithoutAProblemWrittenAfterItsEvents() throws Exception {
        MockHttpServletResponse stream = new MockHttpServletResponse();
        stream.setContentType("text/event-stream");
        stream.getOutputStream().write("event: open\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flushBuffer();

        var answer = handler.handleException(new AsyncRequestTimeoutException(),
                new ServletWebRequest(new MockHttpServletRequest(), stream));

        assertThat(answer).isNull();
    }

    @Test
    void aRequestThatTimedOutBeforeAnsweringGetsAProblem() throws Exception {
        var answer = handler.handleException(new AsyncRequestTimeoutException(),
                new ServletWebRequest(new MockHttpServletRequest(), new MockHttpServletResponse()));

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
