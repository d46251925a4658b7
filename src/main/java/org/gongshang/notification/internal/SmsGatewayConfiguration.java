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
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode keeps SMS visible at /dev/sms; otherwise they go to the configured provider: the
 * generic HTTP gateway, Aliyun or Tencent. A provider configured incompletely (keys, sign, a
 * template for every kind) stops the start, rather than dropping SMS later.
 */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsGatewayConfiguration.class);

    @Bean
    SmsGateway smsGateway(DemoMode demo, NotificationProperties properties, DevSmsStore devSms, PersonalDataCipher cipher,
            JsonMapper json, Clock clock) {
        if (demo.isOn()) {
            log.info("Demo mode: SMS are not sent but shown at /dev/sms");
            return new DevSmsGateway(devSms, cipher, clock);
        }
        SmsGateway gateway = provider(properties.sms(), json, clock);
        log.info("SMS go through {}", gateway);
        return gateway;
    }

    static SmsGateway provider(NotificationProperties.Sms sms, JsonMapper json, Clock clock) {
        return switch (sms.provider()) {
            case ALIYUN -> new AliyunSmsGateway(sms.aliyun(), SmsTemplates.of(sms, SmsTemplates.Placeholders.NAMED),
                    new ProviderHttp(sms.timeout()), json, clock);
            case TENCENT -> new TencentSmsGateway(sms.tencent(), SmsTemplates.of(sms, SmsTemplates.Placeholders.NUMBERED),
                    new ProviderHttp(sms.timeout()), json, clock);
            case HTTP -> {
                if (sms.urlTemplate() == null || sms.urlTemplate().isBlank()) {
                    log.warn("No SMS gateway configured (gongshang.notification.sms.url-template): SMS wait in the outbox");
                    yield new UnconfiguredSmsGateway();
                }
                yield new HttpSmsGateway(sms);
            }
        };
    }
}
