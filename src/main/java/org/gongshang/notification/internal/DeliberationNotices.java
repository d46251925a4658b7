package org.gongshang.notification.internal;

import java.util.List;

import org.gongshang.deliberation.DeliberationOpened;
import org.gongshang.deliberation.StatementModerated;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the deliberation module's events mean to people: invited members, cadres and departments
 * hear of a new deliberation; an author hears whether a moderator accepted or rejected their statement.
 */
@Component
class DeliberationNotices {

    private final EventNotices notices;

    DeliberationNotices(EventNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(DeliberationOpened opened) {
        if (!opened.invitees().isEmpty()) {
            notices.send(opened, opened.invitees(), Notice.of(MessageKind.CONSULTATION, "notification.deliberation.invited.title",
                    "notification.deliberation.invited.body", opened.question()).linkingTo(link(opened.deliberationId())));
        }
    }

    @ApplicationModuleListener
    void on(StatementModerated moderated) {
        if (moderated.authorAccountId() != null) {
            String kind = moderated.status().name().toLowerCase(java.util.Locale.ROOT);
            notices.send(moderated, List.of(moderated.authorAccountId()), Notice.of(MessageKind.CONSULTATION,
                    "notification.deliberation." + kind + ".title", "notification.deliberation." + kind + ".body",
                    moderated.text()).linkingTo(link(moderated.deliberationId())));
        }
    }

    private static String link(long deliberationId) {
        return "/deliberations/" + deliberationId;
    }
}
