package org.gongshang.consultation.web;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsultationWebConfiguration {

    /** The public reads open consultations once scheduled, and their summaries once final; the services decide which. */
    @Bean
    PublicPaths consultationPaths() {
        return PublicPaths.readOnly("/consultations", "/consultations/*", "/consultations/*/summary",
                "/api/v1/consultations", "/api/v1/consultations/*", "/api/v1/consultations/*/agenda",
                "/api/v1/consultations/*/minutes/public");
    }

    @Bean
    NavigationItem consultationsLink() {
        return new NavigationItem("consultations", "/consultations", "nav.consultations", 40);
    }
}
