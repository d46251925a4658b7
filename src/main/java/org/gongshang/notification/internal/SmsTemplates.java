package org.gongshang.notification.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.NotificationProperties.SmsTemplate;

/**
 * The providers' approved templates, one per kind of message, checked when the application starts:
 * a kind without a template, or a template whose placeholders do not match its parameters, stops
 * the start rather than dropping SMS later. Fills a template with a message's values.
 */
final class SmsTemplates {

    /** Aliyun names its placeholders ({@code ${code}}), Tencent numbers them ({@code {1}}). */
    enum Placeholders {
        NAMED(Pattern.compile("\\$\\{(\\w+)}")), NUMBERED(Pattern.compile("\\{(\\d+)}"));

        private final Pattern pattern;

        Placeholders(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    private static final Pattern SOURCE = Pattern.compile("title|body|link|text|arg[0-9]");

    record Parameter(String name, String source) {
    }

    record Template(String id, String text, List<Parameter> parameters) {
    }

    /**
     * @param named the values by placeholder name (Aliyun's TemplateParam)
     * @param numbered the values in placeholder order (Tencent's TemplateParamSet)
     * @param fullText the SMS as the phone shows it, sign included, as the provider bills it
     */
    record Filled(String templateId, Map<String, String> named, List<String> numbered, String fullText) {

        int parts() {
            return SmsParts.count(fullText);
        }
    }

    private final Map<MessageKind, Template> templates;
    private final Placeholders placeholders;
    private final String sign;
    private final int maxLength;

    private SmsTemplates(Map<MessageKind, Template> templates, Placeholders placeholders, String sign, int maxLength) {
        this.templates = templates;
        this.placeholders = placeholders;
        this.sign = sign;
        this.maxLength = maxLength;
    }

    /** @throws IllegalStateException naming every problem of the configuration */
    static SmsTemplates of(NotificationProperties.Sms settings, Placeholders placeholders) {
        List<String> problems = new ArrayList<>();
        if (settings.signName() == null || settings.signName().isBlank()) {
            problems.add("gongshang.notification.sms.sign-name is not set");
        }
        if (settings.parameterMaxLength() < 2) {
            problems.add("gongshang.notification.sms.parameter-max-length must be at least 2");
        }
        Map<MessageKind, Template> templates = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            String property = "gongshang.notification.sms.templates." + kind;
            SmsTemplate configured = settings.templates().get(kind);
            if (configured == null || configured.id() == null || configured.id().isBlank()
                    || configured.text() == null || configured.text().isBlank()) {
                problems.add(property + ".id and .text are not set: every kind of message can be sent by SMS");
                continue;
            }
            Template template = new Template(configured.id().strip(), configured.text(),
                    configured.parameters().stream().map(SmsTemplates::parameter).toList());
            problems.addAll(check(property, template, placeholders));
            templates.put(kind, template);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SMS templates are not configured right:\n  " + String.join("\n  ", problems));
        }
        return new SmsTemplates(templates, placeholders, settings.signName().strip(), settings.parameterMaxLength());
    }

    Filled fill(MessageKind kind, Map<String, String> values) {
        Template template = templates.get(kind);
        Map<String, String> named = new LinkedHashMap<>();
        List<String> numbered = new ArrayList<>();
        for (Parameter parameter : template.parameters()) {
            String value = cut(values.getOrDefault(parameter.source(), ""));
            named.put(parameter.name(), value);
            numbered.add(value);
        }
        Matcher matcher = placeholders.pattern.matcher(template.text());
        StringBuilder text = new StringBuilder("【").append(sign).append("】");
        while (matcher.find()) {
            String value = placeholders == Placeholders.NAMED ? named.get(matcher.group(1))
                    : numbered.get(Integer.parseInt(matcher.group(1)) - 1);
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return new Filled(template.id(), named, numbered, text.toString());
    }

    String sign() {
        return sign;
    }

    private String cut(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= maxLength ? line
                : line.substring(0, line.offsetByCodePoints(0, maxLength - 1)) + "…";
    }

    private static Parameter parameter(String entry) {
        int equals = entry.indexOf('=');
        String source = entry.substring(equals + 1).strip();
        return new Parameter(equals < 0 ? source : entry.substring(0, equals).strip(), source);
    }

    private static List<String> check(String property, Template template, Placeholders placeholders) {
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : template.parameters()) {
            if (!SOURCE.matcher(parameter.source()).matches()) {
                problems.add(property + ".parameters: unknown source '" + parameter.source()
                        + "' (title, body, link, text or arg0...arg9)");
            }
        }
        Set<String> found = new TreeSet<>();
        Matcher matcher = placeholders.pattern.matcher(template.text());
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < template.parameters().size(); i++) {
            expected.add(placeholders == Placeholders.NAMED ? template.parameters().get(i).name() : String.valueOf(i + 1));
        }
        if (!found.equals(expected)) {
            problems.add(property + ": the text has the placeholders " + found + " but the parameters fill " + expected);
        }
        return problems;
    }
}
