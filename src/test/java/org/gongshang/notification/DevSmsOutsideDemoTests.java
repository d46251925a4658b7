package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.support.Api;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The channel test context runs with demo mode off: the development SMS must not be reachable. */
@ChannelTest
class DevSmsOutsideDemoTests {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Test
    void theDevSmsApiIsNotFoundOutsideDemoMode() {
        var response = api.anonymous().get("/api/v1/dev/sms?phone=" + People.phone());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theDevSmsPageIsNotFoundOutsideDemoMode() throws Exception {
        mvc.perform(get("/dev/sms")).andExpect(status().isNotFound());
    }
}
