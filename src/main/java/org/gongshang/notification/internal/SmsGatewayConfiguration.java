package org.gongshang.notification.internal;

import java.time.Clock;

import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway;
import org.gongshang.shared.demo.DemoMode;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Demo mode keeps SMS visible at /dev/sms; otherwise they go to the configured HTTP gateway. */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsGatewayConfiguration.class);

    @Bean
    SmsGateway smsGateway(DemoMode demo, NotificationProperties properties, DevSmsStore devSms, PersonalDataCipher cipher,
            Clock clock) {
        if (demo.isOn()) {
            log.info("Demo mode: SMS are not sent but shown at /dev/sms");
            return new DevSmsGateway(devSms, cipher, clock);
        }
        String url = properties.sms().urlTemplate();
        if (url == null || url.isBlank()) {
            log.warn("No SMS gateway configured (gongshang.notification.sms.url-template): SMS wait in the outbox");
            return new UnconfiguredSmsGateway();
        }
        HttpSmsGateway gateway = new HttpSmsGateway(properties.sms());
        log.info("SMS go through {}", gateway);
        return gateway;
    }
}
