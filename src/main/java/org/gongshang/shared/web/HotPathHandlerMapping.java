package org.gongshang.shared.web;

import java.lang.reflect.Method;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The handler methods marked {@link HotPath}, asked before the application's main mapping. They
 * stay in the main mapping too (and in the OpenAPI description); this one only finds them among a
 * handful instead of among all. It matches paths as the main mapping does and, being for the JSON
 * API, runs no interceptors (those switch the page language and remember it for messages).
 */
class HotPathHandlerMapping extends RequestMappingHandlerMapping {

    @Override
    protected @Nullable RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
        return AnnotatedElementUtils.hasAnnotation(method, HotPath.class) ? super.getMappingForMethod(method, handlerType) : null;
    }

    /**
     * Without a match the main mapping decides: the same path may have other methods there (the
     * base class would answer 405 for a GET where this one knows only the POST).
     */
    @Override
    protected @Nullable HandlerMethod handleNoMatch(Set<RequestMappingInfo> infos, String lookupPath, HttpServletRequest request) {
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class HotPathConfiguration {

        /** Not offered for injection: whoever asks for "the" request mapping means the main one. */
        @Bean(autowireCandidate = false)
        HotPathHandlerMapping hotPathHandlerMapping(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping main) {
            HotPathHandlerMapping hot = new HotPathHandlerMapping();
            hot.setOrder(main.getOrder() - 1);
            if (main.getPatternParser() != null) {
                hot.setPatternParser(main.getPatternParser());
            }
            hot.setContentNegotiationManager(main.getContentNegotiationManager());
            return hot;
        }
    }
}
