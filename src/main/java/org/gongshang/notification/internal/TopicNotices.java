package org.gongshang.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.topic.Decision;
import org.gongshang.topic.TopicProgressed;
import org.gongshang.topic.TopicReleased;
import org.gongshang.topic.TopicRouted;
import org.gongshang.topic.TopicScreened;
import org.gongshang.topic.TopicSubmitted;
import org.gongshang.topic.TopicsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the topic module's events mean to people: submitters and co-signers hear of screening
 * decisions (with the reason in plain words), merges, holds and releases, routing and progress;
 * the staff or cadres of an organisation hear that a topic was routed to them. Each event lists
 * its recipients; each listener runs after the topic transaction committed, retried until done.
 */
@Component
class TopicNotices {

    private final EventNotices notices;

    TopicNotices(EventNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(TopicSubmitted submitted) {
        if (submitted.held() && !submitted.recipients().isEmpty()) {
            notices.send(submitted, submitted.recipients(), Notice.of(MessageKind.TOPIC, "notification.topic.held.title",
                    "notification.topic.held.body", submitted.title()).linkingTo(link(submitted.topicId())));
        }
    }

    @ApplicationModuleListener
    void on(TopicScreened screened) {
        Notice notice = screened.decision() == Decision.ACCEPT
                ? Notice.of(MessageKind.TOPIC, "notification.topic.accepted.title", "notification.topic.accepted.body",
                        screened.title())
                : Notice.of(MessageKind.TOPIC, "notification.topic.declined.title", "notification.topic.declined.body",
                        screened.title(), Notice.translated("topic.reason." + screened.reason()),
                        Notice.translated("topic.reason-plain." + screened.reason()),
                        screened.note() == null ? "" : screened.note());
        notices.send(screened, screened.recipients(), notice.linkingTo(link(screened.topicId())));
    }

    @ApplicationModuleListener
    void on(TopicsMerged merged) {
        notices.send(merged, merged.recipients(), Notice.of(MessageKind.TOPIC, "notification.topic.merged.title",
                "notification.topic.merged.body", merged.mergedTitle(), merged.survivorTitle())
                .linkingTo(link(merged.survivorId())));
    }

    @ApplicationModuleListener
    void on(TopicReleased released) {
        notices.send(released, released.recipients(), Notice.of(MessageKind.TOPIC, "notification.topic.released.title",
                "notification.topic.released.body", released.title()).linkingTo(link(released.topicId())));
    }

    @ApplicationModuleListener
    void on(TopicRouted routed) {
        String movement = "notification.topic.routed." + routed.movement();
        notices.send(routed, routed.recipients(), Notice.of(MessageKind.TOPIC, "notification.topic.routed.title",
                movement, routed.title(), Notice.translated("topic.level." + routed.level())).linkingTo(link(routed.topicId())));
        List<Long> holders = new ArrayList<>(routed.organizationHolders());
        holders.removeAll(routed.recipients());
        if (!holders.isEmpty()) {
            notices.send(routed, holders, Notice.of(MessageKind.TOPIC, "notification.topic.assigned.title",
                    "notification.topic.assigned.body", routed.title()).linkingTo("/screening/" + routed.topicId()));
        }
    }

    @ApplicationModuleListener
    void on(TopicProgressed progressed) {
        notices.send(progressed, progressed.recipients(), Notice.of(MessageKind.TOPIC, "notification.topic.progressed.title",
                "notification.topic.progressed.body", progressed.title(),
                Notice.translated("topic.status." + progressed.status())).linkingTo(link(progressed.topicId())));
    }

    private static String link(long topicId) {
        return "/topics/" + topicId;
    }
}
