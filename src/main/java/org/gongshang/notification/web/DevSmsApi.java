package org.gongshang.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.notification.internal.DevSmsReader;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ConditionalOnBooleanProperty("gongshang.demo")
@Tag(name = "Development SMS", description = "演示模式下的短信 (demo mode only; 404 otherwise)")
class DevSmsApi {

    private final DevSmsReader reader;

    DevSmsApi(DevSmsReader reader) {
        this.reader = reader;
    }

    record DevSmsJson(long id, UUID messageId, String maskedPhone, String text, Instant sentAt) {
    }

    @GetMapping("/api/v1/dev/sms")
    @Operation(summary = "SMS the demo gateway kept, newest first, to one phone if given")
    List<DevSmsJson> latest(@RequestParam(required = false) @Nullable String phone) {
        return reader.latest(phone).stream()
                .map(sms -> new DevSmsJson(sms.id(), sms.messageId(), sms.phoneMasked(), sms.text(), sms.sentAt()))
                .toList();
    }
}
