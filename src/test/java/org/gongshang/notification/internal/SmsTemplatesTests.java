package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.NotificationProperties.Provider;
import org.gongshang.notification.NotificationProperties.SmsTemplate;
import org.gongshang.notification.internal.SmsTemplates.Placeholders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Templates per kind of message: checked at start, filled with a message's values, counted as billed. */
class SmsTemplatesTests {

    @Test
    void aKindWithoutATemplateStopsTheStartNamingTheSetting() {
        Map<MessageKind, SmsTemplate> templates = new EnumMap<>(SmsSettings.aliyunTemplates());
        templates.remove(MessageKind.EMERGENCY);

        assertThatThrownBy(() -> SmsGatewayConfiguration.provider(SmsSettings.of(Provider.ALIYUN, templates, "http://127.0.0.1"),
                JsonMapper.builder().build(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongshang.notification.sms.templates.EMERGENCY.id");
    }

    @Test
    void placeholdersThatTheParametersDoNotFillStopTheStart() {
        Map<MessageKind, SmsTemplate> templates = new EnumMap<>(SmsSettings.tencentTemplates());
        templates.put(MessageKind.TOPIC, new SmsTemplate("1001", "议题{1}有新进展：{2}", List.of("title")));
        templates.put(MessageKind.OUTCOME, new SmsTemplate("1002", "成果{1}", List.of("subject")));

        assertThatThrownBy(() -> SmsTemplates.of(SmsSettings.of(Provider.TENCENT, templates, "http://127.0.0.1"), Placeholders.NUMBERED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("templates.TOPIC: the text has the placeholders [1, 2] but the parameters fill [1]")
                .hasMessageContaining("templates.OUTCOME.parameters: unknown source 'subject'");
    }

    @Test
    void aTemplateIsFilledByNameOrPositionAndLongValuesAreCut() {
        var aliyun = SmsTemplates.of(SmsSettings.of(Provider.ALIYUN, SmsSettings.aliyunTemplates(), "http://x"), Placeholders.NAMED);
        var tencent = SmsTemplates.of(SmsSettings.of(Provider.TENCENT, SmsSettings.tencentTemplates(), "http://x"),
                Placeholders.NUMBERED);
        Map<String, String> values = Map.of("title", "协商成果已答复，请对办理答复进行满意度测评", "arg1", "482913", "arg2", "5");

        var code = aliyun.fill(MessageKind.CODE, values);
        assertThat(code.templateId()).isEqualTo("SMS_200");
        assertThat(code.named()).containsExactly(Map.entry("code", "482913"), Map.entry("minutes", "5"));
        assertThat(code.fullText()).isEqualTo("【共商】您的验证码为482913，5分钟内有效，请勿泄露。");
        var notice = tencent.fill(MessageKind.OUTCOME, values);
        assertThat(notice.numbered()).containsExactly("协商成果已答复，请对办…");
        assertThat(notice.fullText()).isEqualTo("【共商】您有一条新消息：协商成果已答复，请对办…，请登录共商平台查看。");
    }

    /** The properties as configuration.md shows them, a comma-separated list of parameters included. */
    @Test
    void templatesAreBoundFromPropertiesAsDocumented() {
        Map<String, String> properties = new HashMap<>();
        properties.put("gongshang.notification.sms.provider", "ALIYUN");
        properties.put("gongshang.notification.sms.sign-name", "共商");
        for (MessageKind kind : MessageKind.values()) {
            properties.put("gongshang.notification.sms.templates." + kind + ".id", "SMS_" + kind.ordinal());
            properties.put("gongshang.notification.sms.templates." + kind + ".text", "您有一条新消息：${title}，请登录共商平台查看。");
            properties.put("gongshang.notification.sms.templates." + kind + ".parameters", "title=title");
        }
        properties.put("gongshang.notification.sms.templates.CODE.text", "您的验证码为${code}，${minutes}分钟内有效，请勿泄露。");
        properties.put("gongshang.notification.sms.templates.CODE.parameters", "code=arg1,minutes=arg2");

        NotificationProperties bound = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("gongshang.notification", NotificationProperties.class);
        var templates = SmsTemplates.of(bound.sms(), Placeholders.NAMED);

        assertThat(bound.sms().provider()).isEqualTo(Provider.ALIYUN);
        assertThat(templates.fill(MessageKind.CODE, Map.of("arg1", "482913", "arg2", "5")).named())
                .containsExactly(Map.entry("code", "482913"), Map.entry("minutes", "5"));
    }

    /** 短信发送规则 (help.aliyun.com/document_detail/44335.htm): 160 characters are 67 + 67 + 26, three SMS. */
    @Test
    void textsAreCountedAsTheProvidersBillThem() {
        assertThat(SmsParts.count("【共商】" + "字".repeat(66))).isEqualTo(1);
        assertThat(SmsParts.count("字".repeat(71))).isEqualTo(2);
        assertThat(SmsParts.count("字".repeat(134))).isEqualTo(2);
        assertThat(SmsParts.count("字".repeat(135))).isEqualTo(3);
        assertThat(SmsParts.count("字".repeat(160))).isEqualTo(3);
        assertThat(SmsParts.count("😀".repeat(70))).isEqualTo(1);
    }
}
