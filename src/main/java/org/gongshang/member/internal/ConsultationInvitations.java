package org.gongshang.member.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ConsultationScheduled;
import org.gongshang.member.Members;
import org.gongshang.member.PresentMember;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.Zones;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a grassroots or joint consultation is scheduled, the members present in its communities
 * (reporting, assigned, at a covering station) are told, so that they can take part (衔接).
 */
@Component
class ConsultationInvitations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());

    private final MemberSuggestions suggestions;
    private final Members members;
    private final Notices notices;

    ConsultationInvitations(MemberSuggestions suggestions, Members members, Notices notices) {
        this.suggestions = suggestions;
        this.members = members;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(ConsultationScheduled scheduled) {
        if (scheduled.kind() == ConsultationKind.CPPCC_MICRO) {
            return;
        }
        Set<Long> accounts = new LinkedHashSet<>();
        for (String community : suggestions.communitiesOf(scheduled.regionCodes())) {
            members.presentIn(community).stream().map(PresentMember::accountId).forEach(accounts::add);
        }
        if (accounts.isEmpty()) {
            return;
        }
        notices.send(accounts, Notice.of(MessageKind.CONSULTATION, "member.consultation.scheduled.title",
                "member.consultation.scheduled.body", scheduled.title(), WHEN.format(scheduled.startsAt()),
                scheduled.address() == null ? "" : scheduled.address()).linkingTo("/consultations/" + scheduled.consultationId())
                .once("member-consultation-scheduled:" + scheduled.consultationId() + ":" + scheduled.startsAt().getEpochSecond()));
    }
}
