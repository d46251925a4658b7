package org.gongshang.opendata.web;

import org.gongshang.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenDataWebConfiguration {

    /** Open data is for everyone: it holds only what the modules show the public anyway. */
    @Bean
    PublicPaths openDataPaths() {
        return PublicPaths.readOnly("/open-data", "/open-data/*", "/api/v1/open-data", "/api/v1/open-data/*");
    }
}
