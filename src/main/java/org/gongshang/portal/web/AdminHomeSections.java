package org.gongshang.portal.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sections whose pages other modules serve but do not (yet) announce themselves: accounts
 * (identity) and failed notifications (notification). When those modules declare their own
 * {@link AdminSection} beans, these should move there.
 */
@Configuration(proxyBeanMethods = false)
class AdminHomeSections {

    @Bean
    AdminSection accountSection() {
        return new AdminSection("/admin/accounts", "admin.accounts.title", "portal.admin.accounts.hint",
                List.of("ADMIN", "STAFF"), 40);
    }

    @Bean
    AdminSection failedNotificationSection() {
        return new AdminSection("/admin/notifications", "portal.admin.notifications", "portal.admin.notifications.hint",
                List.of("ADMIN"), 60);
    }
}
