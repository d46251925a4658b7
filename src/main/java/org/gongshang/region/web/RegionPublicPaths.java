package org.gongshang.region.web;

import org.gongshang.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegionPublicPaths {

    /** The division tree and the organisations are public facts; changing them is for admins. */
    @Bean
    PublicPaths regionPaths() {
        return PublicPaths.readOnly("/api/v1/regions", "/api/v1/regions/**", "/api/v1/organizations",
                "/api/v1/organizations/**", "/regions/**");
    }
}
