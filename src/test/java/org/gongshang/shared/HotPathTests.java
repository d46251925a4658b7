package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/** Handler methods marked {@code @HotPath} are found by a small mapping asked first; everything else falls through. */
@GongshangTest
class HotPathTests {

    @Autowired
    ApplicationContext context;

    @Test
    void theVoteIsFoundFirstAndOtherRequestsFallThroughToTheMainMapping() throws Exception {
        HandlerMapping hot = context.getBeansOfType(HandlerMapping.class).entrySet().stream()
                .filter(entry -> entry.getKey().equals("hotPathHandlerMapping")).findFirst().orElseThrow().getValue();

        HandlerExecutionChain vote = hot.getHandler(request("POST", "/api/v1/deliberations/7/votes"));
        assertThat(vote).isNotNull();
        assertThat(((HandlerMethod) vote.getHandler()).getMethod().getName()).isEqualTo("vote");

        assertThat(hot.getHandler(request("GET", "/api/v1/deliberations/7/votes"))).as("the history of votes").isNull();
        assertThat(hot.getHandler(request("POST", "/api/v1/deliberations/7/statements"))).isNull();
        assertThat(hot.getHandler(request("GET", "/"))).isNull();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType("application/json");
        return request;
    }
}
