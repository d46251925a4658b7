package org.gongshang.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sessions kept in the database ({@code gongshang.web.session.*}); their lifetime is
 * {@code server.servlet.session.timeout}.
 *
 * @param cleanupInterval how often one node deletes expired sessions
 */
@ConfigurationProperties("gongshang.web.session")
public record WebSessionProperties(@DefaultValue("1m") Duration cleanupInterval) {
}
