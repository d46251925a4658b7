package org.gongshang.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry ({@code gongshang.web.*}).
 *
 * @param maxJsonBody the largest JSON request body; larger ones are answered 413 before they are
 *     parsed. Multipart uploads have their own limits ({@code spring.servlet.multipart.*} and each
 *     module's file sizes).
 * @param maxSearchLength the longest search text of a list ({@code q}), in characters; longer is a 400
 */
@ConfigurationProperties("gongshang.web")
public record RequestLimitProperties(@DefaultValue("1MB") DataSize maxJsonBody, @DefaultValue("100") int maxSearchLength) {
}
