package org.gongshang.support;

import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.ResidentRegistration;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.SignedInAccounts;
import org.gongshang.region.Organizations;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.HttpSessionIdResolver;

@TestConfiguration(proxyBeanMethods = false)
@Import(NodeProbes.class)
public class TestSupportConfiguration {

    /** Primary over the application's system clock, so tests can let time pass. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    SentCodes sentCodes(PersonalDataCipher cipher) {
        return new SentCodes(cipher);
    }

    @Bean
    People people(ResidentRegistration registration, AccountOpening opening, Passwords passwords, VerificationCodes codes,
            SentCodes sentCodes, Organizations organizations) {
        return new People(registration, opening, passwords, codes, sentCodes, organizations);
    }

    @Bean
    Sessions sessions(SignedInAccounts accounts, FindByIndexNameSessionRepository<? extends Session> stored) {
        return new Sessions(accounts, stored);
    }

    @Bean
    HttpSessionIdResolver mockSessionIdResolver() {
        return new MockSessionIdResolver();
    }

    @Bean
    Flash flash(MessageSource messages) {
        return new Flash(messages);
    }

    @Bean
    Api api(Environment environment) {
        return new Api(environment);
    }
}
