package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.gongshang.shared.PlatformProperties;
import org.gongshang.shared.demo.DemoMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which address links that leave the page carry, and when a real installation is warned. */
class PublicAddressTests {

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theConfiguredAddressIsUsedForPagesAndMessagesAlike() {
        PublicAddress address = address("https://gongshang.dazhou.example/", false);
        inRequestTo("http", "10.0.0.5", 8080);

        assertThat(address.link("/campaigns/3")).isEqualTo("https://gongshang.dazhou.example/campaigns/3");
        assertThat(address.messageLink("/inbox")).isEqualTo("https://gongshang.dazhou.example/inbox");
        assertThat(address.needsSetting()).isFalse();
    }

    @Test
    void unsetAPageLinksToTheAddressItWasReachedAtButMessagesNeverDo() {
        PublicAddress address = address(null, false);
        inRequestTo("https", "forged.example", 443);

        assertThat(address.link("/surveys/7")).isEqualTo("https://forged.example/surveys/7");
        assertThat(address.messageLink("/inbox")).isEqualTo("http://localhost:8080/inbox");
    }

    @Test
    void aRealInstallationLinkingToItselfIsToBeSetButADemonstrationIsNot() {
        assertThat(address(null, false).needsSetting()).isTrue();
        assertThat(address("http://localhost:8080", false).needsSetting()).isTrue();
        assertThat(address("http://127.0.0.1", false).needsSetting()).isTrue();
        assertThat(address(null, true).needsSetting()).isFalse();
        assertThat(address("https://gongshang.dazhou.example", false).needsSetting()).isFalse();
    }

    private static PublicAddress address(@Nullable String configured, boolean demo) {
        DemoMode mode = mock(DemoMode.class);
        when(mode.isOn()).thenReturn(demo);
        return new PublicAddress(new PlatformProperties(Path.of("target/unused"), demo, configured), new MockEnvironment(), mode);
    }

    private static void inRequestTo(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
