package org.gongshang.notification.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.NotificationProperties.Provider;
import org.gongshang.notification.NotificationProperties.SmsTemplate;

/** SMS settings for tests: a template for every kind, as an installation would configure them. */
final class SmsSettings {

    private SmsSettings() {
    }

    /** Aliyun-style: codes get their own template, every other kind one that names the notice's title. */
    static Map<MessageKind, SmsTemplate> aliyunTemplates() {
        Map<MessageKind, SmsTemplate> templates = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            templates.put(kind, new SmsTemplate("SMS_" + (100 + kind.ordinal()), "您有一条新消息：${title}，请登录共商平台查看。",
                    List.of("title=title")));
        }
        templates.put(MessageKind.CODE, new SmsTemplate("SMS_200", "您的验证码为${code}，${minutes}分钟内有效，请勿泄露。",
                List.of("code=arg1", "minutes=arg2")));
        return templates;
    }

    static Map<MessageKind, SmsTemplate> tencentTemplates() {
        Map<MessageKind, SmsTemplate> templates = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            templates.put(kind, new SmsTemplate(String.valueOf(1000 + kind.ordinal()), "您有一条新消息：{1}，请登录共商平台查看。",
                    List.of("title")));
        }
        templates.put(MessageKind.CODE, new SmsTemplate("2000", "您的验证码为{1}，{2}分钟内有效，请勿泄露。", List.of("arg1", "arg2")));
        return templates;
    }

    static NotificationProperties.Sms of(Provider provider, Map<MessageKind, SmsTemplate> templates, String endpoint) {
        return new NotificationProperties.Sms(provider, "共商", templates, 12,
                new NotificationProperties.Aliyun("test-key-id", "test-key-secret", endpoint),
                new NotificationProperties.Tencent("AKIDtest", "test-secret-key", "1400006666", "ap-guangzhou", endpoint),
                Duration.ofMinutes(1), Duration.ofDays(2), null, "GET", null, "application/json", null, null, "Authorization",
                null, null, Duration.ofSeconds(2));
    }
}
