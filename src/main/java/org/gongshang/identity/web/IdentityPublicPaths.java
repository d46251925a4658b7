package org.gongshang.identity.web;

import org.gongshang.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityPublicPaths {

    /** Registration, codes, tokens, password reset and the first administrator's set-up link are what an anonymous caller comes for. */
    @Bean
    PublicPaths identityPaths() {
        return PublicPaths.anyMethod("/api/v1/auth/verification-codes", "/api/v1/auth/token", "/api/v1/auth/password-reset")
                .andAnyMethod("/api/v1/accounts", "/setup/*");
    }
}
