package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.gongshang.GongshangApplication;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** {@code java -jar gongshang.jar create-admin USERNAME}, with the password on standard input. */
@GongshangTest
class CreateAdminCommandTests {

    @Autowired
    Api api;

    @Test
    void theCommandCreatesAnAdministratorWhoCanLogIn() {
        String username = "chief" + System.nanoTime() % 1_000_000;

        int exit = run("Strong-pass-2026\n", "--gongshang.command=create-admin", username, "--phone=" + People.phone());

        assertThat(exit).isZero();
        var token = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"Strong-pass-2026\"}".formatted(username));
        assertThat(token.status()).isEqualTo(200);
        var me = api.withToken(token.json().get("accessToken").asString()).get("/api/v1/me").json();
        assertThat(me.get("roles").get(0).asString()).isEqualTo("ADMIN");
    }

    @Test
    void aWeakPasswordIsRefusedWithANonZeroExit() {
        assertThat(run("short\n", "--gongshang.command=create-admin", "weak" + System.nanoTime() % 1_000_000)).isNotZero();
    }

    private static int run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var context = new SpringApplicationBuilder(GongshangApplication.class).web(WebApplicationType.NONE)
                    .profiles("command").run(args);
            return SpringApplication.exit(context);
        } finally {
            System.setIn(original);
        }
    }
}
