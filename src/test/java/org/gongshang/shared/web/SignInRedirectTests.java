package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page a login returns to after an htmx request: only a path of this site, never the login itself. */
class SignInRedirectTests {

    @Test
    void keepsThePathAndQueryOfThePage() {
        assertThat(SignInRedirect.pageOf("http://gongshang.example/deliberations/7?lang=en", "")).contains("/deliberations/7?lang=en");
        assertThat(SignInRedirect.pageOf("/topics", "")).contains("/topics");
    }

    @Test
    void dropsAnyHost() {
        assertThat(SignInRedirect.pageOf("https://evil.example/steal", "")).contains("/steal");
        assertThat(SignInRedirect.pageOf("//evil.example/steal", "")).contains("/steal");
    }

    @Test
    void stripsTheContextPathBecauseTheRedirectAddsItAgain() {
        assertThat(SignInRedirect.pageOf("http://example.cn/gongshang/topics/3", "/gongshang")).contains("/topics/3");
    }

    @Test
    void returnsNothingForTheLoginPageOrWhatIsNoUrl() {
        assertThat(SignInRedirect.pageOf(null, "")).isEmpty();
        assertThat(SignInRedirect.pageOf(" ", "")).isEmpty();
        assertThat(SignInRedirect.pageOf("http://example.cn/login?error", "")).isEmpty();
        assertThat(SignInRedirect.pageOf("http://example.cn/a b", "")).isEmpty();
        assertThat(SignInRedirect.pageOf("mailto:someone@example.cn", "")).isEmpty();
    }
}
