package org.gongshang.shared.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Events between modules left incomplete ({@code gongshang.events.*}).
 *
 * @param resubmitAfter how old an incomplete publication must be before it is handed to its listener
 *     again: longer than any listener takes, so that one still running on another node is not run twice
 * @param resubmitInterval how often one node looks for such publications
 */
@ConfigurationProperties("gongshang.events")
public record EventProperties(
        @DefaultValue("1m") Duration resubmitAfter,
        @DefaultValue("30s") Duration resubmitInterval) {
}
