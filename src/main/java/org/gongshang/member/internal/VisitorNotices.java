package org.gongshang.member.internal;

import java.time.Duration;
import java.util.stream.Stream;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.topic.Decision;
import org.gongshang.topic.TopicScreened;
import org.gongshang.topic.TopicsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Visitors who left a phone at a station are told by SMS when the topic made of their matter is
 * accepted, declined (with the reason) or merged with a like topic: they have no account to look.
 */
@Component
class VisitorNotices {

    /** An SMS about a decision is not worth sending days late. */
    static final Duration VALIDITY = Duration.ofDays(3);

    private final ReceptionRepository receptions;
    private final StationRepository stations;
    private final VisitorData visitors;
    private final Notices notices;

    VisitorNotices(ReceptionRepository receptions, StationRepository stations, VisitorData visitors, Notices notices) {
        this.receptions = receptions;
        this.stations = stations;
        this.visitors = visitors;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(TopicScreened screened) {
        Notice notice = screened.decision() == Decision.ACCEPT
                ? Notice.of(MessageKind.TOPIC, "member.visitor.accepted.title", "member.visitor.accepted.sms", screened.title())
                : Notice.of(MessageKind.TOPIC, "member.visitor.declined.title", "member.visitor.declined.sms", screened.title(),
                        screened.reason() == null ? "" : Notice.translated("topic.reason." + screened.reason().name()));
        tell(screened.topicId(), notice);
    }

    @ApplicationModuleListener
    void on(TopicsMerged merged) {
        tell(merged.mergedId(), Notice.of(MessageKind.TOPIC, "member.visitor.merged.title", "member.visitor.merged.sms",
                merged.survivorTitle()));
    }

    private void tell(long topicId, Notice notice) {
        for (ReceptionAggregate reception : receptions.findByTopicId(topicId)) {
            if (reception.visitorPhoneCipher() == null) {
                continue;
            }
            String station = stations.findById(reception.stationId()).map(StationAggregate::name).orElse("");
            Notice withStation = new Notice(notice.kind(), notice.titleKey(), notice.bodyKey(),
                    Stream.concat(Stream.of(station), notice.args().stream()).toList(), null, notice.urgency(),
                    // Handling the event again (after a crash) must not text the visitor twice.
                    "member-visitor:" + reception.requireId() + ":" + topicId + ":" + notice.titleKey());
            notices.sendToPhone(visitors.decrypt(reception.visitorPhoneCipher()), "zh", withStation, VALIDITY);
        }
    }
}
