package org.gongshang.shared.web;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.shared.PlatformProperties;
import org.gongshang.shared.demo.DemoMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach the platform at, for links that leave the page: QR codes, share links,
 * and the links in emails and SMS. {@code gongshang.base-url} when set. Otherwise a page's own
 * links are made from the request as the reverse proxy forwarded it (its scheme, host and port;
 * {@code server.forward-headers-strategy=native}), so a QR code printed from the real address
 * works. Messages to other people never use a request's address (a forged {@code Host} would
 * otherwise reach them): unset, they fall back to this machine, which the start-up log and the
 * admin home warn about in a real installation.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final @Nullable String configured;
    private final Environment environment;
    private final DemoMode demo;

    PublicAddress(PlatformProperties platform, Environment environment, DemoMode demo) {
        this.configured = platform.baseUrl() == null || platform.baseUrl().isBlank() ? null
                : platform.baseUrl().strip().replaceAll("/+$", "");
        this.environment = environment;
        this.demo = demo;
    }

    /** A link shown to the person making the current request (a QR code, a link to copy). */
    public String link(String path) {
        if (configured != null) {
            return configured + path;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + path;
        }
        return fallback() + path;
    }

    /** A link in a message to someone else (email, SMS): the configured address, never a request's. */
    public String messageLink(String path) {
        return (configured != null ? configured : fallback()) + path;
    }

    /** Whether messages would link to this machine: unset, or set to a local address. */
    public boolean isLocal() {
        if (configured == null) {
            return true;
        }
        try {
            String host = URI.create(configured).getHost();
            return host == null || LOCAL_HOSTS.contains(host.toLowerCase());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    public @Nullable String configured() {
        return configured;
    }

    /** A real installation whose messages would link to this machine, where nobody else can open them. */
    public boolean needsSetting() {
        return !demo.isOn() && isLocal();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenLocal() {
        if (needsSetting()) {
            log.warn("gongshang.base-url is {}: links in emails and SMS lead to {}, which nobody else can open. "
                    + "Set it to the address people reach the platform at, e.g. https://gongshang.example.gov.cn",
                    configured == null ? "not set" : configured, messageLink("/"));
        }
    }

    private String fallback() {
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
