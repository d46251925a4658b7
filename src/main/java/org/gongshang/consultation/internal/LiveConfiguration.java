package org.gongshang.consultation.internal;

import org.gongshang.consultation.ConsultationProperties;
import org.gongshang.consultation.live.LiveChannels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The node's live channels, and their heartbeat. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    LiveChannels liveChannels(ConsultationProperties properties) {
        return new LiveChannels(properties.subscriberBuffer(), properties.liveLinger());
    }

    @Bean
    Heartbeat liveHeartbeat(LiveChannels channels) {
        return new Heartbeat(channels);
    }

    /** A comment every 20 seconds keeps streams open through proxies and finds closed connections. */
    static class Heartbeat {

        private final LiveChannels channels;

        Heartbeat(LiveChannels channels) {
            this.channels = channels;
        }

        @Scheduled(fixedDelayString = "PT20S", initialDelayString = "PT20S")
        void beat() {
            channels.heartbeat();
        }
    }
}
