package org.gongshang.notification.web;

import org.gongshang.notification.NotificationPreferences;
import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration implements WebMvcConfigurer {

    private final NotificationPreferences preferences;

    NotificationWebConfiguration(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** The demo's SMS are open to all, as the phone would be; outside demo mode the controllers answer 404. */
    @Bean
    PublicPaths notificationPaths() {
        return PublicPaths.readOnly("/dev/sms", "/api/v1/dev/sms");
    }

    @Bean
    AdminSection failedNotificationSection() {
        return new AdminSection("/admin/notifications", "notification.admin.section", "notification.admin.section.hint",
                java.util.List.of("ADMIN"), 60);
    }

    /** After the locale interceptor, so that a switch with ?lang= counts at once. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MessageLanguageInterceptor(preferences))
                .excludePathPatterns("/api/**", "/actuator/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
                        "/favicon.ico", "/error", "/error/**")
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
