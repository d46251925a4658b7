package org.gongshang.moderation.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ModerationAdminSection {

    @Bean
    AdminSection sensitiveWordSection() {
        return new AdminSection("/admin/sensitive-words", "moderation.title", "moderation.section.hint", List.of("ADMIN"), 70);
    }
}
