package org.gongshang.member.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the share links see every page request: a visitor by a shared link may sign in anywhere. */
@Configuration(proxyBeanMethods = false)
class ShareLinkInterceptor implements WebMvcConfigurer {

    private final ShareLinks links;

    ShareLinkInterceptor(ShareLinks links) {
        this.links = links;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(links).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
    }
}
