package org.gongshang.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    /** Primary over the application's system clock, so tests can let time pass. */
    @Bean
    @org.springframework.context.annotation.Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    SentCodes sentCodes() {
        return new SentCodes();
    }

    @Bean
    People people(org.gongshang.identity.Accounts accounts, org.gongshang.identity.VerificationCodes codes,
            SentCodes sentCodes, org.gongshang.region.Organizations organizations) {
        return new People(accounts, codes, sentCodes, organizations);
    }

    @Bean
    Sessions sessions(org.gongshang.identity.security.SignedInAccounts accounts) {
        return new Sessions(accounts);
    }

    @Bean
    Flash flash(org.springframework.context.MessageSource messages) {
        return new Flash(messages);
    }

    @Bean
    Api api(org.springframework.core.env.Environment environment) {
        return new Api(environment);
    }
}
