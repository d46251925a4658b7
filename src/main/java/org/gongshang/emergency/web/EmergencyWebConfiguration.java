package org.gongshang.emergency.web;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EmergencyWebConfiguration {

    @Bean
    NavigationItem emergencyNavigation() {
        return new NavigationItem("emergencies", "/emergencies", "nav.emergencies", 45);
    }

    /**
     * What was done about resolved events is public, and so are the photos of what was done (the
     * photo handler lets anyone else see only what they may); open events are not.
     */
    @Bean
    PublicPaths emergencyPaths() {
        return PublicPaths.readOnly("/emergencies/resolved", "/api/v1/emergencies/resolved", "/emergencies/*/photos/*",
                "/api/v1/emergencies/*/photos/*");
    }
}
