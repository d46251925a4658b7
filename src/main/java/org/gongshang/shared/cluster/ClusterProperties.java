package org.gongshang.shared.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How nodes tell each other about changes ({@code gongshang.cluster.*}).
 *
 * @param reconnectDelay how long the signal thread waits before it connects again after losing its connection
 * @param listenWait how long one wait for signals lasts before the thread checks that it should go on
 */
@ConfigurationProperties("gongshang.cluster")
public record ClusterProperties(
        @DefaultValue("1s") Duration reconnectDelay,
        @DefaultValue("500ms") Duration listenWait) {
}
