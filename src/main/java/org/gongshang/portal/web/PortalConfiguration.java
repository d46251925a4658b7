package org.gongshang.portal.web;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    PublicPaths portalPaths() {
        return PublicPaths.readOnly("/");
    }

    @Bean
    NavigationItem homeLink() {
        return new NavigationItem("home", "/", "nav.home", 0);
    }
}
