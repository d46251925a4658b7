package org.gongshang.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts and images (the favicon too) under content-hashed URLs ({@code /css/gongshang-<md5>.css}, written by
 * {@code @{...}} in templates), kept by browsers and proxies for a year; web jars under their version.
 * <p>
 * Only these paths are resources (Boot's catch-all {@code /**} mapping is off:
 * {@code spring.web.resources.add-mappings=false}). With the catch-all, every {@code @{...}} link
 * of every page — {@code /topics/42} too — was looked up as a file in the four static locations of
 * the nested jar, and a miss is never cached: two thirds of a page's CPU time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** The folders of {@code src/main/resources/static}. */
    private static final String[] FOLDERS = {"css", "js", "images"};

    /** Long enough to count as forever; a new version has a new URL. */
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FOREVER)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOREVER)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
