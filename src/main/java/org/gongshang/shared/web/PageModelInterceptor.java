package org.gongshang.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/** Adds every {@link PageModel} to a page about to be rendered; not to JSON, files or redirects. */
@Configuration(proxyBeanMethods = false)
class PageModelInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final List<PageModel> parts;

    PageModelInterceptor(List<PageModel> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return;
        }
        // A redirect would carry simple model values along as query parameters.
        parts.forEach(part -> part.addTo(page.getModelMap(), request));
    }

    private static boolean isRedirect(ModelAndView page) {
        String name = page.getViewName();
        return (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")))
                || page.getView() instanceof RedirectView;
    }
}
