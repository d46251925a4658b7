package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page a login returns to after an htmx request or a posted form: only a page of this site, never the login itself. */
class SignInRedirectTests {

    static final String HOST = "gongshang.example";

    @Test
    void keepsThePathAndQueryOfThePage() {
        assertThat(SignInRedirect.pageOf("http://gongshang.example/deliberations/7?lang=en", HOST, "")).contains("/deliberations/7?lang=en");
        assertThat(SignInRedirect.pageOf("https://GONGSHANG.example:8443/topics", HOST, "")).contains("/topics");
        assertThat(SignInRedirect.pageOf("/topics", HOST, "")).contains("/topics");
    }

    @Test
    void ignoresAPageOfAnotherHost() {
        assertThat(SignInRedirect.pageOf("https://evil.example/steal", HOST, "")).isEmpty();
        assertThat(SignInRedirect.pageOf("//evil.example/steal", HOST, "")).isEmpty();
    }

    @Test
    void stripsTheContextPathBecauseTheRedirectAddsItAgain() {
        assertThat(SignInRedirect.pageOf("http://gongshang.example/gongshang/topics/3", HOST, "/gongshang")).contains("/topics/3");
    }

    @Test
    void returnsNothingForTheLoginPageOrWhatIsNoUrl() {
        assertThat(SignInRedirect.pageOf(null, HOST, "")).isEmpty();
        assertThat(SignInRedirect.pageOf(" ", HOST, "")).isEmpty();
        assertThat(SignInRedirect.pageOf("http://gongshang.example/login?error", HOST, "")).isEmpty();
        assertThat(SignInRedirect.pageOf("http://gongshang.example/a b", HOST, "")).isEmpty();
        assertThat(SignInRedirect.pageOf("mailto:someone@gongshang.example", HOST, "")).isEmpty();
    }
}
