package org.gongshang.notification.web;

import org.gongshang.notification.internal.DevSmsReader;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The demo's "phone": the SMS the platform would have sent. */
@Controller
@ConditionalOnBooleanProperty("gongshang.demo")
class DevSmsPage {

    private final DevSmsReader reader;

    DevSmsPage(DevSmsReader reader) {
        this.reader = reader;
    }

    @GetMapping("/dev/sms")
    String list(@RequestParam(required = false) @Nullable String phone, Model model) {
        model.addAttribute("messages", reader.latest(phone));
        model.addAttribute("phone", phone);
        return "notification/dev-sms";
    }
}
