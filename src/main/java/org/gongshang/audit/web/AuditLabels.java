package org.gongshang.audit.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongshang.audit.AuditEntry;
import org.gongshang.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The log's codes in words: the action, the subject's type, each detail's name and value. A value
 * that is a code of the module that recorded it ({@code from: ACCEPTED}, {@code reason: DUPLICATE})
 * reads as that module says it ({@code outcome.status.ACCEPTED}, {@code topic.reason.DUPLICATE});
 * a detail without a value ({@code reason: null}) is left out. Codes without a label show as they
 * are, so that nothing recorded is hidden. The audit module knows no other module: the labels are
 * found in the one message source by convention.
 */
@Component
class AuditLabels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern LIST = Pattern.compile("\\[(.*)]");

    private final Messages messages;

    AuditLabels(Messages messages) {
        this.messages = messages;
    }

    AuditRow row(AuditEntry entry, String time) {
        String module = entry.action().contains(".") ? entry.action().substring(0, entry.action().indexOf('.')) : entry.action();
        List<AuditRow.Detail> details = entry.details().entrySet().stream()
                .filter(detail -> detail.getValue() != null && !detail.getValue().equals("null") && !detail.getValue().isBlank())
                .map(detail -> new AuditRow.Detail(label("audit.key." + detail.getKey(), detail.getKey()),
                        value(module, detail.getKey(), detail.getValue())))
                .toList();
        return new AuditRow(entry, time, label("audit.act." + entry.action(), entry.action()),
                label("audit.type." + entry.subjectType(), entry.subjectType()), details);
    }

    private String value(String module, String key, String value) {
        var list = LIST.matcher(value);
        if (list.matches()) {
            return String.join("、", Stream.of(list.group(1).split(",\\s*")).filter(v -> !v.isBlank())
                    .map(v -> value(module, key, v)).toList());
        }
        if (value.equals("true") || value.equals("false")) {
            return label("audit.value." + value, value);
        }
        if (!CODE.matcher(value).matches()) {
            return value;
        }
        return Stream.of(module + "." + key + "." + value, module + ".status." + value, module + ".reason." + value, "role." + value)
                .map(messages::find).flatMap(Optional::stream).findFirst().orElse(value);
    }

    private String label(String key, String code) {
        return messages.find(key).orElse(code);
    }
}
